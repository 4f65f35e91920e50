package dev.chorus.fetch;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The rules of one site's robots.txt for one crawler, as RFC 9309 defines them: the group naming the crawler's
 * product token (else the {@code *} group) applies; the longest matching {@code Allow}/{@code Disallow} path wins,
 * {@code Allow} on a tie; {@code *} matches any run of characters and a trailing {@code $} anchors the end.
 * {@code Crawl-delay} is not in the RFC but is widely used, so it is honoured when present.
 */
public final class RobotsRules {

    /** Rules that allow everything: what a missing robots.txt (404) means. */
    public static final RobotsRules ALLOW_ALL = new RobotsRules(List.of(), null);

    /** Rules that allow nothing: what an unreachable robots.txt (5xx) means until it can be read. */
    public static final RobotsRules DISALLOW_ALL = new RobotsRules(List.of(new Rule("/", false)), null);

    private record Rule(String pattern, boolean allow) {
    }

    private final List<Rule> rules;
    private final Duration crawlDelay;

    private RobotsRules(List<Rule> rules, Duration crawlDelay) {
        this.rules = List.copyOf(rules);
        this.crawlDelay = crawlDelay;
    }

    /**
     * The rules of {@code robotsTxt} for the crawler whose product token is {@code agent} (matched
     * case-insensitively). Lines that cannot be understood are ignored, as the RFC asks.
     */
    public static RobotsRules parse(String robotsTxt, String agent) {
        String token = agent.toLowerCase(Locale.ROOT);
        List<Rule> mine = new ArrayList<>();
        List<Rule> any = new ArrayList<>();
        Duration myDelay = null;
        Duration anyDelay = null;
        boolean mineFound = false;
        boolean groupIsMine = false;
        boolean groupIsAny = false;
        boolean inAgentLines = false;
        for (String raw : robotsTxt.split("\r\n|\r|\n")) {
            int hash = raw.indexOf('#');
            String line = (hash >= 0 ? raw.substring(0, hash) : raw).strip();
            int colon = line.indexOf(':');
            if (colon <= 0) {
                continue;
            }
            String key = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).strip();
            if (key.equals("user-agent")) {
                if (!inAgentLines) {
                    groupIsMine = false;
                    groupIsAny = false;
                }
                inAgentLines = true;
                String named = value.toLowerCase(Locale.ROOT);
                if (named.equals("*")) {
                    groupIsAny = true;
                } else if (named.equals(token)) {
                    groupIsMine = true;
                    mineFound = true;
                }
                continue;
            }
            inAgentLines = false;
            switch (key) {
                case "allow", "disallow" -> {
                    if (value.isEmpty()) {
                        continue; // "Disallow:" with no path allows everything: no rule needed
                    }
                    Rule rule = new Rule(value, key.equals("allow"));
                    if (groupIsMine) {
                        mine.add(rule);
                    }
                    if (groupIsAny) {
                        any.add(rule);
                    }
                }
                case "crawl-delay" -> {
                    Duration delay = parseDelay(value);
                    if (delay != null && groupIsMine) {
                        myDelay = delay;
                    }
                    if (delay != null && groupIsAny) {
                        anyDelay = delay;
                    }
                }
                default -> {
                }
            }
        }
        return mineFound ? new RobotsRules(mine, myDelay) : new RobotsRules(any, anyDelay);
    }

    /** Whether the crawler may fetch {@code pathAndQuery} (starting with {@code /}). */
    public boolean allows(String pathAndQuery) {
        String path = pathAndQuery.isEmpty() ? "/" : pathAndQuery;
        Rule best = null;
        for (Rule rule : rules) {
            if (matches(rule.pattern, path)
                    && (best == null || rule.pattern.length() > best.pattern.length()
                    || rule.pattern.length() == best.pattern.length() && rule.allow)) {
                best = rule;
            }
        }
        return best == null || best.allow;
    }

    /** The pause the site asks for between requests, or null when it asks for none. */
    public Duration crawlDelay() {
        return crawlDelay;
    }

    private static Duration parseDelay(String value) {
        try {
            double seconds = Double.parseDouble(value);
            // A site asking for hours between requests would stall a watcher; a minute is the most we honour.
            return seconds < 0 ? null : Duration.ofMillis((long) (Math.min(seconds, 60) * 1000));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Glob match of a robots.txt path pattern: {@code *} any run of characters, trailing {@code $} the end. */
    static boolean matches(String pattern, String path) {
        boolean anchored = pattern.endsWith("$");
        String body = anchored ? pattern.substring(0, pattern.length() - 1) : pattern;
        return matchFrom(body, 0, path, 0, anchored);
    }

    private static boolean matchFrom(String pattern, int p, String path, int s, boolean anchored) {
        while (p < pattern.length()) {
            char c = pattern.charAt(p);
            if (c == '*') {
                for (int k = s; k <= path.length(); k++) {
                    if (matchFrom(pattern, p + 1, path, k, anchored)) {
                        return true;
                    }
                }
                return false;
            }
            if (s >= path.length() || path.charAt(s) != c) {
                return false;
            }
            p++;
            s++;
        }
        return !anchored || s == path.length();
    }
}
