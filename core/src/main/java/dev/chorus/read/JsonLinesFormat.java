package dev.chorus.read;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.util.Arrays;

/**
 * JSON Lines: one news-please article or one Multi-News cluster a line. Each line is decoded on its own (UTF-8,
 * else windows-1252 with a warning), so a bad line is reported as {@code path:line} and the next is read as usual;
 * a line over {@link ReadLimits#maxRecordBytes} is passed over without being held in memory.
 */
final class JsonLinesFormat implements FormatReader {

    @Override
    public void read(Input input, Sink sink) throws IOException {
        ObjectMapper json = JsonRecords.mapper(sink.limits());
        LineReader lines = new LineReader(input.stream(), sink.limits().maxRecordBytes());
        boolean any = false;
        try {
            LineReader.Line line;
            while ((line = lines.next()) != null) {
                if (isBlank(line.bytes(), line.length()) && !line.tooLong()) {
                    continue;
                }
                any = true;
                String origin = input.origin() + ":" + line.number();
                if (line.tooLong()) {
                    sink.rejected(origin, "line of " + line.size() + " bytes is longer than the limit of "
                            + ReadLimits.size(sink.limits().maxRecordBytes()) + "; skipped", line.bytes(), line.length(),
                            line.size());
                    continue;
                }
                byte[] bytes = Arrays.copyOf(line.bytes(), line.length());
                if (TextDecoder.looksBinary(bytes)) {
                    sink.rejected(origin, "binary bytes, not JSON text", bytes, bytes.length);
                    continue;
                }
                DecodedText decoded = TextDecoder.decode(bytes, false);
                JsonNode node;
                try {
                    node = json.readTree(decoded.text());
                } catch (JsonProcessingException e) {
                    sink.rejected(origin, "invalid JSON: " + JsonRecords.reason(e), bytes, bytes.length);
                    continue;
                }
                if (decoded.fallback()) {
                    sink.warning(origin, "not valid UTF-8; read as " + decoded.charset().name());
                }
                JsonRecords.record(node, origin, null, decoded.text(), sink);
            }
        } catch (CappedInputStream.TooLargeException e) {
            throw e;
        } catch (IOException e) {
            // a truncated or corrupt compressed stream: the lines before it stand, the one it cut is reported
            throw new BrokenInputException(input.origin() + ":" + (lines.lineNumber() + 1),
                    SourceReader.reason(e) + " inside this line (byte offset " + lines.offset()
                            + "); the lines before it were read", e);
        }
        if (!any) {
            sink.rejected(input.origin(), "empty file");
        }
    }

    private static boolean isBlank(byte[] bytes, int length) {
        for (int i = 0; i < length; i++) {
            byte b = bytes[i];
            if (b != ' ' && b != '\t' && b != '\r') {
                return false;
            }
        }
        return true;
    }
}
