package dev.chorus.extract;

import dev.chorus.sentence.Tokenizer;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Finds the main text of a page: scores the elements around paragraphs (after Readability), takes the
 * best one with its worthy siblings, then walks its blocks in order and sorts each into body, caption
 * or furniture.
 *
 * <p>Everything works on the block list and element spans from {@link BlockCollector}, so the cost is
 * linear in the page size plus a small constant per paragraph.
 */
final class ContentExtractor {

    /** What came out: body paragraphs, captions, removed furniture, and short lines near the top (for dates). */
    record Result(List<String> paragraphs, List<String> captions, List<String> removed, List<String> header) {
    }

    private static final int MIN_PARAGRAPH = 25;
    private static final Set<String> PARAGRAPH_TAGS = Set.of("p", "pre", "td", "blockquote", "dd");
    private static final Pattern STOCK = Pattern.compile(
            "^(advertisement|advertising|advert|anzeige|werbung|publicité|publicidad|publicidade|pubblicità|reklama"
                    + "|reklame|iklan|реклама|广告|広告|광고|sponsored( content)?|filed (under|in):.*|posted in:? .*"
                    + "|tags?:.*|paid (post|content)|ad|ads|skip (ad|advertisement)|story continues below"
                    + "( advertisement)?|continue reading.*|read more.*|read next.*|read also.*|see also.*|related:.*"
                    + "|related( stories| articles| coverage| content)?|more:.*|also read.*|recommended.*"
                    + "|share( this)?( article| story| page)?( on .*)?|share via.*|follow us.*|sign up.*"
                    + "|follow .{1,40} on (instagram|facebook|twitter|youtube|linkedin|tiktok|x)\\b.*"
                    + "|subscribe.*|click here.*|tap here.*|\\(c\\)\\s.*|©.*|copyright.*|all rights reserved.*"
                    + "|(image|photo|picture|video)( credit)?s?:.*|(getty images|reuters|ap|afp)"
                    + "|(image|photo|picture|slide) \\d+ (of|/) \\d+|explore further"
                    + "|loading.*|please enable javascript.*|watch:.*|listen:.*|listen to (this|the) (article|story).*"
                    + "|print|email|e-mail|tweet|whatsapp|facebook|twitter|linkedin|pinterest|reddit"
                    + "|(last )?(updated|published|posted|modified)\\b.*|by (?-i:\\p{Lu}).{0,60}|comments?( \\(\\d+\\))?"
                    + "|\\d+ comments?|leave a (comment|reply).*|view comments.*|show comments.*)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Headings that open a block of links to other stories or to reader interaction. */
    private static final Pattern RELATED_HEADING = Pattern.compile(
            "^(related|more (from|on|in|about|stories|news|articles|to read|like this)|read (more|also|next)"
                    + "|most (read|popular|viewed|shared)|latest( news| stories)?|recommended|you (may|might) "
                    + "(also )?like|trending|popular|also read|see also|top stories|comments?|leave a (comment|reply)"
                    + "|what to read next|further reading|editor'?s picks|sponsored|around the web"
                    // the same in a few other widespread languages
                    + "|leia (também|mais)|veja (também|mais)|você (pode|também pode) gostar|mais lidas?|relacionad[oa]s"
                    + "|lee (también|más)|te puede interesar|noticias relacionadas|más le[ií]d[oa]s|también te puede"
                    + "|à lire aussi|lire aussi|sur le même sujet|les plus lus|voir aussi|vous aimerez aussi"
                    + "|mehr zum thema|das könnte sie (auch )?interessieren|meistgelesen|weitere artikel|lesen sie auch"
                    + "|leggi anche|potrebbe interessarti|articoli correlati|i più letti"
                    + "|читайте также|похожие|самые (популярные|читаемые)|популярное|материалы по теме|комментари"
                    + "|share this|follow us|sign up|newsletter|about the author|explore further|more\\W*$"
                    + "|more( [\\p{L}'’]+){0,3} (stories|news|articles|coverage|reading|videos|from\\b))(\\W.*)?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Calls to action; two of them in one short paragraph make it a prompt, not prose. */
    private static final Pattern PROMPT_WORD = Pattern.compile(
            "\\b(subscrib\\w*|sign(ing)? up|newsletters?|inbox|follow (him|her|us|me|them) (on|at)|have a (news )?tip"
                    + "|share (it|this)|(like|enjoy(ed)?) this (story|article)|join \\w+"
                    + "|contact (him|her|us|me)|download (the|our) app|e-?mail)\\b",
            Pattern.CASE_INSENSITIVE);
    /** Photo credits and caption lines that sit in the body without caption markup. */
    private static final Pattern CREDIT = Pattern.compile(
            "©|\\(c\\) \\p{Lu}|\\bphotos? (by|credit)\\b|\\b(photo|image|picture|credit)s?:|\\bgetty images\\b"
                    + "|\\bshutterstock\\b|\\(credit\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(19|20)\\d\\d(?!\\d)");
    private static final List<String> CREDIT_HINTS = List.of("©", "(c)", "photo", "image", "picture", "credit",
            "getty", "shutterstock");
    private static final List<String> PROMPT_HINTS = List.of("subscrib", "sign", "newsletter", "inbox", "follow",
            "tip", "share", "this", "join", "contact", "download", "mail", "@");
    private static final Pattern META_WORD = Pattern.compile(
            "\\b(published|posted|updated|by|filed|categor(y|ies)|tags?|author|publicado|por|categoria|autor"
                    + "|publié|par|catégorie|veröffentlicht|von|kategorie|pubblicato|da|опубликовано|автор)\\b\\s*:?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+\\.\\p{Alpha}{2,}");
    private static final int MAX_WORDS_STOCK = 12;
    private static final int MAX_REMOVED = 400;

    private ContentExtractor() {
    }

    /**
     * Extracts the main text under {@code body}.
     *
     * @param body  the page's body element (or any root)
     * @param hint  the JSON-LD {@code articleBody}, or null; blocks found in it count more
     * @param title the headline, or null; a block repeating it is not body text
     */
    static Result extract(Element body, String hint, String title) {
        BlockCollector collector = BlockCollector.collect(body);
        List<Block> blocks = collector.blocks();
        if (blocks.isEmpty()) {
            return new Result(List.of(), List.of(), List.of(), List.of());
        }
        Set<String> hintWords = hint == null ? Set.of() : new HashSet<>(Text.words(hint));
        boolean useHint = hintWords.size() >= 30;

        int n = blocks.size();
        boolean[] good = new boolean[n];
        double[] weight = new double[n];
        long[] textPrefix = new long[n + 1];
        long[] linkPrefix = new long[n + 1];
        long[] goodPrefix = new long[n + 1];
        for (int i = 0; i < n; i++) {
            Block b = blocks.get(i);
            good[i] = b.text().length() >= MIN_PARAGRAPH && b.linkDensity() < 0.5 && b.heading() == 0;
            weight[i] = 1;
            if (useHint && good[i]) {
                weight[i] = Text.coverage(b.text(), hintWords) >= 0.8 ? 3 : 0.3;
            }
            textPrefix[i + 1] = textPrefix[i] + b.chars();
            linkPrefix[i + 1] = linkPrefix[i] + b.linkChars();
            goodPrefix[i + 1] = goodPrefix[i] + (good[i] ? b.text().length() : 0);
        }
        Spans spans = new Spans(collector, textPrefix, linkPrefix, goodPrefix);

        Map<Element, Double> scores = new IdentityHashMap<>();
        long allGood = goodPrefix[n];
        for (int i = 0; i < n; i++) {
            Block b = blocks.get(i);
            if (!good[i] || inSmallFurniture(b, spans, allGood)) {
                continue;
            }
            String text = b.text();
            double score = (1 + Text.commas(text) + Math.min(text.length() / 100, 3)) * weight[i];
            Element e = PARAGRAPH_TAGS.contains(b.tag()) || b.listItem() ? b.owner().parent() : b.owner();
            for (int level = 0; level < 5 && e != null; level++, e = e.parent()) {
                if (spans.of(e) == null) {
                    break;
                }
                double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
                Double current = scores.get(e);
                scores.put(e, (current == null ? initialScore(e) : current) + score / divider);
            }
        }
        Element top = null;
        double topScore = 0;
        for (Map.Entry<Element, Double> entry : scores.entrySet()) {
            double s = entry.getValue() * (1 - spans.linkDensity(entry.getKey()));
            // Ties go to the earlier element, so the outcome never depends on hash order.
            if (top == null || s > topScore
                    || (s == topScore && spans.of(entry.getKey()).pre < spans.of(top).pre)) {
                top = entry.getKey();
                topScore = s;
            }
        }
        if (top == null) {
            return new Result(List.of(), List.of(), furniture(blocks, List.of(), spans), List.of());
        }
        List<Element> regions = new ArrayList<>(regions(top, topScore, scores, spans, blocks));
        addChunks(top, regions, scores.keySet(), spans);
        return emit(blocks, regions, spans, title == null ? List.of() : Text.words(title));
    }

    /** Whether the block sits in furniture that holds well under half of the page's paragraph text. */
    private static boolean inSmallFurniture(Block b, Spans spans, long allGood) {
        for (Block.Context c = b.context(); c != null; c = c.outer()) {
            if (c.kind() == Boilerplate.Kind.QUOTE) {
                return false;
            }
            if (spans.good(c.element()) * 2 < allGood) {
                return true;
            }
        }
        return false;
    }

    private static double initialScore(Element e) {
        double s = switch (e.normalName()) {
            case "div", "article", "main", "section" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        return s + Boilerplate.classWeight(e);
    }

    /** The top candidate plus siblings that look like more of the same article. */
    private static List<Element> regions(Element top, double topScore, Map<Element, Double> scores, Spans spans,
                                         List<Block> blocks) {
        Element parent = top.parent();
        if (parent == null) {
            return List.of(top);
        }
        double threshold = Math.max(10, topScore * 0.2);
        List<Element> out = new ArrayList<>();
        for (Element sibling : parent.children()) {
            if (sibling == top) {
                out.add(sibling);
                continue;
            }
            BlockCollector.Span span = spans.of(sibling);
            if (span == null || span.firstBlock == span.endBlock) {
                continue;
            }
            double bonus = !top.className().isEmpty() && top.className().equals(sibling.className()) ? topScore * 0.2 : 0;
            Double s = scores.get(sibling);
            double score = (s == null ? 0 : s * (1 - spans.linkDensity(sibling))) + bonus;
            if (score >= threshold && Boilerplate.kind(sibling) == Boilerplate.Kind.NONE) {
                out.add(sibling);
            } else if (sibling.normalName().equals("p") && span.endBlock - span.firstBlock == 1) {
                Block b = blocks.get(span.firstBlock);
                double ld = b.linkDensity();
                String text = b.text();
                if ((text.length() > 80 && ld < 0.25)
                        || (!text.isEmpty() && ld == 0 && endsSentence(text))) {
                    out.add(sibling);
                }
            }
        }
        return out;
    }

    /**
     * Adds elements shaped like {@code top} (same tag and classes) elsewhere on the page: articles cut
     * into chunks around ads or "read more" breaks repeat their body container. (Looser matches, such as
     * one class set containing the other, pull in teaser boxes built from the same layout classes.)
     */
    private static void addChunks(Element top, List<Element> regions, Set<Element> candidates, Spans spans) {
        if (top.className().isBlank()) {
            return;
        }
        List<Element> alike = new ArrayList<>();
        for (Element e : candidates) {
            if (e != top && e.normalName().equals(top.normalName()) && e.className().equals(top.className())) {
                alike.add(e);
            }
        }
        // Page order, so that of two nested look-alikes the outer one is taken, whatever the hash order.
        alike.sort(Comparator.comparingInt(e -> spans.of(e).pre));
        // Regions never nest, so one lookup on each side of a candidate tells whether it overlaps any.
        TreeMap<Integer, BlockCollector.Span> taken = new TreeMap<>();
        for (Element r : regions) {
            taken.put(spans.of(r).pre, spans.of(r));
        }
        for (Element e : alike) {
            BlockCollector.Span s = spans.of(e);
            Map.Entry<Integer, BlockCollector.Span> before = taken.floorEntry(s.pre);
            Map.Entry<Integer, BlockCollector.Span> after = taken.higherEntry(s.pre);
            boolean overlaps = (before != null && (before.getKey() == s.pre || before.getValue().contains(s)))
                    || (after != null && s.contains(after.getValue()));
            long text = spans.text(e);
            if (!overlaps && text > 0 && spans.good(e) * 2 >= text && !Boilerplate.inBoilerplate(e)) {
                regions.add(e);
                taken.put(s.pre, s);
            }
        }
        regions.sort(Comparator.comparingInt(e -> spans.of(e).pre));
    }

    private static Result emit(List<Block> blocks, List<Element> regions, Spans spans, List<String> title) {
        List<String> paragraphs = new ArrayList<>();
        List<String> captions = new ArrayList<>();
        Set<String> removed = new LinkedHashSet<>();
        List<String> header = new ArrayList<>();
        int firstRegionBlock = spans.of(regions.get(0)).firstBlock;
        for (int i = Math.max(0, firstRegionBlock - 15); i < firstRegionBlock; i++) {
            if (blocks.get(i).text().length() < 150) {
                header.add(blocks.get(i).text());
            }
        }
        Sorter sorter = new Sorter(spans, title);
        for (Element region : regions) {
            BlockCollector.Span rs = spans.of(region);
            for (int i = rs.firstBlock; i < rs.endBlock; i++) {
                Block b = blocks.get(i);
                boolean beforeText = paragraphs.isEmpty();
                if (beforeText && b.text().length() < 150) {
                    header.add(b.text());
                }
                switch (sorter.judge(b, rs, beforeText)) {
                    case CAPTION -> captions.add(b.text());
                    case FURNITURE -> removed.add(b.text());
                    case BODY -> {
                        for (String line : b.text().split("\n")) {
                            boolean stamp = paragraphs.isEmpty() && (isMetaLine(line) || isDateline(line));
                            (stamp || isStock(line) ? removed : paragraphs).add(line);
                        }
                    }
                }
            }
        }
        removed.addAll(furniture(blocks, regions, spans));
        List<String> removedList = new ArrayList<>(removed);
        if (removedList.size() > MAX_REMOVED) {
            removedList = removedList.subList(0, MAX_REMOVED);
        }
        return new Result(paragraphs, captions, removedList, header);
    }

    /** Where a block of the chosen regions goes. */
    private enum Verdict { BODY, CAPTION, FURNITURE }

    /**
     * Judges the blocks of the chosen regions one by one, in page order. Holds the one piece of state
     * that spans blocks: whether we are inside a "related stories" run opened by a heading.
     */
    private static final class Sorter {
        private final Spans spans;
        private final List<String> title;
        private final Set<String> titleWords;
        private boolean inRelated;
        private Element lastLinkParent;
        /** The element around a related-stories heading, when it is a box of its own inside the region. */
        private BlockCollector.Span relatedBox;

        Sorter(Spans spans, List<String> title) {
            this.spans = spans;
            this.title = title;
            this.titleWords = new HashSet<>(title);
        }

        Verdict judge(Block b, BlockCollector.Span region, boolean beforeText) {
            String text = b.text();
            Boilerplate.Kind kind = contextWithin(b, region, spans);
            if (kind == Boilerplate.Kind.CAPTION) {
                return Verdict.CAPTION;
            }
            // A top-level heading before the text is the headline; later ones are section heads.
            if (kind == Boilerplate.Kind.BOILERPLATE || isTitle(b, beforeText) || (b.heading() == 1 && beforeText)
                    || (beforeText && (isMetaLine(text) || isDateline(text)))) {
                return Verdict.FURNITURE;
            }
            boolean heading = b.heading() > 0 || isShortBoldLine(b);
            boolean titleLike = heading || (text.length() < 60 && !b.listItem() && !endsSentence(text));
            if (titleLike && text.length() < 100 && RELATED_HEADING.matcher(text).matches()) {
                inRelated = true;
                lastLinkParent = null;
                Element box = b.owner().parent();
                BlockCollector.Span boxSpan = box == null ? null : spans.of(box);
                relatedBox = boxSpan != null && region.contains(boxSpan) ? boxSpan : null;
                return Verdict.FURNITURE;
            }
            if (inRelated && relatedBox != null) {
                // The heading has a box of its own: what is in it belongs to it (bar a long paragraph, in
                // case the box also wraps more of the story); the story resumes after it.
                BlockCollector.Span own = spans.of(b.owner());
                boolean longProse = text.length() >= 150 && b.linkDensity() < 0.2 && !b.listItem();
                if (own != null && (own == relatedBox || relatedBox.contains(own)) && !longProse) {
                    return Verdict.FURNITURE;
                }
                inRelated = false;
            }
            if (inRelated) {
                // Teasers pair a linked title with a summary in one box; a plain sentence outside the
                // box of the last link means the story has resumed.
                boolean teaserSummary = lastLinkParent != null && b.owner().parent() == lastLinkParent;
                boolean prose = !b.listItem() && ((text.length() >= 150 && b.linkDensity() < 0.2)
                        || (text.length() >= 80 && b.linkDensity() == 0 && endsSentence(text) && !teaserSummary));
                if (!prose && !(heading && b.linkDensity() < 0.5)) {
                    if (b.linkDensity() > 0.5) {
                        lastLinkParent = b.owner().parent();
                    }
                    return Verdict.FURNITURE;
                }
                inRelated = false;
            }
            if (b.linkDensity() > maxLinkDensity(b)) {
                return Verdict.FURNITURE;
            }
            if (isCredit(text)) {
                return Verdict.CAPTION;
            }
            return isStock(text) || isPrompt(text) ? Verdict.FURNITURE : Verdict.BODY;
        }

        /** The headline again, or before the text starts a variant of it. */
        private boolean isTitle(Block b, boolean beforeText) {
            String text = b.text();
            if (text.length() >= 300 || title.isEmpty()) {
                return false;
            }
            return Text.words(text).equals(title) || (beforeText && b.chars() < 200
                    && Tokenizer.wordCount(text) >= 3 && Text.coverage(text, titleWords) >= 0.7);
        }
    }

    /** Texts outside the chosen regions worth keeping a note of: block-level, not tiny. */
    private static List<String> furniture(List<Block> blocks, List<Element> regions, Spans spans) {
        List<String> out = new ArrayList<>();
        int r = 0;
        for (int i = 0; i < blocks.size() && out.size() < MAX_REMOVED; i++) {
            while (r < regions.size() && spans.of(regions.get(r)).endBlock <= i) {
                r++;
            }
            if (r < regions.size() && spans.of(regions.get(r)).firstBlock <= i) {
                continue;
            }
            String text = blocks.get(i).text();
            if (text.length() >= 20) {
                out.add(text);
            }
        }
        return out;
    }

    /** The kind of the innermost furniture/caption element around {@code b} that lies inside the region. */
    private static Boilerplate.Kind contextWithin(Block b, BlockCollector.Span region, Spans spans) {
        Boilerplate.Kind found = Boilerplate.Kind.NONE;
        for (Block.Context c = b.context(); c != null; c = c.outer()) {
            BlockCollector.Span s = spans.of(c.element());
            if (s == null || !region.contains(s)) {
                break;
            }
            if (c.kind() == Boilerplate.Kind.BOILERPLATE) {
                return Boilerplate.Kind.BOILERPLATE;
            }
            if (c.kind() == Boilerplate.Kind.QUOTE) {
                return found;
            }
            found = c.kind();
        }
        return found;
    }

    /**
     * Link density above which a block is a link list or teaser. Prose may carry more links: a long
     * paragraph or a whole sentence that links every name is still text, while link lists are short
     * titles without a full stop.
     */
    private static double maxLinkDensity(Block b) {
        String text = b.text();
        boolean sentence = text.length() > 150 || (Tokenizer.wordCount(text) >= 8 && endsSentence(text));
        return sentence ? 0.7 : 0.5;
    }

    private static boolean endsSentence(String text) {
        char last = text.charAt(text.length() - 1);
        return last == '.' || last == '!' || last == '?' || last == '"' || last == '”' || last == ':';
    }

    private static boolean isShortBoldLine(Block b) {
        if (b.text().length() > 80 || !b.tag().equals("p")) {
            return false;
        }
        Element only = b.owner().childrenSize() == 1 ? b.owner().child(0) : null;
        return only != null && (only.normalName().equals("strong") || only.normalName().equals("b"))
                && only.text().length() >= b.text().length() - 1;
    }

    /**
     * A short line with a year and another number (day or time) in it, before the text starts: a date or
     * "place, date" stamp. A year alone is more likely a headline ("Race calendar 2018").
     */
    static boolean isDateline(String text) {
        return text.length() < 80 && Tokenizer.wordCount(text) <= 10 && YEAR.matcher(text).find()
                && digitRuns(text) >= 2 && !endsSentence(text);
    }

    private static int digitRuns(String text) {
        int runs = 0;
        for (int i = 0; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i)) && (i == 0 || !Character.isDigit(text.charAt(i - 1)))) {
                runs++;
            }
        }
        return runs;
    }

