package dev.chorus.extract;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds an article's publication date, telling it apart from "updated" dates, crawl dates and the
 * dates of other stories linked from the page.
 *
 * <p>Sources, strongest first: JSON-LD {@code datePublished}; publication meta tags; a {@code <time>}
 * marked as the publication time or sitting in the article header; a date in the URL path; a dated
 * line ("Published 3 March 2021") near the top of the article.
 */
final class DateExtractor {

    private static final List<String> META_KEYS = List.of(
            "article:published_time", "og:article:published_time", "article:published", "datepublished",
            "publishdate", "publish-date", "publish_date", "pubdate", "publication_date", "date_published",
            "dc.date.issued", "dcterms.issued", "dc.date.created", "dcterms.created", "dc.date", "dcterms.date",
            "sailthru.date", "parsely-pub-date", "article.published", "published-date", "release_date",
            "date", "og:published_time", "originalpublicationdate", "citation_publication_date",
            "citation_date", "cxenseparse:recs:publishtime", "displaydate", "datecreated");

    private static final int MAX_TIMES = 50;
    private static final Pattern ISO = Pattern.compile("(?<!\\d)(\\d{4})-(\\d{1,2})-(\\d{1,2})(?!\\d)");
    private static final Pattern COMPACT = Pattern.compile("^(\\d{4})(\\d{2})(\\d{2})(?:$|[T\\s])");
    private static final Pattern SLASHED_YMD = Pattern.compile("(?<!\\d)(\\d{4})/(\\d{1,2})/(\\d{1,2})(?!\\d)");
    private static final Pattern URL_DATE = Pattern.compile(
            "/((?:19|20)\\d{2})[/-](\\d{1,2})[/-](\\d{1,2})(?:/|-|$|\\.)|[/_-]((?:19|20)\\d{2})(\\d{2})(\\d{2})(?:[/_.-]|$)");
    private static final String MONTHS = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|"
            + "aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "\\b" + MONTHS + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d{2})\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "\\b(\\d{1,2})(?:st|nd|rd|th)?\\.?\\s+(?:of\\s+)?" + MONTHS + ",?\\s+((?:19|20)\\d{2})\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Map<String, Integer> MONTH_NUMBER = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
            Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));
    private static final Pattern MODIFIED = Pattern.compile("updat|modif|edited|revis|aktualisiert|actualiz|mis à jour",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PUBLISHED = Pattern.compile("publi|posted|veröffentlicht|pubdate|created",
            Pattern.CASE_INSENSITIVE);

    private DateExtractor() {
    }

    /**
     * The publication date of the page, or null.
     *
     * @param header text lines from the top of the article (bylines, datelines), in page order
     */
    static LocalDate find(Document doc, JsonLd jsonLd, String url, List<String> header) {
        LocalDate d = parse(JsonLd.text(jsonLd.article().path("datePublished")));
        if (d == null) {
            d = parse(jsonLd.anyText("datePublished"));
        }
        if (d == null) {
            d = fromMeta(doc);
        }
        if (d == null) {
            d = fromTimeElements(doc);
        }
        if (d == null) {
            d = fromUrl(url);
        }
        if (d == null) {
            d = fromLines(header);
        }
        return d;
    }

    private static LocalDate fromMeta(Document doc) {
        Map<String, String> meta = new java.util.HashMap<>();
        for (Element m : doc.select("meta[content]")) {
            String key = m.hasAttr("property") ? m.attr("property")
                    : m.hasAttr("name") ? m.attr("name") : m.attr("itemprop");
            meta.putIfAbsent(key.toLowerCase(Locale.ROOT), m.attr("content"));
        }
        for (String key : META_KEYS) {
            LocalDate d = parse(meta.get(key));
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    /**
     * Prefers a time element marked as the publication time; otherwise the first one in an article
     * header that is not an update stamp. Times in lists of other stories are never looked at.
     */
    private static LocalDate fromTimeElements(Document doc) {
        Elements marked = doc.select("[itemprop=datePublished], time[pubdate], time[class~=(?i)publi]");
        for (Element t : marked.subList(0, Math.min(marked.size(), MAX_TIMES))) {
            if (Boilerplate.inBoilerplate(t)) {
                continue; // a teaser's own date in a list of other stories
            }
            LocalDate d = parse(t.hasAttr("datetime") ? t.attr("datetime")
                    : t.hasAttr("content") ? t.attr("content") : t.text());
            if (d != null) {
                return d;
            }
        }
        // A site-wide header often shows today's date, which is the crawl date, not the story's. Only the
        // first few times are looked at: the story's own is near the top, and each look walks up the tree.
        int looked = 0;
        for (Element t : doc.getElementsByTag("time")) {
            if (++looked > MAX_TIMES) {
                break;
            }
            if (!inArticle(t) || isModified(t) || Boilerplate.inBoilerplate(t)) {
                continue;
            }
            LocalDate d = parse(t.hasAttr("datetime") ? t.attr("datetime") : t.text());
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    private static boolean inArticle(Element t) {
        for (Element a = t.parent(); a != null; a = a.parent()) {
            if (a.normalName().equals("article") || a.normalName().equals("main")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isModified(Element t) {
        Element e = t;
        for (int i = 0; i < 3 && e != null; i++, e = e.parent()) {
            String label = e.className() + " " + e.id() + " " + e.attr("itemprop");
            if (MODIFIED.matcher(label).find()) {
                return true;
            }
        }
        Element parent = t.parent();
        if (parent != null) {
            String around = parent.ownText();
            return MODIFIED.matcher(around).find() && !PUBLISHED.matcher(around).find();
        }
        return false;
    }

    static LocalDate fromUrl(String url) {
        if (url == null) {
            return null;
        }
        Matcher m = URL_DATE.matcher(url);
        while (m.find()) {
            LocalDate d = m.group(1) != null ? date(m.group(1), m.group(2), m.group(3))
                    : date(m.group(4), m.group(5), m.group(6));
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    private static LocalDate fromLines(List<String> lines) {
        for (String line : lines) {
            if (line.length() > 200 || (MODIFIED.matcher(line).find() && !PUBLISHED.matcher(line).find())) {
                continue;
            }
            LocalDate d = parseWords(line);
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    /** Parses ISO-like and written dates; the date is taken as written, without time-zone shifting. */
    static LocalDate parse(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        String t = s.trim();
        Matcher m = ISO.matcher(t);
        if (m.find()) {
            return date(m.group(1), m.group(2), m.group(3));
        }
        m = COMPACT.matcher(t);
        if (m.find()) {
            return date(m.group(1), m.group(2), m.group(3));
        }
        m = SLASHED_YMD.matcher(t);
        if (m.find()) {
            return date(m.group(1), m.group(2), m.group(3));
        }
        return parseWords(t);
    }

    private static LocalDate parseWords(String s) {
        Matcher m = MONTH_DAY_YEAR.matcher(s);
        if (m.find()) {
            return date(m.group(3), month(m.group(1)), m.group(2));
        }
        m = DAY_MONTH_YEAR.matcher(s);
        if (m.find()) {
            return date(m.group(3), month(m.group(2)), m.group(1));
        }
        return null;
    }

    private static String month(String name) {
        Integer n = MONTH_NUMBER.get(name.substring(0, 3).toLowerCase(Locale.ROOT));
        return n == null ? "0" : n.toString();
    }

    private static LocalDate date(String y, String mo, String d) {
        try {
            int year = Integer.parseInt(y);
            if (year < 1990 || year > 2100) {
                return null;
            }
            return LocalDate.of(year, Integer.parseInt(mo), Integer.parseInt(d));
        } catch (NumberFormatException | DateTimeException e) {
            return null;
        }
    }
}
