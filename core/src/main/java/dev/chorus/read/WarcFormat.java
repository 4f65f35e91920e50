package dev.chorus.read;

import dev.chorus.model.Metadata;
import dev.chorus.model.Source;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageBody;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTargetRecord;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.ReadableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * WARC files, plain or gzipped one record a member as Common Crawl News writes them, read with jwarc. Each HTML
 * {@code response} (or {@code resource}) record with HTTP status 200 becomes an HTML source: its target URI is the
 * article's url, its {@code WARC-Date} the crawl date ({@link Metadata#crawled}), never the publication date,
 * which the HTML extractor finds in the page. Requests, metadata, revisits, redirects, errors and non-HTML
 * responses are not articles and are only counted. A payload is read up to {@link ReadLimits#maxRecordBytes}.
 *
 * <p>A broken record (bad header, truncated or corrupt gzip member) is rejected with its byte offset; in a file
 * reading then resumes at the next record found after it (the next gzip member that starts a WARC record, or the
 * next {@code WARC/1.} line), so one bad record loses only itself. From standard input or inside bzip2/zstd,
 * where Chorus cannot seek, reading stops at the broken record. Offsets are in the file as stored (compressed
 * for WARC.gz, where each record starts a member), as WARC indexes give them.
 */
final class WarcFormat implements FormatReader {

    @Override
    public void read(Input input, Sink sink) throws IOException {
        boolean seekable = input.path() != null
                && (input.compression() == Compression.NONE || input.compression() == Compression.GZIP);
        if (seekable) {
            // jwarc reads the gzip members itself from the file, which gives each record's offset and lets us seek
            try (FileChannel file = FileChannel.open(input.path(), StandardOpenOption.READ)) {
                readRecords(input, file, file, sink);
            }
        } else {
            readRecords(input, Channels.newChannel(input.stream()), null, sink);
        }
    }

    private void readRecords(Input input, ReadableByteChannel channel, FileChannel file, Sink sink)
            throws IOException {
        WarcReader reader = new WarcReader(channel);
        reader.setLenient(true);
        long total = 0;
        boolean any = false;
        while (true) {
            long at = reader.position();
            try {
                Optional<WarcRecord> next = reader.next();
                if (next.isEmpty()) {
                    break;
                }
                any = true;
                at = reader.position();
                total += record(next.get(), input.origin() + "@" + at, sink);
                sink.position(at);
                if (total > sink.limits().maxInputBytes()) {
                    throw new BrokenInputException(input.origin() + "@" + at, "more than "
                            + ReadLimits.size(sink.limits().maxInputBytes()) + " of records; the rest was not read", null);
                }
            } catch (BrokenInputException e) {
                throw e;
            } catch (IOException | RuntimeException e) {
                any = true;
                at = reader.position(); // the record being parsed or read when it broke
                String reason = "broken WARC record (" + SourceReader.reason(e instanceof IOException io ? io
                        : new IOException(e.getMessage(), e)) + ")";
                long resume = file == null ? -1 : nextRecord(file, at + 1, reader.compression() != org.netpreserve.jwarc.WarcCompression.NONE);
                if (resume < 0) {
                    sink.rejected(input.origin() + "@" + at, reason + (file == null
                            ? "; the rest of this input cannot be read (it is not a file Chorus can seek in)"
                            : "; no record after it"));
                    break;
                }
                sink.rejected(input.origin() + "@" + at, reason + "; " + (resume - at)
                        + " bytes skipped to the next record at offset " + resume);
                reader.position(resume);
            }
        }
        if (!any) {
            sink.rejected(input.origin(), "empty file");
        }
    }

    /** Handles one record; returns the bytes it counts towards the input limit. */
    private long record(WarcRecord record, String origin, Sink sink) throws IOException {
        if (!(record instanceof WarcResponse) && !(record instanceof WarcResource)) {
            sink.skipped(record.type() + " records");
            return 0;
        }
        WarcTargetRecord target = (WarcTargetRecord) record;
        long length = record.headers().sole("Content-Length").map(Long::parseLong).orElse(0L);
        if (length > sink.limits().maxRecordBytes()) {
            sink.rejected(origin, "record of " + length + " bytes is larger than the limit of "
                    + ReadLimits.size(sink.limits().maxRecordBytes()), header(record));
            return length;
        }
        MessageBody body;
        MediaType type;
        if (record instanceof WarcResponse response && response.contentType().base().equals(MediaType.HTTP)) {
            HttpResponse http = response.http();
            if (http.status() != 200) {
                sink.skipped("HTTP " + http.status() / 100 + "xx responses");
                return length;
            }
            type = http.contentType();
            body = http.bodyDecoded();
        } else {
            type = record.contentType();
            body = record.body();
        }
        if (!isHtml(type)) {
            sink.skipped("non-HTML responses");
            return length;
        }
        byte[] bytes;
        try (InputStream in = Channels.newInputStream(body)) {
            bytes = DocumentFormat.readBounded(in, sink.limits(), origin);
        }
        if (bytes == null) {
            sink.rejected(origin, "page decodes to more than " + ReadLimits.size(sink.limits().maxRecordBytes()),
                    header(record));
            return length;
        }
        if (bytes.length == 0 || new String(bytes, 0, Math.min(bytes.length, 512), StandardCharsets.ISO_8859_1).isBlank()) {
            sink.rejected(origin, "empty page", header(record));
            return length;
        }
        if (TextDecoder.looksBinary(bytes)) {
            sink.rejected(origin, "binary content, not HTML", header(record));
            return length;
        }
        DecodedText decoded = TextDecoder.decode(bytes, true, type.parameters().get("charset"));
        String url = target.target();
        if (decoded.fallback()) {
            sink.warning(origin, "page of " + url + " is not valid UTF-8; read as " + decoded.charset().name());
        }
        LocalDate crawled = record.date() == null ? null : LocalDate.ofInstant(record.date(), ZoneOffset.UTC);
        Metadata metadata = new Metadata(null, null, null, null, null, url, null, null, crawled);
        sink.source(new Source(NewsRecord.contentHash(url), origin, Source.Kind.HTML, decoded.text(), metadata));
        return length;
    }

    private static boolean isHtml(MediaType type) {
        String base = type.base().toString().toLowerCase(Locale.ROOT);
        return base.equals("text/html") || base.equals("application/xhtml+xml");
    }

    /** The record's header block, for the rejected log. */
    private static String header(WarcRecord record) {
        return new String(record.serializeHeader(), StandardCharsets.UTF_8);
    }

    /**
     * The offset of the first record start after {@code from}: a gzip member whose first bytes are
     * {@code WARC/}, or in a plain file a line starting {@code WARC/1.}; -1 when there is none.
     */
    static long nextRecord(FileChannel file, long from, boolean gzip) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(1 << 16);
        long base = from;
        long size = file.size();
        while (base < size) {
            buffer.clear();
            int n = file.read(buffer, base);
            if (n <= 0) {
                return -1;
            }
            byte[] b = buffer.array();
            for (int i = 0; i < n; i++) {
                long at = base + i;
                if (gzip) {
                    if (i + 2 < n && (b[i] & 0xff) == 0x1f && (b[i + 1] & 0xff) == 0x8b && b[i + 2] == 8
                            && memberStartsRecord(file, at)) {
                        return at;
                    }
                } else if (b[i] == 'W' && (at == 0 || i > 0 && b[i - 1] == '\n') && i + 7 <= n
                        && new String(b, i, 7, StandardCharsets.US_ASCII).equals("WARC/1.")) {
                    return at;
                }
            }
            // overlap so that a signature cut by the buffer's end is seen in the next round
            base += Math.max(1, n - 8);
        }
        return -1;
    }

    private static boolean memberStartsRecord(FileChannel file, long at) throws IOException {
        ByteBuffer head = ByteBuffer.allocate(1024);
        int n = file.read(head, at);
        if (n <= 0) {
            return false;
        }
        try (GZIPInputStream member = new GZIPInputStream(new java.io.ByteArrayInputStream(head.array(), 0, n), 512)) {
            return new String(member.readNBytes(5), StandardCharsets.US_ASCII).equals("WARC/");
        } catch (IOException e) {
            return false; // not a gzip member after all, or one that does not decompress
        }
    }
}
