package dev.chorus.extract;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Cuts a page body into {@link Block}s of text in one iterative pass (no recursion, so deep nesting is
 * harmless), and records for every element its pre-order number and the range of blocks it holds.
 */
final class BlockCollector implements NodeFilter {

    /**
     * Where an element sits: its pre-order number and the end of its subtree's numbers {@code [pre, preEnd)}
     * (for ancestry tests), and the blocks it holds {@code [firstBlock, endBlock)}.
     */
    static final class Span {
        final int pre;
        int preEnd;
        final int firstBlock;
        int endBlock;

        Span(int pre, int firstBlock) {
            this.pre = pre;
            this.firstBlock = firstBlock;
        }

        /** Whether {@code other} is a proper descendant of this element. */
        boolean contains(Span other) {
            return pre < other.pre && other.pre < preEnd;
        }
    }

    private static final Set<String> SKIP = Set.of("script", "style", "noscript", "template", "svg", "math",
            "iframe", "object", "embed", "canvas", "video", "audio", "select", "textarea", "input", "button",
            "head", "title", "meta", "link", "map", "source", "track");
    private static final Set<String> BLOCK_TAGS = Set.of("address", "article", "aside", "blockquote", "center",
            "dd", "details", "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer",
            "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "li", "main", "menu", "nav",
            "ol", "p", "pre", "section", "summary", "table", "tbody", "thead", "tfoot", "tr", "td", "th", "ul",
            "caption", "body", "html", "legend", "option", "frameset", "noframes");
    private static final Set<String> ARIA_TEXT_TAGS = Set.of("div", "p", "span", "a", "em", "strong", "b", "i",
            "small", "sup", "sub", "font");
    private static final Pattern HIDDEN_STYLE = Pattern.compile(
            "display\\s*:\\s*none|visibility\\s*:\\s*hidden", Pattern.CASE_INSENSITIVE);

    private final List<Block> blocks = new ArrayList<>();
    private final Map<String, Boilerplate.Kind> classKinds = new HashMap<>();
    private final Map<Element, Span> spans = new IdentityHashMap<>();
    private final Deque<Element> open = new ArrayDeque<>();
    private final StringBuilder buffer = new StringBuilder();
    private int bufferLinkChars;
    private Block.Context context;
    private int counter;
    private int links;
    private int pre;
    private int lists;
    private int articles;

    static BlockCollector collect(Element root) {
        BlockCollector c = new BlockCollector();
        NodeTraversor.filter(c, root);
        c.flush();
        return c;
    }

    List<Block> blocks() {
        return blocks;
    }

    /** The span of an element seen during collection, or null for skipped or unknown elements. */
    Span span(Element e) {
        return spans.get(e);
    }

    @Override
    public FilterResult head(Node node, int depth) {
        if (node instanceof TextNode text) {
            appendText(text);
            return FilterResult.CONTINUE;
        }
        if (!(node instanceof Element e)) {
            return FilterResult.SKIP_ENTIRELY;
        }
        String tag = e.normalName();
        if (SKIP.contains(tag) || isHidden(e)) {
            return FilterResult.SKIP_ENTIRELY;
        }
        if (tag.equals("br")) {
            buffer.append('\n');
            return FilterResult.CONTINUE;
        }
        Boilerplate.Kind kind = Boilerplate.kind(e, classKinds);
        if (tag.equals("article")) {
            // HTML's own rule: an article inside an article is a comment or a related story.
            if (articles++ > 0 && kind == Boilerplate.Kind.NONE) {
                kind = Boilerplate.Kind.BOILERPLATE;
            }
        }
        if (BLOCK_TAGS.contains(tag) || kind != Boilerplate.Kind.NONE) {
            flush();
            open.push(e);
        }
        if (kind != Boilerplate.Kind.NONE) {
            context = new Block.Context(e, kind, context);
        }
        switch (tag) {
            case "a" -> links++;
            case "pre" -> pre++;
            case "li", "dd" -> lists++;
            default -> { }
        }
        spans.put(e, new Span(counter++, blocks.size()));
        return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
        if (!(node instanceof Element e) || e.normalName().equals("br")) {
            return FilterResult.CONTINUE;
        }
        Span span = spans.get(e);
        if (span == null) {
            return FilterResult.CONTINUE;
        }
        String tag = e.normalName();
        if (!open.isEmpty() && open.peek() == e) {
            flush();
            open.pop();
        }
        if (context != null && context.element() == e) {
            context = context.outer();
        }
        switch (tag) {
            case "a" -> links--;
            case "pre" -> pre--;
            case "li", "dd" -> lists--;
            case "article" -> articles--;
            default -> { }
        }
        span.preEnd = counter;
        span.endBlock = blocks.size();
        return FilterResult.CONTINUE;
    }

