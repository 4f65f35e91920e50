package dev.chorus.fetch;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Fetches web resources the way a well-behaved crawler does: it names itself in the {@code User-Agent}, reads
 * each site's robots.txt first and obeys it (for every redirect hop too), keeps a pause between two requests
 * to one host, gives up after a timeout, and abandons bodies over a size cap. Failures are outcomes, never
 * exceptions, so one bad site cannot stop a watcher.
 */
public final class PoliteFetcher {

    /** How the fetcher behaves; {@link #DEFAULTS} suits a newsroom watcher. */
    public record Settings(String userAgent, String robotsToken, Duration pause, Duration connectTimeout,
                           Duration timeout, long maxBytes, int maxRedirects) {
        public Settings {
            Objects.requireNonNull(userAgent, "userAgent");
            Objects.requireNonNull(robotsToken, "robotsToken");
            if (maxBytes <= 0 || maxRedirects < 0) {
                throw new IllegalArgumentException("maxBytes must be positive and maxRedirects not negative");
            }
        }

        public Settings withPause(Duration newPause) {
            return new Settings(userAgent, robotsToken, newPause, connectTimeout, timeout, maxBytes, maxRedirects);
        }

        public Settings withTimeout(Duration newTimeout) {
            return new Settings(userAgent, robotsToken, pause, connectTimeout, newTimeout, maxBytes, maxRedirects);
        }

        public Settings withMaxBytes(long newMax) {
            return new Settings(userAgent, robotsToken, pause, connectTimeout, timeout, newMax, maxRedirects);
        }
    }

    public static final Settings DEFAULTS = new Settings(
            "Chorus/0.1 (news story engine)", "Chorus",
            Duration.ofSeconds(2), Duration.ofSeconds(10), Duration.ofSeconds(30), 8L << 20, 5);

    /** Validators of a copy fetched before, for a conditional request; both may be null. */
    public record Validators(String etag, String lastModified) {
        public static final Validators NONE = new Validators(null, null);
    }

    /** What came of one fetch. */
    public sealed interface Outcome {
    }

    /** The resource, after redirects; {@code uri} is where it was finally found. */
    public record Fetched(URI uri, String contentType, byte[] body, Validators validators) implements Outcome {
    }

    /** The server says the copy with the given validators is still current (304). */
    public record NotModified(URI uri) implements Outcome {
    }

    /** Not fetched by choice: robots.txt forbids it, or the URI is not http(s). */
    public record Refused(URI uri, String reason) implements Outcome {
    }

    /** Tried and failed: an error status, a timeout, a body over the cap, a network error. */
    public record Failed(URI uri, String reason) implements Outcome {
    }

    /** How long a site's robots.txt is trusted before it is read again. */
    private static final Duration ROBOTS_TTL = Duration.ofHours(12);
    /** An unreachable robots.txt forbids the site for a shorter while: the next round may reach it. */
    private static final Duration ROBOTS_RETRY = Duration.ofMinutes(5);

    /** A site's robots.txt, or why it could not be read (then the site is left alone for a while). */
    private record CachedRules(RobotsRules rules, String unavailable, long expiresNanos) {
    }

    private final Settings settings;
    private final HttpClient client;
    private final HostPacer pacer;
    private final HostPacer.Clock clock;
    private final Map<String, CachedRules> robots = new ConcurrentHashMap<>();

    public PoliteFetcher(Settings settings) {
        this(settings, HostPacer.Clock.SYSTEM);
    }

