package dev.chorus.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;

/**
 * Load on a running {@code chorus serve} (started by {@code bench/serve-load.sh}): for each scenario (story
 * list, story page, story JSON, search) and each number of concurrent clients, every client is a virtual thread
 * sending one request after another on its own connection for a fixed time after a warm-up. Prints p50 and p99
 * latency and requests/s; any error (not 200, or a failed request) is counted and makes the exit code 1.
 * Ids and search words come from the server itself: the largest stories and words of their headlines; "any
 * story" draws from every story the listings reach (up to 20,200: the newest and the largest), so that most
 * pages asked for are not yet kept by the server's cache.
 * Usage: {@code ServeLoad URL [--seconds N] [--warmup N] [--clients 1,8,64]}
 */
public final class ServeLoad {

    private static final ObjectMapper JSON = new ObjectMapper();

    record Scenario(String name, IntFunction<String> path) {
    }

    record Result(long requests, long errors, double seconds, long[] nanos) {
        double percentileMs(double p) {
            if (nanos.length == 0) {
                return Double.NaN;
            }
            return nanos[Math.min(nanos.length - 1, (int) Math.ceil(p * nanos.length) - 1)] / 1e6;
        }
    }

    public static void main(String[] args) throws Exception {
        String base = args[0].endsWith("/") ? args[0] : args[0] + "/";
        int seconds = 10;
        int warmup = 3;
        int[] clients = {1, 8, 64};
        for (int i = 1; i < args.length; i += 2) {
            switch (args[i]) {
                case "--seconds" -> seconds = Integer.parseInt(args[i + 1]);
                case "--warmup" -> warmup = Integer.parseInt(args[i + 1]);
                case "--clients" -> clients = Arrays.stream(args[i + 1].split(",")).mapToInt(Integer::parseInt).toArray();
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        HttpClient setup = HttpClient.newHttpClient();
        JsonNode counts = get(setup, base + "api/v1/stories?limit=1").get("counts");
        List<String> ids = new ArrayList<>();
        List<String> headlines = new ArrayList<>();
        for (int offset = 0; offset < 500; offset += 100) {
            JsonNode page = get(setup, base + "api/v1/stories?order=largest&limit=100&offset=" + offset).get("stories");
            page.forEach(s -> {
                ids.add(s.get("id").asText());
                headlines.add(s.get("headline").asText());
            });
            if (page.size() < 100) {
                break;
            }
        }
        List<String> queries = queries(headlines);
        long stories = counts.get("stories").asLong();
        // as many stories as the listings reach (offsets stop at 10,000), newest and largest first, for pages as a
        // stream of readers asks for them: most ids asked for once, most pages small
        Set<String> reachable = new LinkedHashSet<>();
        for (String order : List.of("newest", "largest")) {
            for (long offset = 0; offset < stories && offset <= 10_000; offset += 100) {
                get(setup, base + "api/v1/stories?order=" + order + "&limit=100&offset=" + offset).get("stories")
                        .forEach(s -> reachable.add(s.get("id").asText()));
            }
        }
        List<String> everyId = new ArrayList<>(reachable);
        java.util.Collections.shuffle(everyId, new java.util.Random(42));
        System.out.printf(Locale.ROOT, "server %s: %d stories, %d articles; %d story ids and %d search queries drawn "
                        + "from the largest stories, %d ids of stories the listings reach for 'any story'; %ds per run after %ds warm-up%n",
                base, stories, counts.get("articles").asLong(), ids.size(), queries.size(), everyId.size(), seconds,
                warmup);
        int listPages = (int) Math.max(1, Math.min(50, stories / 20));
        List<Scenario> scenarios = List.of(
                new Scenario("story list (API)", r -> "api/v1/stories?order=newest&limit=20&offset=" + 20 * (r % listPages)),
                new Scenario("story page (HTML)", r -> "stories/" + encode(ids.get(r % ids.size()))),
                new Scenario("any story (HTML)", r -> "stories/" + encode(everyId.get(r % everyId.size()))),
                new Scenario("story (API JSON)", r -> "api/v1/stories/" + encode(ids.get(r % ids.size()))),
                new Scenario("search (API)", r -> "api/v1/search?limit=20&q=" + encode(queries.get(r % queries.size()))));
        System.out.printf(Locale.ROOT, "%-18s %7s %9s %9s %9s %9s %7s%n", "scenario", "clients", "req/s", "p50 ms",
                "p99 ms", "requests", "errors");
        long errors = 0;
        for (Scenario scenario : scenarios) {
            for (int c : clients) {
                run(base, scenario, c, warmup);
                Result result = run(base, scenario, c, seconds);
                errors += result.errors();
                System.out.printf(Locale.ROOT, "%-18s %7d %9.0f %9.2f %9.2f %9d %7d%n", scenario.name(), c,
                        result.requests() / result.seconds(), result.percentileMs(0.50), result.percentileMs(0.99),
                        result.requests(), result.errors());
            }
        }
        if (errors > 0) {
            System.out.println("FAILED: " + errors + " errors");
            System.exit(1);
        }
    }

    /** {@code clients} virtual threads, each with its own connection, sending requests for {@code seconds}. */
    static Result run(String base, Scenario scenario, int clients, int seconds) throws InterruptedException {
        ConcurrentLinkedQueue<long[]> all = new ConcurrentLinkedQueue<>();
        AtomicLong errors = new AtomicLong();
        long start = System.nanoTime();
        long end = start + seconds * 1_000_000_000L;
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int c = 0; c < clients; c++) {
                threads.submit(() -> {
                    // one client per thread: its own keep-alive connection, as separate users would have
                    try (HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                            .connectTimeout(Duration.ofSeconds(10)).build()) {
                        long[] nanos = new long[1024];
                        int n = 0;
                        ThreadLocalRandom random = ThreadLocalRandom.current();
                        while (System.nanoTime() < end) {
                            HttpRequest request = HttpRequest.newBuilder(URI.create(base
                                    + scenario.path().apply(random.nextInt(1 << 20)))).timeout(Duration.ofSeconds(30)).build();
                            long t0 = System.nanoTime();
                            try {
                                HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                                if (response.statusCode() != 200) {
                                    errors.incrementAndGet();
                                }
                            } catch (IOException e) {
                                errors.incrementAndGet();
                            }
                            if (n == nanos.length) {
                                nanos = Arrays.copyOf(nanos, n * 2);
                            }
                            nanos[n++] = System.nanoTime() - t0;
                        }
                        all.add(Arrays.copyOf(nanos, n));
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return null;
                });
            }
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        long[] merged = all.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        return new Result(merged.length, errors.get(), elapsed, merged);
    }

    /** Search words: the two longest words of each headline, and each longest word alone. */
    static List<String> queries(List<String> headlines) {
        Set<String> out = new LinkedHashSet<>();
        for (String headline : headlines) {
            List<String> words = Arrays.stream(headline.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                    .filter(w -> w.length() >= 5).sorted((a, b) -> b.length() - a.length()).limit(2).toList();
            if (!words.isEmpty()) {
                out.add(words.getFirst());
                out.add(String.join(" ", words));
            }
        }
        if (out.isEmpty()) {
            out.add("news");
        }
        return List.copyOf(out);
    }

    private static JsonNode get(HttpClient http, String url) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException(url + " answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