    private void appendText(TextNode node) {
        String s = node.getWholeText();
        if (s.isEmpty()) {
            return;
        }
        int before = buffer.length();
        if (pre > 0) {
            buffer.append(s);
        } else {
            // Line breaks, tabs and no-break spaces become spaces; the runs between them are copied whole
            // (one append per run, not per character: this is the hottest text loop of the extractor).
            int run = 0;
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == '\n' || c == '\r' || c == '\t' || c == '\u00a0') {
                    buffer.append(s, run, i).append(' ');
                    run = i + 1;
                }
            }
            buffer.append(s, run, s.length());
        }
        if (links > 0) {
            for (int i = before; i < buffer.length(); i++) {
                if (!isWhitespace(buffer.charAt(i))) {
                    bufferLinkChars++;
                }
            }
        }
    }

    private void flush() {
        if (buffer.isEmpty()) {
            return;
        }
        String text = normalise(buffer);
        int linkChars = bufferLinkChars;
        buffer.setLength(0);
        bufferLinkChars = 0;
        if (text.isEmpty() || open.isEmpty()) {
            return;
        }
        Element owner = open.peek();
        int chars = nonSpace(text);
        blocks.add(new Block(blocks.size(), text, owner, chars, Math.min(linkChars, chars), context,
                headingLevel(owner), lists > 0));
    }

    private static int nonSpace(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (!isWhitespace(text.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    /** {@link Character#isWhitespace(char)}, with the answer for ASCII computed inline. */
    static boolean isWhitespace(char c) {
        if (c < 128) {
            return c == ' ' || (c >= '\t' && c <= '\r') || (c >= '\u001c' && c <= '\u001f');
        }
        return Character.isWhitespace(c);
    }

    /** {@code Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200b'}, ASCII answered inline. */
    private static boolean isSpace(char c) {
        if (c < 128) {
            return c == ' ' || (c >= '\t' && c <= '\r') || (c >= '\u001c' && c <= '\u001f');
        }
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200b';
    }

    private static int headingLevel(Element owner) {
        String tag = owner.normalName();
        if (tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6') {
            return tag.charAt(1) - '0';
        }
        return 0;
    }

    /** Collapses runs of spaces, trims every line, drops empty lines. */
    static String normalise(CharSequence raw) {
        StringBuilder out = new StringBuilder(raw.length());
        boolean space = false;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\n') {
                trimEnd(out);
                if (!out.isEmpty() && out.charAt(out.length() - 1) != '\n') {
                    out.append('\n');
                }
                space = false;
            } else if (isSpace(c)) {
                space = !out.isEmpty() && out.charAt(out.length() - 1) != '\n';
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        trimEnd(out);
        return out.toString();
    }

    private static void trimEnd(StringBuilder sb) {
        int n = sb.length();
        while (n > 0 && (sb.charAt(n - 1) == ' ' || sb.charAt(n - 1) == '\n')) {
            n--;
        }
        sb.setLength(n);
    }

    private static boolean isHidden(Element e) {
        if (e.hasAttr("hidden")) {
            return true;
        }
        String style = e.attr("style");
        if (!style.isEmpty() && HIDDEN_STYLE.matcher(style).find()) {
            return true;
        }
        // aria-hidden hides icons and duplicate labels, but also drop caps and similar inline text that is
        // part of a sentence, so it only counts on elements that are not text containers.
        return "true".equals(e.attr("aria-hidden").toLowerCase(Locale.ROOT)) && !ARIA_TEXT_TAGS.contains(e.normalName());
    }
}