    PoliteFetcher(Settings settings, HostPacer.Clock clock) {
        this.settings = settings;
        this.clock = clock;
        this.pacer = new HostPacer(clock);
        // Redirects are followed by hand so that robots.txt is checked for every hop.
        this.client = HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** Fetches {@code uri}; with validators from an earlier fetch, the request is conditional. */
    public Outcome fetch(URI uri, Validators validators) throws InterruptedException {
        URI current = uri;
        for (int hop = 0; hop <= settings.maxRedirects(); hop++) {
            if (!isWeb(current)) {
                return new Refused(current, "not an http(s) address");
            }
            CachedRules site = rulesFor(current);
            if (site.unavailable != null) {
                return new Failed(current, site.unavailable);
            }
            RobotsRules rules = site.rules;
            if (!rules.allows(pathAndQuery(current))) {
                return new Refused(current, "robots.txt of " + current.getHost() + " forbids it");
            }
            pacer.awaitTurn(authority(current), pauseFor(rules));
            HttpResponse<byte[]> response;
            try {
                response = send(current, hop == 0 ? validators : Validators.NONE);
            } catch (IOException e) {
                return new Failed(current, describe(e));
            }
            int status = response.statusCode();
            if (status == 304) {
                return new NotModified(current);
            }
            if (status >= 300 && status < 400) {
                var location = response.headers().firstValue("Location");
                if (location.isEmpty()) {
                    return new Failed(current, "HTTP " + status + " without a Location");
                }
                try {
                    current = current.resolve(location.get().strip());
                } catch (IllegalArgumentException e) {
                    return new Failed(current, "HTTP " + status + " to an invalid address");
                }
                continue;
            }
            if (status != 200) {
                return new Failed(current, "HTTP " + status);
            }
            var headers = response.headers();
            return new Fetched(current, headers.firstValue("Content-Type").orElse(null), response.body(),
                    new Validators(headers.firstValue("ETag").orElse(null),
                            headers.firstValue("Last-Modified").orElse(null)));
        }
        return new Failed(uri, "more than " + settings.maxRedirects() + " redirects");
    }

    private HttpResponse<byte[]> send(URI uri, Validators validators) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .timeout(settings.timeout())
                .header("User-Agent", settings.userAgent())
                .GET();
        if (validators.etag() != null) {
            request.header("If-None-Match", validators.etag());
        }
        if (validators.lastModified() != null) {
            request.header("If-Modified-Since", validators.lastModified());
        }
        // The request timeout ends at the headers; the whole exchange, body included, gets the same bound
        // again so that a server trickling bytes cannot hold the watcher.
        var future = client.sendAsync(request.build(), CappedBody.handler(settings.maxBytes()));
        try {
            return future.get(settings.timeout().toMillis() * 2, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new HttpTimeoutException("timed out after " + settings.timeout().multipliedBy(2).toSeconds() + " s");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IOException(e.getCause());
        } catch (InterruptedException e) {
            future.cancel(true);
            throw e;
        }
    }

    private CachedRules rulesFor(URI uri) throws InterruptedException {
        String site = uri.getScheme().toLowerCase(Locale.ROOT) + "://" + authority(uri);
        CachedRules cached = robots.get(site);
        long now = clock.nanoTime();
        if (cached != null && now - cached.expiresNanos < 0) {
            return cached;
        }
        CachedRules rules;
        URI robotsUri = URI.create(site + "/robots.txt");
        pacer.awaitTurn(authority(uri), settings.pause());
        long retry = now + ROBOTS_RETRY.toNanos();
        try {
            HttpResponse<byte[]> response = send(robotsUri, Validators.NONE);
            int status = response.statusCode();
            if (status == 200) {
                rules = new CachedRules(RobotsRules.parse(new String(response.body(), StandardCharsets.UTF_8),
                        settings.robotsToken()), null, now + ROBOTS_TTL.toNanos());
            } else if (status >= 400 && status < 500) {
                // RFC 9309: a robots.txt that is "unavailable" (4xx) means no restriction.
                rules = new CachedRules(RobotsRules.ALLOW_ALL, null, now + ROBOTS_TTL.toNanos());
            } else {
                // "Unreachable" (5xx): the RFC says to assume everything is forbidden until it can be read.
                rules = new CachedRules(RobotsRules.DISALLOW_ALL,
                        "robots.txt of " + uri.getHost() + " answers HTTP " + status + "; site left alone for now", retry);
            }
        } catch (IOException e) {
            rules = new CachedRules(RobotsRules.DISALLOW_ALL, "cannot reach " + uri.getHost() + ": " + describe(e), retry);
        }
        robots.put(site, rules);
        return rules;
    }

    private Duration pauseFor(RobotsRules rules) {
        Duration asked = rules.crawlDelay();
        return asked != null && asked.compareTo(settings.pause()) > 0 ? asked : settings.pause();
    }

    private static boolean isWeb(URI uri) {
        String scheme = uri.getScheme();
        return scheme != null && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
                && uri.getHost() != null;
    }

    private static String authority(URI uri) {
        return uri.getPort() < 0 ? uri.getHost().toLowerCase(Locale.ROOT)
                : uri.getHost().toLowerCase(Locale.ROOT) + ":" + uri.getPort();
    }

    private static String pathAndQuery(URI uri) {
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
    }

    private static String describe(IOException e) {
        if (e instanceof CappedBody.TooLarge) {
            return "body " + e.getMessage();
        }
        if (e instanceof HttpTimeoutException) {
            return "timed out";
        }
        if (e instanceof java.net.ConnectException) {
            return "connection refused";
        }
        String message = e.getMessage();
        return message == null ? e.getClass().getSimpleName() : message;
    }
}
