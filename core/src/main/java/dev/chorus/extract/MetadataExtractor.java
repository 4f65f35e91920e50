package dev.chorus.extract;

import dev.chorus.sentence.Tokenizer;
import com.fasterxml.jackson.databind.JsonNode;
import dev.chorus.model.Metadata;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads what a page says about itself: Open Graph and other meta tags, JSON-LD, {@code <link>}s,
 * headings and bylines. Returns only what the page states; fallbacks (domain as outlet, detected
 * language) are applied by {@link HtmlExtractor} after the caller's hints.
 */
final class MetadataExtractor {

    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|\\-–—:·•»]\\s+|\\s+::\\s+");
    private static final Pattern BY_PREFIX = Pattern.compile("^(?i)(by|von|par|por|di|door|av)\\s+");
    private static final Pattern AUTHOR_SPLIT = Pattern.compile("\\s*(?:,|;|\\band\\b|&|\\bund\\b|\\bet\\b|\\by\\b)\\s*");

    private final Document doc;
    private final JsonLd jsonLd;
    private final Map<String, String> meta = new HashMap<>();

    MetadataExtractor(Document doc, JsonLd jsonLd) {
        this.doc = doc;
        this.jsonLd = jsonLd;
        for (Element m : doc.select("meta[content]")) {
            String content = m.attr("content").trim();
            if (content.isEmpty()) {
                continue;
            }
            for (String attr : List.of("property", "name", "itemprop", "http-equiv")) {
                String key = m.attr(attr).trim().toLowerCase(Locale.ROOT);
                if (!key.isEmpty()) {
                    meta.putIfAbsent(key, content);
                }
            }
        }
    }

    /** Everything but the publication date, which needs the body (see {@link DateExtractor}). */
    Metadata read() {
        String outlet = outlet(first(meta.get("og:site_name"), publisher(), meta.get("application-name")));
        return new Metadata(unescape(title(outlet)), authors(), null, outlet, language(), url(),
                unescape(description()), image());
    }

    /** A site name as a name: a URL becomes its domain, a "Name | tagline | sections" list its first part. */
    private static String outlet(String raw) {
        if (raw == null) {
            return null;
        }
        if (raw.startsWith("http://") || raw.startsWith("https://")) {
            return domain(raw);
        }
        java.util.regex.Matcher m = TITLE_SEPARATOR.matcher(raw);
        String name = m.find() && m.start() > 0 ? raw.substring(0, m.start()) : raw;
        return unescape(name.trim());
    }

    /** Some sites escape their meta content twice, leaving "&#8216;" in the text. */
    private static String unescape(String s) {
        return s == null || s.indexOf('&') < 0 ? s : org.jsoup.parser.Parser.unescapeEntities(s, false);
    }

    String url() {
        Element canonical = doc.selectFirst("link[rel~=(?i)^canonical$][href]");
        String url = canonical == null ? null : canonical.absUrl("href");
        if (url == null || url.isEmpty()) {
            url = canonical == null ? null : canonical.attr("href");
        }
        return absolute(first(url, meta.get("og:url"), JsonLd.text(jsonLd.article().path("url")),
                JsonLd.text(jsonLd.article().path("mainEntityOfPage"))));
    }

    private String title(String outlet) {
        String h1 = null;
        Element h = doc.selectFirst("article h1, main h1, h1");
        if (h != null && !h.text().isBlank()) {
            h1 = h.text().trim();
        }
        String raw = first(jsonLd.articleText("headline"), meta.get("og:title"), meta.get("twitter:title"), h1,
                doc.title().isBlank() ? null : doc.title().trim());
        return raw == null ? null : stripSiteName(raw, outlet);
    }

    /** Drops a leading or trailing site name ("Storm hits coast | The Daily Bugle"). */
    static String stripSiteName(String title, String outlet) {
        java.util.regex.Matcher m = TITLE_SEPARATOR.matcher(title);
        int firstStart = -1;
        int firstEnd = -1;
        int lastStart = -1;
        int lastEnd = -1;
        while (m.find()) {
            if (firstStart < 0) {
                firstStart = m.start();
                firstEnd = m.end();
            }
            lastStart = m.start();
            lastEnd = m.end();
        }
        if (firstStart < 0) {
            return title;
        }
        String head = title.substring(0, lastStart).trim();
        String tail = title.substring(lastEnd).trim();
        String site = outlet == null ? "" : normalised(outlet);
        if (!site.isEmpty()) {
            String t = normalised(tail);
            if (t.equals(site) || (t.length() > 3 && (site.contains(t) || t.contains(site)))) {
                return head;
            }
            String lead = normalised(title.substring(0, firstStart));
            if (lead.equals(site) || (lead.length() > 3 && (site.contains(lead) || lead.contains(site)))) {
                return title.substring(firstEnd).trim();
            }
        }
        // Without a known name, a short last part after a long head is almost always the site.
        if (Tokenizer.wordCount(tail) <= 4 && Tokenizer.wordCount(head) >= 4) {
            return head;
        }
        return title;
    }

    private static String normalised(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    private List<String> authors() {
        Set<String> names = new LinkedHashSet<>();
        JsonNode author = jsonLd.article().path("author");
        if (author.isArray()) {
            author.forEach(a -> addAuthor(names, JsonLd.text(a)));
        } else {
            addAuthor(names, JsonLd.text(author));
        }
        if (names.isEmpty()) {
            addAuthor(names, meta.get("author"));
            addAuthor(names, meta.get("article:author"));
            addAuthor(names, meta.get("dc.creator"));
            addAuthor(names, meta.get("sailthru.author"));
            addAuthor(names, meta.get("parsely-author"));
        }
        if (names.isEmpty()) {
            for (Element e : doc.select("[rel=author], [itemprop=author], .byline, .author-name, [class*=byline]")) {
                addAuthor(names, e.text());
                if (!names.isEmpty()) {
                    break;
                }
            }
        }
        return new ArrayList<>(names);
    }

    private static void addAuthor(Set<String> names, String raw) {
        if (raw == null || raw.isBlank() || raw.startsWith("http") || raw.length() > 200) {
            return;
        }
        String s = BY_PREFIX.matcher(raw.trim()).replaceFirst("");
        for (String name : AUTHOR_SPLIT.split(s)) {
            String n = name.trim();
            int words = Tokenizer.wordCount(n);
            if (words >= 1 && words <= 5 && !n.contains("@") && Character.isLetter(n.charAt(0))) {
                names.add(n);
            }
        }
    }

    private String publisher() {
        JsonNode p = jsonLd.article().path("publisher");
        String name = JsonLd.text(p.isObject() ? p.path("name") : p);
        if (name == null) {
            for (JsonNode o : jsonLd.objects()) {
                String type = o.path("@type").asText();
                if (type.equals("Organization") || type.equals("NewsMediaOrganization")) {
                    name = JsonLd.text(o.path("name"));
                    if (name != null) {
                        break;
                    }
                }
            }
        }
        return name;
    }

    private String language() {
        String lang = LanguageDetector.normalise(doc.selectFirst("html") == null ? null
                : doc.selectFirst("html").attr("lang"));
        if (lang == null) {
            lang = LanguageDetector.normalise(first(meta.get("content-language"), meta.get("og:locale"),
                    meta.get("language"), meta.get("dc.language"), jsonLd.articleText("inLanguage")));
        }
        return lang;
    }

    private String description() {
        return first(meta.get("og:description"), meta.get("description"), meta.get("twitter:description"),
                jsonLd.articleText("description"));
    }

    private String image() {
        JsonNode image = jsonLd.article().path("image");
        return absolute(first(meta.get("og:image"), meta.get("og:image:url"), meta.get("twitter:image"),
                meta.get("twitter:image:src"), JsonLd.text(image)));
    }

    private String absolute(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        String base = doc.location();
        if (base != null && !base.isEmpty() && !url.startsWith("http")) {
            try {
                return URI.create(base).resolve(url.trim()).toString();
            } catch (IllegalArgumentException e) {
                return url.trim();
            }
        }
        return url.trim();
    }

    /** The host of {@code url} without {@code www.}, or null. */
    static String domain(String url) {
        if (url == null) {
            return null;
        }
        try {
            String host = URI.create(url.trim()).getHost();
            if (host == null) {
                return null;
            }
            return host.startsWith("www.") ? host.substring(4) : host;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.trim();
            }
        }
        return null;
    }
}
