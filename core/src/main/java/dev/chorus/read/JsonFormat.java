package dev.chorus.read;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A JSON document: one news-please article or Multi-News cluster (id from the file name when it has none), or an
 * array of them. One object is read whole, bounded by {@link ReadLimits#maxRecordBytes}, and decoded as text
 * files are (UTF-8, else windows-1252 with a warning); an array is streamed element by element, so it may be
 * larger than one record, and must be UTF-8 (where it is not, reading stops there, and the elements before stand).
 */
final class JsonFormat implements FormatReader {

    @Override
    public void read(Input input, Sink sink) throws IOException {
        BufferedInputStream in = new BufferedInputStream(input.stream(), 1 << 16);
        if (firstNonSpace(in) == '[') {
            readArray(in, input, sink);
            return;
        }
        byte[] bytes = DocumentFormat.readBounded(in, sink.limits(), input.origin());
        if (bytes == null) {
            sink.rejected(input.origin(), "larger than the limit of " + ReadLimits.size(sink.limits().maxRecordBytes())
                    + " for one JSON document that is not an array");
            return;
        }
        DecodedText decoded = TextDecoder.decode(bytes, false);
        JsonNode root;
        try {
            root = JsonRecords.mapper(sink.limits()).readTree(decoded.text());
        } catch (JsonProcessingException e) {
            sink.rejected(input.origin(), "invalid JSON: " + JsonRecords.reason(e), bytes, bytes.length);
            return;
        }
        if (root == null || root.isMissingNode()) {
            sink.rejected(input.origin(), "empty file");
            return;
        }
        if (decoded.fallback()) {
            sink.warning(input.origin(), "not valid UTF-8; read as " + decoded.charset().name());
        }
        JsonRecords.record(root, input.origin(), input.baseName(), decoded.text(), sink);
    }

    private static void readArray(InputStream in, Input input, Sink sink) throws IOException {
        ObjectMapper json = JsonRecords.mapper(sink.limits());
        int index = 0;
        try (JsonParser parser = json.getFactory().createParser(in)) {
            parser.nextToken(); // [
            JsonToken token;
            while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
                if (token == null) {
                    throw new BrokenInputException(input.origin() + "[" + index + "]",
                            "the array is not closed (truncated file?); the elements before were read", null);
                }
                long start = parser.currentTokenLocation().getByteOffset();
                JsonNode node = json.readTree(parser);
                long size = parser.currentLocation().getByteOffset() - start;
                String origin = input.origin() + "[" + index + "]";
                if (size > sink.limits().maxRecordBytes()) {
                    sink.rejected(origin, "element of " + size + " bytes is larger than the limit of "
                            + ReadLimits.size(sink.limits().maxRecordBytes()));
                } else {
                    JsonRecords.record(node, origin, null, node.toString(), sink);
                }
                index++;
            }
        } catch (JsonProcessingException e) {
            throw new BrokenInputException(input.origin() + "[" + index + "]",
                    "invalid JSON: " + JsonRecords.reason(e) + "; the elements before it were read", e);
        }
    }

    /** The first byte that is not white space (or a UTF-8 byte-order mark), leaving the stream where it was. */
    private static int firstNonSpace(BufferedInputStream in) throws IOException {
        in.mark(1 << 16);
        try {
            int b;
            int n = 0;
            while ((b = in.read()) >= 0 && n++ < (1 << 16) - 1) {
                if (b != ' ' && b != '\n' && b != '\r' && b != '\t' && b != 0xEF && b != 0xBB && b != 0xBF) {
                    return b;
                }
            }
            return -1;
        } finally {
            in.reset();
        }
    }
}
