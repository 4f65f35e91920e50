package dev.chorus.read;

import dev.chorus.model.Source;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A whole file that is one article: an HTML page or scraped plain text, read into memory up to
 * {@link ReadLimits#maxRecordBytes} and decoded by {@link TextDecoder}. The article id is the file name.
 */
final class DocumentFormat implements FormatReader {

    private final Source.Kind kind;

    /** @param kind {@link Source.Kind#HTML} or {@link Source.Kind#TEXT} */
    DocumentFormat(Source.Kind kind) {
        this.kind = kind;
    }

    @Override
    public void read(Input input, Sink sink) throws IOException {
        byte[] bytes = readBounded(input.stream(), sink.limits(), input.origin());
        if (bytes == null) {
            sink.rejected(input.origin(), "larger than the limit of " + ReadLimits.size(sink.limits().maxRecordBytes())
                    + " for one article");
            return;
        }
        if (isBlank(bytes)) {
            sink.rejected(input.origin(), "empty file");
            return;
        }
        if (TextDecoder.looksBinary(bytes)) {
            sink.rejected(input.origin(), "binary content, not text", bytes, Math.min(bytes.length, 4096));
            return;
        }
        DecodedText decoded = TextDecoder.decode(bytes, kind == Source.Kind.HTML);
        if (decoded.fallback()) {
            sink.warning(input.origin(), "not valid UTF-8; read as " + decoded.charset().name());
        }
        sink.source(new Source(input.baseName(), input.origin(), kind, decoded.text(), null));
    }

    /** All of {@code in}, or null when it holds more than the record limit (then only that much was read). */
    static byte[] readBounded(InputStream in, ReadLimits limits, String origin) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 14);
        byte[] buffer = new byte[1 << 16];
        int n;
        while ((n = in.read(buffer)) > 0) {
            out.write(buffer, 0, n);
            if (out.size() > limits.maxRecordBytes()) {
                return null;
            }
        }
        return out.toByteArray();
    }

    private static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return false;
            }
        }
        return true;
    }
}
