package dev.chorus.extract;

import org.jsoup.nodes.Element;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Generic signs of page furniture and captions in tag names, roles, classes and ids.
 *
 * <p>Class and id values are split into words (on punctuation and camelCase), so {@code article-share}
 * reads as "article" + "share" and {@code shareBar} as "share" + "bar". A strong negative word anywhere
 * wins, because furniture is typically named after its container ("article-related"); a weak one
 * ("tags", "meta", "header") counts only when the rest of the value says nothing ("post-meta", not
 * WordPress's "tag-books"). Classes on {@code article}, {@code main} and {@code body} describe the page
 * type and are ignored.
 */
final class Boilerplate {

    /**
     * What an element is: furniture, a caption, quoted content (an embedded post or quotation, which
     * stays body text even inside a furniture-looking wrapper such as "social-embed"), or nothing special.
     */
    enum Kind { NONE, BOILERPLATE, CAPTION, QUOTE }

    /** Words that mark furniture wherever they appear in a class or id ("article-share-tools"). */
    private static final Set<String> NEGATIVE_WORDS = Set.of(
            "comment", "comments", "disqus", "share", "shares", "sharing", "sharebar", "social", "socials",
            "related", "recommend", "recommended", "recommendations", "recirc", "promo", "promotion",
            "newsletter", "newsletters", "subscribe", "subscription", "subscriptions", "signup", "cookie",
            "cookies", "consent", "gdpr", "advert", "advertisement", "advertising", "ad", "ads", "adslot",
            "adunit", "dfp", "sponsor", "sponsored", "outbrain", "taboola", "nav", "navigation", "navbar",
            "menu", "breadcrumb", "breadcrumbs", "sidebar", "footer", "masthead", "popular", "trending",
            "byline", "toolbar", "modal", "popup", "pullquote", "sronly", "screenreader",
            "visuallyhidden", "offscreen", "readmore", "newsfeed", "tooltip", "pagination", "pager",
            "affiliate", "donate", "donation", "disclaimer", "copyright", "avatar", "playlist", "mostread",
            "skiplink", "bio", "storylines", "rail", "cta", "latestnews", "topstories", "mostpopular");
    /**
     * Words that mark furniture only when the class says nothing else: "post-tags" and "entry-meta" are
     * furniture, but WordPress's "tag-books" or "category-news" on the article element are not.
     */
    private static final Set<String> WEAK_NEGATIVE_WORDS = Set.of(
            "tag", "tags", "topics", "category", "categories", "keywords", "meta", "date", "dateline", "time",
            "timestamp", "author", "authors", "contributor", "contributors", "profile", "header", "headline",
            "title", "kicker", "more", "widget", "widgets", "banner", "teaser", "teasers", "carousel", "login",
            "signin", "register", "follow", "video", "player", "podcast", "embed", "print", "rating", "skip",
            "sticky", "alert", "breaking", "jump", "toc", "correction", "callout", "infobox", "factbox", "aside",
            "feed", "tools", "links", "list", "latest", "headlines");
    /** Words that say nothing about content, so they neither clear nor confirm a weak word. */
    private static final Set<String> NEUTRAL_WORDS = Set.of(
            "article", "post", "entry", "story", "page", "item", "items", "box", "wrap", "wrapper", "container",
            "block", "section", "area", "inner", "outer", "top", "bottom", "single", "info", "data", "line",
            "bar", "group", "module", "component", "js", "c", "l", "m", "s", "xs", "sm", "md", "lg", "xl",
            "holder", "row", "col", "field", "content", "el", "elem", "element", "main", "global", "site",
            "default", "text", "small", "large", "mobile", "desktop", "full", "left", "right", "primary",
            "secondary", "name", "details", "detail", "icon", "icons", "link", "clearfix", "v", "o", "u");
    /** Negative words distinctive enough to find inside glued names such as "relatedpoststitle". */
    private static final List<String> GLUED_NEGATIVE = List.of("related", "comment", "newsletter", "cookie",
            "sidebar", "breadcrumb", "advert", "sponsor", "outbrain", "taboola", "social", "share", "promo");
    private static final Set<String> CAPTION_WORDS = Set.of(
            "caption", "captions", "figcaption", "credit", "credits", "photographer", "imagecredit",
            "gallery", "slideshow");
    private static final Set<String> NEGATIVE_TAGS = Set.of(
            "nav", "aside", "footer", "header", "form", "menu", "dialog", "button", "select", "label",
            "fieldset", "address");
    private static final Set<String> CAPTION_TAGS = Set.of("figcaption", "figure", "caption", "picture");

    private static final Pattern POSITIVE = Pattern.compile(
            "article|body|content|entry|main|post|story|text|blog|prose|paragraph", Pattern.CASE_INSENSITIVE);

    private Boilerplate() {
    }

    /** Whether {@code e}'s tag, class, id or role marks it as furniture or as a caption. */
    static Kind kind(Element e) {
        return kind(e, null);
    }

    /**
     * As {@link #kind(Element)}, remembering the verdict on each class word in {@code cache} (may be
     * null): pages repeat the same few classes thousands of times.
     */
    static Kind kind(Element e, Map<String, Kind> cache) {
        String tag = e.normalName();
        if (tag.equals("blockquote")) {
            return kindOfNames(e.className(), e.id(), cache) == Kind.BOILERPLATE ? Kind.BOILERPLATE : Kind.QUOTE;
        }
        if (CAPTION_TAGS.contains(tag)) {
            // A figure may wrap an embedded post rather than a picture; the post's blockquote is QUOTE,
            // which outranks an enclosing caption, so no look inside is needed here.
            return Kind.CAPTION;
        }
        if (NEGATIVE_TAGS.contains(tag)) {
            return Kind.BOILERPLATE;
        }
        String role = e.attr("role");
        if (!role.isEmpty() && (role.equals("navigation") || role.equals("banner") || role.equals("complementary")
                || role.equals("contentinfo") || role.equals("dialog") || role.equals("menu"))) {
            return Kind.BOILERPLATE;
        }
        if (tag.equals("article") || tag.equals("main") || tag.equals("body") || tag.equals("html")) {
            // Such classes describe the page type ("single-post", "has-sidebar"), not furniture.
            return Kind.NONE;
        }
        return kindOfNames(e.className(), e.id(), cache);
    }

    static Kind kindOfNames(String names) {
        return kindOfNames(names, "", null);
    }

    private static Kind kindOfNames(String classes, String id, Map<String, Kind> cache) {
        Kind result = Kind.NONE;
        for (String names : new String[] {classes, id}) {
            int start = -1;
            for (int i = 0; i <= names.length(); i++) {
                boolean space = i == names.length() || BlockCollector.isWhitespace(names.charAt(i));
                if (!space && start < 0) {
                    start = i;
                } else if (space && start >= 0) {
                    String token = names.substring(start, i);
                    start = -1;
                    Kind k = cache == null ? kindOfToken(token) : cache.computeIfAbsent(token, Boilerplate::kindOfToken);
                    if (k == Kind.BOILERPLATE) {
                        return k;
                    }
                    if (k == Kind.CAPTION) {
                        result = k;
                    }
                }
            }
        }
        return result;
    }

    /** The verdict on one class or id value, from its words ("shareBar" -> "share", "bar"). */
    private static Kind kindOfToken(String token) {
        boolean caption = false;
        boolean weak = false;
        boolean telling = false;
        StringBuilder glued = new StringBuilder(token.length());
        int start = 0;
        for (int i = 0; i <= token.length(); i++) {
            boolean boundary = i == token.length() || !Character.isLetterOrDigit(token.charAt(i))
                    || (i > start && Character.isUpperCase(token.charAt(i)) && Character.isLowerCase(token.charAt(i - 1)));
            if (!boundary) {
                continue;
            }
            if (i > start) {
                String word = token.substring(start, i).toLowerCase(Locale.ROOT);
                glued.append(word);
                if (NEGATIVE_WORDS.contains(word)) {
                    return Kind.BOILERPLATE;
                }
                if (CAPTION_WORDS.contains(word)) {
                    caption = true;
                } else if (WEAK_NEGATIVE_WORDS.contains(word)) {
                    weak = true;
                } else if (!NEUTRAL_WORDS.contains(word)) {
                    telling = true;
                }
            }
            start = i < token.length() && Character.isLetterOrDigit(token.charAt(i)) ? i : i + 1;
        }
        // Glued checks catch "sr-only" -> "sronly" and "most-read" -> "mostread".
        if (NEGATIVE_WORDS.contains(glued.toString()) || (weak && !telling) || hasGluedNegative(glued)) {
            return Kind.BOILERPLATE;
        }
        return caption ? Kind.CAPTION : Kind.NONE;
    }

    private static boolean hasGluedNegative(CharSequence glued) {
        String g = glued.toString();
        for (String w : GLUED_NEGATIVE) {
            if (g.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** Readability-style class weight: positive names help a candidate, negative ones hurt it. */
    static int classWeight(Element e) {
        String names = e.className() + " " + e.id();
        if (names.isBlank()) {
            return 0;
        }
        int w = 0;
        if (kindOfNames(names) == Kind.BOILERPLATE) {
            w -= 25;
        }
        if (POSITIVE.matcher(names).find()) {
            w += 25;
        }
        return w;
    }

    /** Whether {@code e} or one of its ancestors is furniture. */
    static boolean inBoilerplate(Element e) {
        for (Element a = e; a != null; a = a.parent()) {
            String tag = a.normalName();
            if (tag.equals("article") || tag.equals("main") || tag.equals("body")) {
                return false;
            }
            if (kind(a) == Kind.BOILERPLATE && !tag.equals("header")) {
                return true;
            }
        }
        return false;
    }
}