    /** A short caption or credit line; a substring test keeps the regex off ordinary paragraphs. */
    static boolean isCredit(String text) {
        return text.length() < 250 && containsAny(text.toLowerCase(Locale.ROOT), CREDIT_HINTS)
                && CREDIT.matcher(text).find();
    }

    /** A line of publication details: two or more of "published", "by", "category", "tags" and kin. */
    static boolean isMetaLine(String text) {
        if (text.length() > 200) {
            return false;
        }
        java.util.regex.Matcher m = META_WORD.matcher(text);
        int hits = 0;
        while (m.find()) {
            hits++;
        }
        return hits >= 2;
    }

    static boolean isPrompt(String text) {
        if (text.length() > 300 || !containsAny(text.toLowerCase(Locale.ROOT), PROMPT_HINTS)) {
            return false;
        }
        java.util.regex.Matcher m = PROMPT_WORD.matcher(text);
        // An e-mail address counts as a call to action; the '@' test keeps the costly pattern off most text.
        int hits = text.indexOf('@') >= 0 && EMAIL.matcher(text).find() ? 1 : 0;
        while (m.find()) {
            hits++;
        }
        return hits >= 2;
    }

    private static boolean containsAny(String text, List<String> parts) {
        for (String part : parts) {
            if (text.contains(part)) {
                return true;
            }
        }
        return false;
    }

    static boolean isStock(String text) {
        if (text.length() > 150 || Tokenizer.wordCount(text) > MAX_WORDS_STOCK) {
            return false;
        }
        String t = text.strip();
        if (t.isEmpty()) {
            return true;
        }
        return STOCK.matcher(t).matches();
    }

    /** Per-element text sums over the block list, from prefix sums. */
    private record Spans(BlockCollector collector, long[] text, long[] link, long[] good) {
        BlockCollector.Span of(Element e) {
            return collector.span(e);
        }

        double linkDensity(Element e) {
            BlockCollector.Span s = of(e);
            long t = text[s.endBlock] - text[s.firstBlock];
            return t == 0 ? 0 : (double) (link[s.endBlock] - link[s.firstBlock]) / t;
        }

        long text(Element e) {
            BlockCollector.Span s = of(e);
            return s == null ? 0 : text[s.endBlock] - text[s.firstBlock];
        }

        long good(Element e) {
            BlockCollector.Span s = of(e);
            return s == null ? 0 : good[s.endBlock] - good[s.firstBlock];
        }
    }
}
