package dev.chorus.extract;

import dev.chorus.model.Article;
import dev.chorus.model.Metadata;
import dev.chorus.model.Source;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cleans article text that was scraped without markup: finds the headline, standfirst and body paragraphs and
 * takes out captions, ads, prompts, metadata lines, duplicated lines and the site chrome around the article.
 *
 * <p>Every line or block that is taken out is kept: captions and photo credits in {@link Article#captions()},
 * the headline in the metadata, everything else in {@link Article#removed()} in input order.
 *
 * <p>The work is done in passes over "units" (one paragraph, list item or short line each):
 * <ol>
 *   <li>normalise whitespace and split into units (blank lines separate blocks; inside a block, lines are joined
 *       unless they look like separate items: bullets, numbers, short heading-like lines);</li>
 *   <li>split metadata glued to the start of a unit ("date 2020-12-29 Lead sentence...", "MOSCOW (Reuters) - ...")
 *       and strip ad markers inside lines;</li>
 *   <li>classify each unit on its own (ads, captions, credits, bylines, date stamps, prompts, copyright);</li>
 *   <li>find the headline among the first units (a hint title is looked for first); what precedes it is page
 *       header, and one- to three-word lines between it and the lead are furniture (outlet, section, place);</li>
 *   <li>grow subscription prompts into whole prompt blocks;</li>
 *   <li>find where the article ends: section labels followed only by teasers/lists, trailing runs of short lines;</li>
 *   <li>remove video links and the teaser headlines that follow a "Related"/"Read more" label in the body;</li>
 *   <li>drop units repeating an earlier unit (or the headline);</li>
 *   <li>take the standfirst as description.</li>
 * </ol>
 * When the text has no headline line and the hints no title, the title stays unknown (null) rather than
 * made up from the lead, which the body keeps. The publication date comes only from an explicitly labelled
 * stamp ("date", "Published", "Posted on") among the first units; unlabelled dates, "today's date" widgets and
 * "Updated" stamps are removed but never used.
 * All decisions use generic features (length, sentence punctuation, position, numbering) and the small English
 * lexicons in {@link TextCleanerLexicon}. Instances are stateless and thread-safe; the cost is linear in the input.
 */
public final class TextCleaner {

    /** Lines longer than this are never treated as captions, prompts or labels: they are prose. */
    private static final int MAX_FURNITURE_CHARS = 400;
    /** A block with a line longer than this is not hard-wrapped: each line is a paragraph. */
    private static final int UNWRAPPED_WIDTH = 110;
    /** How many units from the top may be page header before the headline. */
    private static final int HEADER_WINDOW = 8;
    /** How many units from the top count as "near the top" for a labelled publication date. */
    private static final int PUBLISHED_WINDOW = 12;

    private static final Pattern BULLET = Pattern.compile("^(?:[\u2022\u00b7\u25aa\u25ab\u25e6\u2023\u2043\u25cf\u25cb\u25a0\u25a1"
            + "\u25ba\u25b6\u2713\u2714\u2192\u00bb*+\u2013\u2014]|-{1,2})\\s+");
    private static final Pattern NUMBERED = Pattern.compile("^\\(?\\d{1,3}[.)]\\s+\\S");
    private static final Pattern STAMP_SEPARATOR = Pattern.compile("[|\u2022\u00b7/]|\\s[\u2013\u2014-]\\s|,\\s\\d");

    private enum Fate { BODY, TITLE, CAPTION, REMOVED }

    /** One paragraph, list item or line of the input, with what the cleaner decided about it. */
    private static final class Unit {
        String text;
        final boolean bullet;
        final boolean numbered;
        final int block;
        Fate fate = Fate.BODY;
        /** Set on metadata units carrying an explicitly labelled publication date. */
        LocalDate published;
        /** Set on bylines. */
        List<String> authors = List.of();
        /** A section label that may mark the start of the page tail. */
        boolean tailLabel;

        Unit(String text, boolean bullet, boolean numbered, int block) {
            this.text = text;
            this.bullet = bullet;
            this.numbered = numbered;
            this.block = block;
        }

        boolean body() {
            return fate == Fate.BODY;
        }

        @Override
        public String toString() {
            return fate + ":" + text;
        }
    }

    /** Cleans the body of a {@link Source.Kind#TEXT} source, with the source's own metadata as hints. */
    public Article clean(Source source) {
        return clean(source.id(), source.body(), source.metadata());
    }

    /**
     * Cleans one scraped text.
     *
     * @param id    the article id
     * @param text  the scraped text (any line endings)
     * @param hints what is already known about the article; its non-null fields win over what the text says
     */
    public Article clean(String id, String text, Metadata hints) {
        Metadata known = hints == null ? Metadata.EMPTY : hints;
        List<Unit> units = splitUnits(normalise(text == null ? "" : text));
        units = splitGlued(units);
        for (Unit u : units) {
            classify(u);
        }
        String title = findTitle(units, known.title());
        removeShortLinesBeforeLead(units);
        removeSiteNotices(units);
        growPromptBlocks(units);
        cutTail(units);
        removeLabelledTeasers(units);
        removeDuplicates(units, title);
        String description = findStandfirst(units);

        LocalDate published = null;
        List<String> authors = List.of();
        int seen = 0;
        for (Unit u : units) {
            if (seen++ < PUBLISHED_WINDOW && published == null && u.published != null) {
                published = u.published;
            }
            if (authors.isEmpty() && !u.authors.isEmpty()) {
                authors = u.authors;
            }
        }

        List<String> paragraphs = new ArrayList<>();
        List<String> captions = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        for (Unit u : units) {
            switch (u.fate) {
                case BODY -> paragraphs.add(u.text);
                case CAPTION -> captions.add(u.text);
                case REMOVED -> removed.add(u.text);
                case TITLE -> {
                    if (known.title() != null && !key(known.title()).contains(key(u.text))) {
                        removed.add(u.text);
                    }
                }
            }
        }
        Metadata found = new Metadata(title, authors, published, null, null, null, description, null);
        return new Article(id, known.orElse(found), paragraphs, captions, removed);
    }

    // ---- 1. normalising and splitting ---------------------------------------------------------------------

    /** An HTML character reference with its semicolon: "&amp;", "&#124;", "&#x2014;". */
    private static final Pattern CHARACTER_REFERENCE = Pattern.compile("&(?:[A-Za-z][A-Za-z0-9]{1,9}|#\\d{1,7}|#[xX][0-9a-fA-F]{1,6});");

    /**
     * Unifies line endings and spaces: CRLF/CR to LF, NBSP, tabs and other spaces to one space, no zero-width
     * characters; and decodes HTML character references, which text scraped from pages often keeps ("AT&amp;T").
     */
    static String normalise(String s) {
        if (s.indexOf('&') >= 0) {
            s = CHARACTER_REFERENCE.matcher(s).replaceAll(m -> Matcher.quoteReplacement(
                    org.jsoup.parser.Parser.unescapeEntities(m.group(), false)));
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\r') {
                b.append('\n');
                if (i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                    i++;
                }
            } else if (c == '\u2028' || c == '\u2029' || c == '\u000b' || c == '\f' || c == '\u0085') {
                b.append('\n');
            } else if (c == '\t' || c == '\u00a0' || c == '\u1680' || (c >= '\u2000' && c <= '\u200a')
                    || c == '\u202f' || c == '\u205f' || c == '\u3000') {
                b.append(' ');
            } else if (c == '\u200b' || c == '\u200c' || c == '\u200d' || c == '\u2060' || c == '\ufeff'
                    || c == '\u00ad') {
                // zero-width characters and soft hyphens carry nothing
            } else if (c < ' ' && c != '\n') {
                b.append(' ');
            } else {
                b.append(c);
            }
        }
        // collapse runs of spaces and trim each line
        StringBuilder out = new StringBuilder(b.length());
        for (String line : b.toString().split("\n", -1)) {
            out.append(collapseSpaces(line)).append('\n');
        }
        return out.toString();
    }

    private static String collapseSpaces(String line) {
        StringBuilder b = new StringBuilder(line.length());
        boolean space = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == ' ') {
                space = true;
            } else {
                if (space && !b.isEmpty()) {
                    b.append(' ');
                }
                space = false;
                b.append(c);
            }
        }
        return b.toString();
    }

    private static List<Unit> splitUnits(String text) {
        List<Unit> units = new ArrayList<>();
        List<String> block = new ArrayList<>();
        int blockNo = 0;
        for (String line : text.split("\n", -1)) {
            if (line.isEmpty()) {
                if (!block.isEmpty()) {
                    splitBlock(block, blockNo++, units);
                    block.clear();
                }
            } else {
                block.add(line);
            }
        }
        if (!block.isEmpty()) {
            splitBlock(block, blockNo, units);
        }
        return units;
    }

    /** Joins the lines of one block into paragraphs, keeping list items and short heading-like lines apart. */
    private static void splitBlock(List<String> lines, int blockNo, List<Unit> out) {
        int maxLen = 0;
        boolean allUpper = lines.size() >= 3;
        for (int i = 0; i < lines.size(); i++) {
            maxLen = Math.max(maxLen, lines.get(i).length());
            allUpper &= i == 0 || startsUpper(lines.get(i));
        }
        // a column of short capitalised lines is a list of items, not a hard-wrapped paragraph
        int width = allUpper ? Integer.MAX_VALUE : maxLen;
        StringBuilder cur = null;
        Unit curUnit = null;
        boolean curItem = false;
        String prev = null;
        for (String raw : lines) {
            Matcher bm = BULLET.matcher(raw);
            boolean bullet = bm.find();
            String line = bullet ? raw.substring(bm.end()) : raw;
            boolean numbered = !bullet && NUMBERED.matcher(raw).find();
            boolean item = bullet || numbered;
            boolean join = cur != null && !item && !curItem && !separateLines(prev, line, maxLen, width);
            if (join) {
                if (prev.endsWith("-") && prev.length() > 1 && Character.isLetter(prev.charAt(prev.length() - 2))
                        && Character.isLowerCase(line.charAt(0))) {
                    cur.append(line);
                } else {
                    cur.append(' ').append(line);
                }
            } else {
                if (curUnit != null) {
                    curUnit.text = cur.toString();
                }
                cur = new StringBuilder(line);
                curUnit = new Unit(line, bullet, numbered, blockNo);
                out.add(curUnit);
            }
            curItem = item;
            prev = line;
        }
        if (curUnit != null) {
            curUnit.text = cur.toString();
        }
    }

    /** Whether two consecutive lines of a block are separate items rather than one hard-wrapped paragraph. */
    private static boolean separateLines(String prev, String line, int maxLen, int width) {
        boolean nextUpper = startsUpper(line);
        boolean prevEnds = endsSentence(prev);
        if (maxLen > UNWRAPPED_WIDTH) {
            // lines longer than any hard-wrap width: one paragraph per line, unless a sentence clearly continues
            return prevEnds || !startsLower(line);
        }
        // a short line is an item of its own; a mid-length one only when clearly shorter than the wrap width
        if (!prevEnds && nextUpper && words(prev) <= 10 && (prev.length() < 35 || prev.length() < 60 && prev.length() < 0.8 * width)) {
            return true; // heading, menu item or label line
        }
        if (prevEnds && nextUpper && prev.length() < 0.6 * maxLen) {
            return true; // a paragraph ended on a short line: the next line starts another one
        }
        return false;
    }

    // ---- 2. glued metadata and inline ad markers ------------------------------------------------------------

    private static List<Unit> splitGlued(List<Unit> units) {
        List<Unit> out = new ArrayList<>(units.size() + 4);
        for (Unit u : units) {
            // ad markers inside a line ("[ad_1]"), then player, picture and sign-up furniture glued into prose
            if (!cutOut(u, TextCleanerLexicon.AD_TOKEN, out) || !cutInlineFurniture(u, out)) {
                continue;
            }
            String t = u.text;
            int cut = gluedMetadataEnd(t);
            if (cut > 0 && cut < t.length()) {
                String meta = t.substring(0, cut).strip();
                String prose = t.substring(cut).strip();
                if (words(prose) >= 4) {
                    Unit m = new Unit(meta, false, false, u.block);
                    if (TextCleanerLexicon.PUBLISHED_LABEL.matcher(meta).lookingAt()) {
                        isMetadata(m); // records a labelled publication date
                    }
                    m.fate = Fate.REMOVED;
                    out.add(m);
                    out.add(new Unit(prose, u.bullet, u.numbered, u.block));
                    continue;
                }
            }
            splitAtInnerDatelines(u, out);
        }
        return out;
    }

    /**
     * Cuts every match of {@code pattern} out of {@code u}, each added to {@code out} as a removed unit (a line
     * that was nothing else stays one removed unit); false when nothing of {@code u} is left.
     */
    /**
     * Cuts every kind of {@link TextCleanerLexicon#INLINE_FURNITURE} the unit may hold, in the lexicon's order;
     * false when nothing is left of it.
     */
    private static boolean cutInlineFurniture(Unit u, List<Unit> out) {
        String lower = u.text.toLowerCase(Locale.ROOT);
        for (TextCleanerLexicon.InlineFurniture furniture : TextCleanerLexicon.INLINE_FURNITURE) {
            if (furniture.mayBeIn(lower)) {
                String before = u.text;
                if (!cutOut(u, furniture.pattern(), out)) {
                    return false;
                }
                if (!u.text.equals(before)) {
                    lower = u.text.toLowerCase(Locale.ROOT);
                }
            }
        }
        return true;
    }

    private static boolean cutOut(Unit u, Pattern pattern, List<Unit> out) {
        Matcher m = pattern.matcher(u.text);
        if (!m.find()) {
            return true;
        }
        List<String> cut = new ArrayList<>();
        StringBuilder rest = new StringBuilder();
        int from = 0;
        do {
            cut.add(u.text.substring(m.start(), m.end()));
            rest.append(u.text, from, m.start()).append(' ');
            from = m.end();
        } while (m.find());
        rest.append(u.text.substring(from));
        String left = rest.toString().strip().replaceAll(" {2,}", " ");
        for (String text : left.isEmpty() ? List.of(u.text) : cut) {
            Unit removed = new Unit(text, false, false, u.block);
            removed.fate = Fate.REMOVED;
            out.add(removed);
        }
        u.text = left;
        return !left.isEmpty();
    }

    /**
     * Adds {@code u} to {@code out}, cut before each agency dateline inside it ({@link
     * TextCleanerLexicon#INNER_DATELINE}): what precedes is a unit of its own (most often captions, classified as
     * any unit is), the dateline is removed, the article goes on after it.
     */
    private static void splitAtInnerDatelines(Unit u, List<Unit> out) {
        Matcher dm = TextCleanerLexicon.INNER_DATELINE.matcher(u.text);
        while (dm.find()) {
            String before = u.text.substring(0, dm.start()).strip();
            String prose = u.text.substring(dm.end()).strip();
            if (words(prose) < 4 || before.isEmpty()) {
                continue;
            }
            out.add(new Unit(before, u.bullet, u.numbered, u.block));
            Unit dateline = new Unit(u.text.substring(dm.start(), dm.end()).strip(), false, false, u.block);
            dateline.fate = Fate.REMOVED;
            out.add(dateline);
            u = new Unit(prose, false, false, u.block);
            dm = TextCleanerLexicon.INNER_DATELINE.matcher(u.text);
        }
        out.add(u);
    }

    /**
     * Length of a metadata prefix glued to prose: a labelled or unlabelled date stamp
     * ("date 2020-12-29 ", "Published 29 Dec 2020 10:00 "), or an agency dateline ("MOSCOW (Reuters) - ").
     * Zero when there is none.
     */
    private static int gluedMetadataEnd(String t) {
        Matcher lm = TextCleanerLexicon.PUBLISHED_LABEL.matcher(t);
        int from = -1;
        if (lm.lookingAt()) {
            from = lm.end();
        } else {
            Matcher um = TextCleanerLexicon.UPDATED_LABEL.matcher(t);
            if (um.lookingAt()) {
                from = um.end();
            }
        }
        if (from >= 0) {
            Optional<DateParser.Match> m = DateParser.DEFAULT.matchAt(t, from);
            if (m.isPresent()) {
                int end = DateParser.skipTime(t, m.get().end());
                return nextProseStart(t, end);
            }
            return 0;
        }
        Matcher dm = TextCleanerLexicon.DATELINE.matcher(t);
        if (dm.lookingAt() && words(t.substring(0, dm.end())) <= 6) {
            return dm.end();
        }
        return 0;
    }

    private static int nextProseStart(String t, int end) {
        int i = end;
        while (i < t.length() && (t.charAt(i) == ' ' || t.charAt(i) == '|' || t.charAt(i) == '-'
                || t.charAt(i) == '\u2013' || t.charAt(i) == '\u2014' || t.charAt(i) == ':')) {
            i++;
        }
        return i < t.length() && (Character.isUpperCase(t.charAt(i)) || isOpenQuote(t.charAt(i))
                || Character.isDigit(t.charAt(i))) ? i : 0;
    }

    // ---- 3. classifying units on their own ------------------------------------------------------------------

    private static void classify(Unit u) {
        if (!u.body()) {
            return;
        }
        String t = u.text;
        if (t.length() > MAX_FURNITURE_CHARS) {
            return; // long blocks are prose
        }
        if (TextCleanerLexicon.AD_LINE.matcher(t).matches()) {
            u.fate = Fate.REMOVED;
            return;
        }
        if (TextCleanerLexicon.SOURCE_LINE.matcher(t).matches() && !(Character.isUpperCase(t.charAt(0)) && INITIALS.matcher(t).lookingAt())) {
            u.fate = Fate.REMOVED;
            return;
        }
        boolean caption = isCaption(t) || isPhotoCopyright(t);
        if (!caption && TextCleanerLexicon.COPYRIGHT.matcher(t).find()) {
            u.fate = Fate.REMOVED;
            return;
        }
        if (caption) {
            u.fate = Fate.CAPTION;
            return;
        }
        if (isMetadata(u)) {
            u.fate = Fate.REMOVED;
            return;
        }
        if (TextCleanerLexicon.PROMPT.matcher(t).matches() || t.length() <= 80 && TextCleanerLexicon.NAV_LABEL.matcher(t).matches()
                || t.length() <= 120 && words(t) <= 12 && !endsSentence(t)
                && TextCleanerLexicon.BREADCRUMB.matcher(t).matches() && breadcrumbSegmentsShort(t)) {
            u.fate = Fate.REMOVED;
            return;
        }
        if (TextCleanerLexicon.TAIL_LABEL.matcher(t).matches()) {
            u.tailLabel = true;
        }
    }

    private static final Pattern REPORTING_VERB = Pattern.compile("\\b(?:said|says|told|added|according to|reported|announced)\\b");
    private static final Pattern INITIALS = Pattern.compile("^[A-Za-z]{2,4}(?:/[A-Za-z]{2,4}){1,3}(?:\\s?\\([^()]{1,60}\\))?$");
    private static final Pattern YEAR = Pattern.compile("\\b(?:19|20)\\d{2}\\b");

    /** "\u00a9 Agency / Name": a short credit line without a year or rights notice is a photo credit, not a footer. */
    private static boolean isPhotoCopyright(String t) {
        return t.startsWith("\u00a9") && words(t) <= 8 && !YEAR.matcher(t).find()
                && !t.toLowerCase(Locale.ROOT).contains("rights");
    }

    /** Every segment of a breadcrumb trail has at most three words. */
    private static boolean breadcrumbSegmentsShort(String t) {
        for (String seg : t.split("[\u00bb\u203a>/|]")) {
            if (words(seg) > 3) {
                return false;
            }
        }
        return true;
    }

    /** A line that describes an image or credits a photo. */
    static boolean isCaption(String t) {
        if (t.length() > MAX_FURNITURE_CHARS || !mayBeCaption(t)) {
            return false;
        }
        Matcher strong = TextCleanerLexicon.CAPTION_STRONG.matcher(t);
        if (strong.find()) {
            // in a long line the credit must open or close it; in the middle it is more likely prose
            if (words(t) < 20) {
                return true;
            }
            do {
                if (strong.start() < 15 || strong.start() >= t.length() - 80) {
                    return true;
                }
            } while (strong.find());
        }
        Matcher b = TextCleanerLexicon.TRAILING_BRACKET.matcher(t);
        if (b.find()) {
            String inside = b.group(1);
            // "[Ministry via AFP]", "(Photo: site.org)", "(Reuters)" but not a bracketed aside in a sentence
            if (REPORTING_VERB.matcher(t).find()) {
                return false; // "..., the company said (AP)": attributed prose, not a picture
            }
            return TextCleanerLexicon.CREDIT_WORD.matcher(inside).find()
                    && !endsSentence(t.substring(0, b.start()).strip())
                    || TextCleanerLexicon.CREDIT_WORD.matcher(inside).find() && words(inside) <= 4
                    && t.substring(0, b.start()).strip().endsWith(".") && !looksQuoted(t);
        }
        return false;
    }

    /** Literal fragments one of which every caption pattern contains; a cheap filter before the regexes. */
    private static final String[] CAPTION_HINTS = {"(", "[", "/", ":", "\u00a9", "Getty", "CREDIT", "EDITORS", "IMAGE",
            "andout", "ANDOUT", "PHOTO", "File photo", "hoto", "ourtesy", "Shutterstock", "Alamy", "via ", "caption", "source"};

    private static boolean mayBeCaption(String t) {
        for (String h : CAPTION_HINTS) {
            if (t.contains(h)) {
                return true;
            }
        }
        return false;
    }

    /** Bylines, date stamps, "Updated ..." lines, weekday and clock lines. Records dates and authors. */
    private static boolean isMetadata(Unit u) {
        String t = u.text;
        if (t.length() > 160) {
            return false;
        }
        Matcher by = TextCleanerLexicon.BYLINE.matcher(t);
        if (by.matches() && words(t) <= 16) {
            u.authors = splitAuthors(by.group(1));
            return true;
        }
        if (TextCleanerLexicon.RELATIVE_STAMP.matcher(t).find() && words(t) <= 8) {
            return true;
        }
        if (TextCleanerLexicon.WEEKDAY_LINE.matcher(t).matches()) {
            return true;
        }
        Matcher um = TextCleanerLexicon.UPDATED_LABEL.matcher(t);
        if (um.lookingAt() && DateParser.DEFAULT.matchAt(t, um.end()).isPresent() && words(t) <= 12) {
            return true; // never a publication date
        }
        Matcher lm = TextCleanerLexicon.PUBLISHED_LABEL.matcher(t);
        if (lm.lookingAt() && lm.end() > 0) {
            Optional<DateParser.Match> m = DateParser.DEFAULT.matchAt(t, lm.end());
            if (m.isPresent() && words(t) <= 14) {
                u.published = m.get().date();
                // "Posted on March 4, 2024 by Tom Reyes"
                String rest = t.substring(DateParser.skipTime(t, m.get().end())).strip();
                Matcher pb = TextCleanerLexicon.BYLINE.matcher(rest.isEmpty() ? rest : Character.toUpperCase(rest.charAt(0)) + rest.substring(1));
                if (pb.matches()) {
                    u.authors = splitAuthors(pb.group(1));
                }
                return true;
            }
        }
        // an unlabelled date (maybe with a time): a "today's date" widget or a stamp; never a publication date
        if (DateParser.parse(t).isPresent()) {
            return true;
        }
        // a stamp such as "Jane Doe | 29 December 2020" or "29 Dec 2020, 14:05": a date and at most four other words
        Optional<DateParser.Match> m = words(t) <= 12 ? DateParser.find(t) : Optional.empty();
        if (m.isPresent() && !endsSentence(t) && !startsLower(t)) {
            String rest = t.substring(0, m.get().start()) + " " + t.substring(DateParser.skipTime(t, m.get().end()));
            return words(rest) <= 4 && (words(rest) <= 1 || STAMP_SEPARATOR.matcher(t).find());
        }
        return false;
    }

    private static List<String> splitAuthors(String names) {
        List<String> out = new ArrayList<>();
        for (String n : names.split(",\\s?|\\s(?:and|&)\\s")) {
            String s = n.strip();
            if (!s.isEmpty() && !TextCleanerLexicon.ROLE.matcher(s).find()) {
                out.add(s);
            }
        }
        return out;
    }

    // ---- 4. headline and page header -----------------------------------------------------------------------

    /**
     * Finds the headline among the first units: the first headline-like unit, provided only page header
     * (short lines, dates, menu items, metadata) comes before it. Units before it become removed header.
     *
     * @return the headline text, or null
     */
    private static String findTitle(List<Unit> units, String hintTitle) {
        int limit = Math.min(units.size(), HEADER_WINDOW);
        if (hintTitle != null) {
            // the known headline, possibly with the outlet name appended ("Headline | Outlet")
            String hk = key(hintTitle);
            for (int i = 0; i < limit; i++) {
                Unit u = units.get(i);
                String k = key(u.text);
                if (u.body() && k.length() >= 10 && (hk.equals(k) || hk.startsWith(k) && words(u.text) >= 3)) {
                    return takeTitle(units, i);
                }
            }
        }
        for (int i = 0; i < limit; i++) {
            Unit u = units.get(i);
            if (!u.body()) {
                continue;
            }
            if (looksLikeHeadline(u)) {
                return takeTitle(units, i);
            }
            if (!isHeaderLine(u)) {
                return null; // prose came first: no headline in the text
            }
        }
        return null;
    }

    /**
     * Between the headline and the first prose paragraph, lines of at most three words without sentence punctuation
     * are page furniture (outlet name, section, place name, "Share"), not subheadings: an article does not open
     * with a subheading.
     */
    private static void removeShortLinesBeforeLead(List<Unit> units) {
        int titleAt = -1;
        for (int i = 0; i < units.size() && i < HEADER_WINDOW; i++) {
            if (units.get(i).fate == Fate.TITLE) {
                titleAt = i;
                break;
            }
        }
        if (titleAt < 0) {
            return;
        }
        for (int i = titleAt + 1; i < units.size() && i <= titleAt + HEADER_WINDOW; i++) {
            Unit u = units.get(i);
            if (!u.body()) {
                continue;
            }
            if (isProse(u.text) || u.bullet || u.numbered || endsSentence(u.text)) {
                return;
            }
            if (words(u.text) <= 3 || looksLikeNameLine(u.text)) {
                u.fate = Fate.REMOVED;
            }
        }
    }

    private static final Set<String> NAME_LINKS = Set.of("in", "at", "and", "&", "for", "from", "de", "van", "von", "al");

    /** "Jane Doe in Moscow", "Ivo Grant and Mia Sol": capitalised names, optionally with a place, up to six words. */
    private static boolean looksLikeNameLine(String t) {
        String[] ws = t.split(" ");
        if (ws.length < 2 || ws.length > 6) {
            return false;
        }
        for (String w : ws) {
            if (w.isEmpty() || !Character.isUpperCase(w.charAt(0)) && !NAME_LINKS.contains(w)) {
                return false;
            }
        }
        return !FUNCTION_WORDS.contains(ws[0].toLowerCase(Locale.ROOT));
    }

    /** Marks unit {@code i} as the headline and the body units above it as page header. */
    private static String takeTitle(List<Unit> units, int i) {
        for (int j = 0; j < i; j++) {
            if (units.get(j).body()) {
                units.get(j).fate = Fate.REMOVED;
            }
        }
        units.get(i).fate = Fate.TITLE;
        return units.get(i).text;
    }

    /** Words in {@code t} outside its first date, or -1 when it has no date. */
    private static int wordsBesideDate(String t) {
        Optional<DateParser.Match> m = DateParser.find(t);
        if (m.isEmpty()) {
            return -1;
        }
        return words(t.substring(0, m.get().start()) + " " + t.substring(DateParser.skipTime(t, m.get().end())));
    }

    private static boolean looksLikeHeadline(Unit u) {
        String t = u.text;
        int w = words(t);
        return !u.bullet && !u.numbered && w >= 3 && w <= 30 && t.length() <= 200
                && !t.endsWith(".") && !t.endsWith(",") && !t.endsWith(":") && !t.endsWith(";")
                && (startsUpper(t) || isOpenQuote(t.charAt(0)) || Character.isDigit(t.charAt(0)))
                && !u.tailLabel && !looksLikeMenu(t) && !(wordsBesideDate(t) >= 0 && wordsBesideDate(t) <= 3);
    }

    /** Short page-header lines that may precede the headline: section names, menu items, weekday, date. */
    private static boolean isHeaderLine(Unit u) {
        return words(u.text) <= 3 && !endsSentence(u.text) || u.tailLabel || looksLikeMenu(u.text)
                || !endsSentence(u.text) && wordsBesideDate(u.text) >= 0 && wordsBesideDate(u.text) <= 3;
    }

    private static final Set<String> FUNCTION_WORDS = Set.of("the", "a", "an", "of", "to", "in", "on", "for", "and", "or",
            "with", "at", "by", "from", "as", "is", "are", "was", "be", "after", "over", "into", "amid", "says", "say",
            "will", "not", "but", "its", "his", "her", "their", "new", "up", "out", "off", "than", "this", "that");

    /**
     * A one-line navigation menu: items separated by bars or dots ("World | Business | Sport"), or six or more
     * capitalised words without a single function word ("News Sport Weather Business Culture Travel").
     */
    static boolean looksLikeMenu(String t) {
        if (endsSentence(t)) {
            return false;
        }
        int separators = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '|' || c == '\u2022' || c == '\u00b7') {
                separators++;
            }
        }
        if (separators >= 2) {
            return true;
        }
        String[] ws = t.split(" ");
        if (ws.length < 6) {
            return false;
        }
        for (String w : ws) {
            if (w.isEmpty() || !Character.isUpperCase(w.charAt(0)) && !w.equals("&")
                    || FUNCTION_WORDS.contains(w.toLowerCase(Locale.ROOT)) || w.endsWith(",") || w.endsWith(":")) {
                return false;
            }
        }
        return true;
    }

    /** How far into a paragraph a site notice must start for the whole paragraph to be taken as one. */
    private static final int NOTICE_OPENING_CHARS = 200;

    /** Paragraphs opening with a site notice ({@link TextCleanerLexicon#SITE_NOTICE}) are page furniture. */
    private static void removeSiteNotices(List<Unit> units) {
        for (Unit u : units) {
            if (u.body()) {
                String opening = u.text.substring(0, Math.min(u.text.length(), NOTICE_OPENING_CHARS));
                if (TextCleanerLexicon.SITE_NOTICE.matcher(opening).find()) {
                    u.fate = Fate.REMOVED;
                }
            }
        }
    }

    // ---- 5. prompt blocks -----------------------------------------------------------------------------------

    /**
     * A subscription or newsletter prompt is usually several short lines ("Read and decide", "Join X today",
     * "... free trial", "... or subscribe"). Lines with prompt phrases are removed together with the short,
     * non-sentence lines next to them (up to three on each side).
     */
    private static void growPromptBlocks(List<Unit> units) {
        int n = units.size();
        boolean[] prompt = new boolean[n];
        for (int i = 0; i < n; i++) {
            Unit u = units.get(i);
            String t = u.text;
            prompt[i] = (u.body() || u.fate == Fate.REMOVED) && t.length() <= 240 && words(t) <= 35
                    && TextCleanerLexicon.SUBSCRIPTION.matcher(t).find()
                    && (u.fate == Fate.REMOVED || !looksQuoted(t)
                        && (shortNonSentence(t) || TextCleanerLexicon.PROMPT_CUE.matcher(t).find()));
        }
        for (int i = 0; i < n; i++) {
            if (!prompt[i]) {
                continue;
            }
            units.get(i).fate = Fate.REMOVED;
            for (int dir = -1; dir <= 1; dir += 2) {
                int j = i + dir;
                int steps = 0;
                while (j >= 0 && j < n && steps < 3) {
                    Unit v = units.get(j);
                    if (prompt[j] || v.fate == Fate.CAPTION || v.fate == Fate.TITLE) {
                        break;
                    }
                    boolean sameBlock = v.block == units.get(i).block && words(v.text) <= 25
                            && TextCleanerLexicon.PROMPT_CUE.matcher(v.text).find();
                    if (v.body() && !shortNonSentence(v.text) && !sameBlock) {
                        break;
                    }
                    if (dir > 0 && v.body() && !sameBlock && j + 1 < n && units.get(j + 1).body()
                            && isProse(units.get(j + 1).text)) {
                        break; // a subheading introducing the next paragraph, not part of the prompt
                    }
                    v.fate = v.body() ? Fate.REMOVED : v.fate;
                    j += dir;
                    steps++;
                }
            }
        }
    }

    // ---- 6. tail of the page --------------------------------------------------------------------------------

    /**
     * Finds where the article ends and removes what follows: (a) from the first section label after the body
     * when nothing after it looks like article prose (two prose paragraphs in a row), together with teaser
     * pairs (heading + one paragraph) just before it when the tail itself consists of such pairs; (b) a
     * trailing run of list items and short lines at the end.
     */
    private static void cutTail(List<Unit> units) {
        // body units, plus navigation labels already removed on their own: they still mark where chrome starts
        List<Integer> body = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            Unit u = units.get(i);
            if (u.body() || u.fate == Fate.REMOVED && isNavLabel(u.text)) {
                body.add(i);
            }
        }
        int m = body.size();
        if (m < 3) {
            return;
        }
        // suffix facts, so that the scan below stays linear: is there a prose run / chrome from index k on?
        boolean[] proseRunFrom = new boolean[m + 1];
        boolean[] chromeFrom = new boolean[m + 1];
        int[] shortFrom = new int[m + 1];
        boolean[] teaserFrom = new boolean[m + 1];
        for (int k = m - 1; k >= 0; k--) {
            Unit a = units.get(body.get(k));
            Unit b = k + 1 < m ? units.get(body.get(k + 1)) : null;
            Unit c = k + 2 < m ? units.get(body.get(k + 2)) : null;
            boolean run = b != null && !a.bullet && !a.numbered && !b.bullet && !b.numbered
                    && isProse(a.text) && isProse(b.text);
            proseRunFrom[k] = run || proseRunFrom[k + 1];
            chromeFrom[k] = isLabel(a) || a.numbered || a.bullet || chromeFrom[k + 1];
            shortFrom[k] = (shortNonSentence(a.text) ? 1 : 0) + shortFrom[k + 1];
            boolean teaser = b != null && isHeading(a) && isProse(b.text)
                    && (c == null || isHeading(c) || isLabel(c) || c.numbered);
            teaserFrom[k] = teaser || teaserFrom[k + 1];
        }
        int cut = m; // index into body
        int proseBefore = 0;
        for (int k = 0; k < m; k++) {
            Unit u = units.get(body.get(k));
            // a weak label ("Opinion", "Analysis") may be a subheading: it ends the article only when chrome follows
            if (proseBefore >= 2 && TextCleanerLexicon.END_MARKER.matcher(u.text).matches()) {
                cut = k; // "###", "-ends-": the release is over
                break;
            }
            if (isLabel(u) && proseBefore >= 2 && !proseRunFrom[k + 1]
                    && (!u.tailLabel || k + 1 == m || chromeFrom[k + 1] || shortFrom[k + 1] >= 2 || teaserFrom[k + 1])) {
                cut = k;
                break;
            }
            if (isProse(u.text)) {
                proseBefore++;
            }
        }
        if (cut < m && teaserFrom[cut + 1]) {
            // teaser units right before the label: heading + a single paragraph
            while (cut >= 3 && isProse(units.get(body.get(cut - 1)).text)
                    && isHeading(units.get(body.get(cut - 2)))
                    && !isHeading(units.get(body.get(cut - 3))) && proseBefore > 3) {
                cut -= 2;
                proseBefore--;
            }
        }
        // trailing run of list items and short lines
        int end = cut;
        int runStart = end;
        boolean strong = false;
        int numbered = 0;
        while (runStart > 0) {
            Unit u = units.get(body.get(runStart - 1));
            if ((u.numbered || u.bullet) && !u.text.endsWith(".")) {
                numbered += u.numbered ? 1 : 0;
            } else if (isLabel(u)) {
                strong = true;
            } else if (!shortNonSentence(u.text)) {
                break;
            }
            runStart--;
        }
        int run = end - runStart;
        boolean introducesList = runStart > 0 && units.get(body.get(runStart - 1)).text.endsWith(":");
        if (run > 0 && runStart >= 2 && !introducesList && (strong || numbered >= 3 || run >= 3)) {
            cut = runStart;
        }
        for (int k = cut; k < m; k++) {
            units.get(body.get(k)).fate = Fate.REMOVED;
        }
    }

    private static boolean isLabel(Unit u) {
        return u.tailLabel || isNavLabel(u.text);
    }

    private static boolean isNavLabel(String t) {
        return t.length() <= 80 && (TextCleanerLexicon.NAV_LABEL.matcher(t).matches()
                || TextCleanerLexicon.END_MARKER.matcher(t).matches());
    }




    /**
     * A navigation label inside the body ("Related", "Read more", "Most read") introduces links: the short,
     * headline-like lines right after it (up to five) are teasers of other stories, not prose.
     */
    private static void removeLabelledTeasers(List<Unit> units) {
        boolean afterLead = false;
        for (int i = 0; i < units.size(); i++) {
            Unit u = units.get(i);
            if (!afterLead) {
                // above the lead, a labelled list ("Highlights", "Key points") summarises this article
                afterLead = u.body() && isProse(u.text);
                continue;
            }
            if (u.body() && TextCleanerLexicon.MEDIA_LINK.matcher(u.text).matches() && words(u.text) <= 25) {
                u.fate = Fate.REMOVED;
                continue;
            }
            if (u.fate != Fate.REMOVED || u.text.length() > 80 || !TextCleanerLexicon.NAV_LABEL.matcher(u.text).matches()) {
                continue;
            }
            int taken = 0;
            for (int j = i + 1; j < units.size() && j <= i + 12 && taken < 5; j++) {
                Unit v = units.get(j);
                if (v.fate == Fate.CAPTION || v.fate == Fate.REMOVED) {
                    continue;
                }
                if (!v.body() || !(isHeading(v) && words(v.text) >= 3 || v.bullet || v.numbered)
                        || endsSentence(v.text)) {
                    break;
                }
                v.fate = Fate.REMOVED;
                taken++;
            }
        }
    }

    // ---- 7. duplicates --------------------------------------------------------------------------------------

    /**
     * Removes units repeating an earlier one or the headline; a list item repeated on the very next line goes
     * with its repeat, as that is a link shown twice (its text and its title: a related story's teaser), not a
     * point of the article.
     */
    private static void removeDuplicates(List<Unit> units, String title) {
        Set<String> seen = new HashSet<>();
        if (title != null) {
            seen.add(key(title));
        }
        Unit previous = null;
        for (Unit u : units) {
            if (u.fate == Fate.TITLE) {
                seen.add(key(u.text));
                continue;
            }
            if (!u.body()) {
                continue;
            }
            String k = key(u.text);
            if (k.length() >= 12 && !seen.add(k)) {
                u.fate = Fate.REMOVED;
                if (previous != null && previous.bullet && previous.body() && key(previous.text).equals(k)
                        && words(u.text) <= MAX_TEASER_WORDS) {
                    previous.fate = Fate.REMOVED;
                }
            }
            previous = u;
        }
    }

    /** Longest list item taken for a link shown twice. */
    private static final int MAX_TEASER_WORDS = 40;

    /** Comparison key: letters and digits only, lower case. */
    private static String key(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                b.append(Character.toLowerCase(c));
            }
        }
        return b.toString();
    }


    // ---- 8. standfirst --------------------------------------------------------------------------------------

    /**
     * The standfirst is the short summary right under the headline: the first body unit after the title, when
     * it is at most two sentences and 300 characters, is not a list item or quote, and more body follows.
     */
    private static String findStandfirst(List<Unit> units) {
        int titleAt = -1;
        for (int i = 0; i < units.size(); i++) {
            if (units.get(i).fate == Fate.TITLE) {
                titleAt = i;
                break;
            }
        }
        if (titleAt < 0) {
            return null;
        }
        int bodyCount = 0;
        Unit first = null;
        Unit second = null;
        for (int i = titleAt + 1; i < units.size(); i++) {
            if (units.get(i).body()) {
                if (first == null) {
                    first = units.get(i);
                } else if (second == null) {
                    second = units.get(i);
                }
                bodyCount++;
            }
        }
        if (first == null || bodyCount < 3 || first.bullet || first.numbered) {
            return null;
        }
        if (!endsSentence(first.text) && second != null && shortNonSentence(second.text)) {
            return null; // the first of a list of short items ("Highlights"), not a summary
        }
        String t = first.text;
        if (t.length() > 300 || words(t) < 6 || looksQuoted(t) || sentences(t) > 2) {
            return null;
        }
        return t;
    }

    // ---- small text features --------------------------------------------------------------------------------

    /** Number of words: runs of letters/digits (with inner apostrophes, dots, hyphens) that start with a letter or digit. */
    static int words(String s) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (!in) {
                    n++;
                    in = true;
                }
            } else if (!(in && (c == '\'' || c == '\u2019' || c == '.' || c == '-'))) {
                in = false;
            }
        }
        return n;
    }

    private static int sentences(String t) {
        int n = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && (i + 1 == t.length() || t.charAt(i + 1) == ' ')) {
                n++;
            }
        }
        return Math.max(n, 1);
    }

    private static boolean startsUpper(String s) {
        return !s.isEmpty() && (Character.isUpperCase(s.charAt(0)) || Character.isDigit(s.charAt(0))
                || isOpenQuote(s.charAt(0)) && s.length() > 1 && Character.isUpperCase(s.charAt(1)));
    }

    private static boolean startsLower(String s) {
        return !s.isEmpty() && Character.isLowerCase(s.charAt(0));
    }

    private static boolean isOpenQuote(char c) {
        return c == '"' || c == '\u201c' || c == '\u2018' || c == '\'' || c == '\u00ab';
    }

    private static boolean looksQuoted(String t) {
        return !t.isEmpty() && (isOpenQuote(t.charAt(0)) || t.contains("\u201d") || t.contains(" said"));
    }

    /** Whether the text ends with sentence punctuation ({@code . ! ? \u2026 : ;}), possibly followed by closing quotes or brackets. */
    static boolean endsSentence(String t) {
        int i = t.length() - 1;
        int closers = 0;
        while (i >= 0 && closers < 3 && "\"'\u201d\u2019)]".indexOf(t.charAt(i)) >= 0) {
            i--;
            closers++;
        }
        return i >= 0 && ".!?\u2026:;".indexOf(t.charAt(i)) >= 0;
    }

    /** A sentence of some length: ends with sentence punctuation and has at least five words. */
    static boolean isProse(String t) {
        return words(t) >= 5 && endsSentence(t);
    }

    /** A heading-like line: short, no sentence punctuation at the end. */
    private static boolean isHeading(Unit u) {
        return !u.numbered && !u.bullet && words(u.text) >= 1 && words(u.text) <= 15 && u.text.length() <= 120
                && !endsSentence(u.text);
    }

    /** Short line without sentence punctuation: a menu item, label, kicker or teaser heading. */
    private static boolean shortNonSentence(String t) {
        return words(t) <= 12 && t.length() <= 90 && !endsSentence(t);
    }
}
