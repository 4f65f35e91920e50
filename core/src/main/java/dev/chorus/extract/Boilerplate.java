package dev.chorus.extract;

import org.jsoup.nodes.Element;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Generic signs of page furniture: class/id words, tag names and short stock phrases.
 *
 * <p>Class and id values are split into words (on punctuation and camelCase), so {@code article-share}
 * reads as "article" + "share" and {@code shareBar} as "share" + "bar"; a negative word anywhere wins,
 * because page furniture is typically named after its container ("article-related", "story-tools").
 */
final class Boilerplate {

    /** What an element with a negative class is. */
    enum Kind { NONE, BOILERPLATE, CAPTION }

    private static final Set<String> NEGATIVE_WORDS = Set.of(
            "comment", "comments", "disqus", "share", "shares", "sharing", "sharebar", "social", "socials",
            "related", "recommend", "recommended", "recommendations", "recirc", "promo", "promotion",
            "newsletter", "newsletters", "subscribe", "subscription", "subscriptions", "signup", "cookie",
            "cookies", "consent", "gdpr", "advert", "advertisement", "advertising", "ad", "ads", "adslot",
            "adunit", "dfp", "gpt", "sponsor", "sponsored", "outbrain", "taboola", "nav", "navigation", "navbar",
            "menu", "breadcrumb", "breadcrumbs", "sidebar", "widget", "widgets", "footer", "masthead",
            "popular", "trending", "tags", "tag", "topics", "bio", "byline", "author", "authors", "toolbar",
            "tools", "modal", "popup", "overlay", "paywall", "pullquote", "skip", "print", "rating",
            "banner", "teaser", "teasers", "carousel", "more", "login", "signin", "register", "follow",
            "meta", "dateline", "timestamp", "date", "sronly", "screenreader", "visuallyhidden", "hidden",
            "offscreen", "embed", "video", "player", "podcast", "readmore", "newsfeed", "feed", "sticky",
            "header", "headline", "title", "kicker", "breaking", "alert", "jump", "toc", "tooltip",
            "pagination", "pager", "categories", "category", "keywords", "affiliate", "donate", "donation",
            "correction", "disclaimer", "copyright", "contributor", "contributors", "profile", "avatar",
            "inline", "aside", "callout", "infobox", "factbox", "newsletterbox", "storylines", "playlist");
    private static final Set<String> CAPTION_WORDS = Set.of(
            "caption", "captions", "figcaption", "credit", "credits", "photographer", "imagecredit",
            "gallery", "slideshow", "figure", "media", "photo", "image", "img", "picture", "thumbnail");
    private static final Set<String> NEGATIVE_TAGS = Set.of(
            "nav", "aside", "footer", "header", "form", "menu", "dialog", "button", "select", "label",
            "fieldset", "address");
    private static final Set<String> CAPTION_TAGS = Set.of("figcaption", "figure", "caption", "picture");

    private static final Pattern POSITIVE = Pattern.compile(
            "article|body|content|entry|main|post|story|text|blog|prose|paragraph", Pattern.CASE_INSENSITIVE);
    private static final Pattern WORD_SPLIT = Pattern.compile("[^\\p{Alnum}]+|(?<=\\p{Ll})(?=\\p{Lu})");

    private Boilerplate() {
    }

    /** Whether {@code e}'s tag, class, id or role marks it as furniture or as a caption. */
    static Kind kind(Element e) {
        String tag = e.normalName();
        if (CAPTION_TAGS.contains(tag)) {
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
        String names = e.className() + " " + e.id();
        if (names.length() < 2) {
            return Kind.NONE;
        }
        return kindOfNames(names);
    }

    static Kind kindOfNames(String names) {
        boolean caption = false;
        StringBuilder joined = new StringBuilder();
        for (String cls : names.split("\\s+")) {
            joined.setLength(0);
            // Words are checked one by one, then glued ("sr-only" -> "sronly"), so both spellings count.
            for (String w : WORD_SPLIT.split(cls)) {
                if (w.isEmpty()) {
                    continue;
                }
                String word = w.toLowerCase(Locale.ROOT);
                joined.append(word);
                if (NEGATIVE_WORDS.contains(word)) {
                    return Kind.BOILERPLATE;
                }
                if (CAPTION_WORDS.contains(word)) {
                    caption = true;
                }
            }
            String whole = joined.toString();
            if (NEGATIVE_WORDS.contains(whole)) {
                return Kind.BOILERPLATE;
            }
        }
        return caption ? Kind.CAPTION : Kind.NONE;
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
