package dev.chorus.bench;

import dev.chorus.extract.ArticleExtractor;
import dev.chorus.model.Problem;
import dev.chorus.read.SourceReader;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Reading WARC.gz at scale: {@code build HTML_DIR OUT.warc.gz PAGES} writes a Common Crawl News style WARC.gz
 * (a request and a response record per page, one record a gzip member) whose pages are, one in four, the real
 * pages of the extraction benchmark (cycled, each with its own URL) and otherwise generated news pages (seeded,
 * 3-8 KB); {@code read FILE [--extract]} reads it with {@link SourceReader} (and extracts each article) and prints
 * {@code records=... seconds=... perSecond=... heapPeakMiB=... liveMiB=...} on one line.
 *
 * <p>Heap as in {@link ClusterScale}: {@code heapPeakMiB} the sum of the heap pools' peaks (garbage included),
 * {@code liveMiB} the most heap in use just after a collection (the live data at its largest).
 */
public final class WarcScale {

    private static final String[] WORDS = ("council harbour minister ferry strike union river flood bridge police "
            + "court election budget school hospital mayor storm market port rail airport festival museum farmers "
            + "prices energy water road report said on monday tuesday wednesday thursday friday the a of in to and "
            + "after before with from officials residents according statement week year month plans new").split(" ");

    private WarcScale() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length >= 4 && args[0].equals("build")) {
            build(Path.of(args[1]), Path.of(args[2]), Integer.parseInt(args[3]));
        } else if (args.length >= 2 && args[0].equals("read")) {
            read(Path.of(args[1]), args.length > 2 && args[2].equals("--extract"));
        } else {
            System.err.println("usage: WarcScale build HTML_DIR OUT.warc.gz PAGES | read FILE [--extract]");
            System.exit(2);
        }
    }

    private static void build(Path htmlDir, Path out, int pages) throws IOException {
        List<byte[]> real = new ArrayList<>();
        try (Stream<Path> files = Files.list(htmlDir)) {
            for (Path file : files.sorted().toList()) {
                try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
                    real.add(in.readAllBytes());
                }
            }
        }
        Random random = new Random(42);
        Instant crawled = Instant.parse("2024-05-01T00:00:00Z");
        try (FileChannel channel = FileChannel.open(out, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING);
             WarcWriter writer = new WarcWriter(channel, WarcCompression.GZIP)) {
            for (int i = 0; i < pages; i++) {
                String url = "https://outlet" + (i % 97) + ".example/news/" + i;
                byte[] body = !real.isEmpty() && i % 4 == 0 ? real.get((i / 4) % real.size()) : generated(random, i);
                Instant at = crawled.plusSeconds(i * 7L);
                writer.write(new WarcRequest.Builder(url).date(at)
                        .body(new HttpRequest.Builder("GET", url).addHeader("User-Agent", "bench-crawler").build()).build());
                writer.write(new WarcResponse.Builder(url).date(at)
                        .body(new HttpResponse.Builder(200, "OK").body(MediaType.HTML_UTF8, body).build()).build());
            }
        }
    }

    private static byte[] generated(Random random, int i) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html><head><title>Story ").append(i)
                .append("</title><meta property=\"article:published_time\" content=\"2024-04-")
                .append(String.format("%02d", 1 + i % 28)).append("T09:00:00Z\"></head><body><nav>Home | World | "
                        + "Sport | Business</nav><article><h1>Story ").append(i).append("</h1>");
        int paragraphs = 6 + random.nextInt(10);
        for (int p = 0; p < paragraphs; p++) {
            html.append("<p>");
            int words = 40 + random.nextInt(40);
            for (int w = 0; w < words; w++) {
                html.append(WORDS[random.nextInt(WORDS.length)]).append(w % 12 == 11 ? ". " : " ");
            }
            html.append("</p>");
        }
        return html.append("</article><footer>Copyright Outlet</footer></body></html>").toString()
                .getBytes(StandardCharsets.UTF_8);
    }

    private static void read(Path file, boolean extract) {
        AtomicLong live = LiveHeap.watch();
        ArticleExtractor extractor = extract ? new ArticleExtractor() : null;
        long[] sources = {0};
        long[] chars = {0};
        List<Problem> problems = new ArrayList<>();
        long start = System.nanoTime();
        SourceReader.Summary summary = new SourceReader().read(List.of(file), source -> {
            sources[0]++;
            chars[0] += extract ? extractor.extract(source).text().length() : source.body().length();
        }, problems::add);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("records=%d skipped=%d problems=%d chars=%d seconds=%.2f perSecond=%.0f heapPeakMiB=%d "
                        + "liveMiB=%d fileMiB=%d%n", sources[0], summary.skippedTotal(), problems.size(), chars[0],
                seconds, sources[0] / seconds, heapPeak() >> 20, live.get() >> 20, file.toFile().length() >> 20);
    }

    private static long heapPeak() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
