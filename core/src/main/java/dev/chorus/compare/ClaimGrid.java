package dev.chorus.compare;

import dev.chorus.model.Article;
import dev.chorus.model.Story;
import dev.chorus.sentence.Folding;
import dev.chorus.sentence.Terms;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A story's claims against its sources, for seeing agreement, conflict and unique coverage at a glance: for
 * each claim and article, whether the article reports the claim, contradicts it, or says nothing of it.
 *
 * <p>An article contradicts a claim when the claim is about what a conflict is about ({@link #about}), states
 * one of its variants, and the article gives another variant and not that one ("Moscow" against "Sochi"). A value is stated when its
 * folded words occur in the claim as words; a person's name (up to four capitalised words) also by its last
 * word ("Cavusoglu" for "Mevlut Cavusoglu"); a resolved day by its words ("on Tuesday" for "on Tuesday
 * (2020-12-29)"). A contradiction is shown even where alignment counted the article
 * as reporting the claim, as the conflict is the finer reading. A conflict between wordings of a quote (variants
 * of six words or more) needs no more than the wording itself in the claim. Rows are the claims reported by most articles
 * first (then contradicted ones, then story order).
 */
public final class ClaimGrid {

    /** What one article does with one claim. */
    public enum Mark { REPORTS, CONTRADICTS, SILENT }

    /**
     * What one article does with one claim.
     *
     * @param value    for {@link Mark#CONTRADICTS}, the value the article gives instead; else null
     * @param conflict for {@link Mark#CONTRADICTS}, what the conflict is about; else null
     */
    public record Cell(Mark mark, String value, String conflict) {
        static final Cell REPORTS = new Cell(Mark.REPORTS, null, null);
        static final Cell SILENT = new Cell(Mark.SILENT, null, null);

        public Cell {
            Objects.requireNonNull(mark, "mark");
        }
    }

    /** One claim's row: a cell per article, in the story's article order. */
    public record Row(Story.Claim claim, List<Cell> cells) {
        public Row {
            cells = List.copyOf(cells);
        }

        /** The cells' marks, in article order. */
        public List<Mark> marks() {
            return cells.stream().map(Cell::mark).toList();
        }

        /** How many articles do {@code mark} with this claim. */
        public long count(Mark mark) {
            return cells.stream().filter(c -> c.mark() == mark).count();
        }

        /** Whether some article contradicts the claim. */
        public boolean contested() {
            return count(Mark.CONTRADICTS) > 0;
        }
    }

    /** A capitalised word of two letters or more, not the first of the text. */
    private static final Pattern NAME = Pattern.compile("(?<=\\s)\\p{Lu}\\p{Ll}+");

    private ClaimGrid() {
    }

    /** The rows of {@code story}'s claims, ordered as described. */
    public static List<Row> rows(Story story) {
        List<Row> rows = new ArrayList<>();
        // what a conflict asks of every claim is worked out once: a story of a hundred sources has hundreds of
        // claims, and the grid is drawn on every uncached story page
        List<Prepared> conflicts = Contradictions.of(story.conflicts()).conflicts;
        for (Story.Claim claim : story.claims()) {
            List<Side> sides = sides(claim.text(), conflicts);
            Set<String> reporting = new HashSet<>(claim.articles());
            List<Cell> cells = new ArrayList<>();
            for (Article a : story.articles()) {
                Cell contradiction = sides.isEmpty() ? null : contradiction(a.id(), sides);
                cells.add(contradiction != null ? contradiction
                        : reporting.contains(a.id()) ? Cell.REPORTS : Cell.SILENT);
            }
            rows.add(new Row(claim, cells));
        }
        // stable sort: story order among equals; counts taken once a row
        Map<Row, long[]> counts = new IdentityHashMap<>();
        rows.forEach(r -> counts.put(r, new long[]{r.count(Mark.REPORTS), r.count(Mark.CONTRADICTS)}));
        rows.sort(Comparator.comparingLong((Row r) -> -counts.get(r)[0]).thenComparingLong(r -> -counts.get(r)[1]));
        return rows;
    }

    /**
     * A story's conflicts, worked out once, for asking of any sentence which articles contradict it as a grid row
     * of that text would mark them: the sentence takes a side in a conflict and the article gives another
     * variant. A summary sentence "Cavusoglu said ..." does not cite an article that has the words said by
     * someone else.
     */
    public static final class Contradictions {
        private final List<Prepared> conflicts;

        private Contradictions(List<Prepared> conflicts) {
            this.conflicts = conflicts;
        }

        public static Contradictions of(List<Story.Conflict> conflicts) {
            return new Contradictions(conflicts.stream().map(Prepared::of).toList());
        }

        /** Of {@code articleIds}, those that contradict a sentence of text {@code text}. */
        public Set<String> of(String text, List<String> articleIds) {
            List<Side> sides = sides(text, conflicts);
            Set<String> out = new HashSet<>();
            if (!sides.isEmpty()) {
                for (String id : articleIds) {
                    if (contradiction(id, sides) != null) {
                        out.add(id);
                    }
                }
            }
            return out;
        }

        /**
         * Whether a sentence of text {@code text} gives, in some conflict, a variant that fewer articles give than
         * another: "talks in Moscow" where two articles say Moscow and three Sochi. A tie outnumbers neither.
         */
        public boolean outnumbered(String text) {
            for (Side side : sides(text, conflicts)) {
                int stated = side.stated.articles().size();
                for (Story.Variant v : side.conflict.variants()) {
                    if (v.articles().size() > stated) {
                        return true;
                    }
                }
            }
            return false;
        }
    }

    /** A conflict a claim takes a side in, and the variant it states. */
    private record Side(Story.Conflict conflict, Story.Variant stated) {
    }

    /**
     * A conflict with what claims are matched against, folded once: its {@code about}'s names and content terms,
     * and whether all its variants are wordings (six words or more: specific enough to tie a claim on their own).
     */
    private record Prepared(Story.Conflict conflict, boolean wordings, List<String> names, Set<String> terms) {
        static Prepared of(Story.Conflict c) {
            boolean wordings = c.variants().stream().allMatch(v -> v.value().strip().split("\\s+").length >= 6);
            List<String> names = new ArrayList<>();
            Matcher name = NAME.matcher(c.about());
            while (name.find()) {
                names.add(Folding.fold(name.group()));
            }
            return new Prepared(c, wordings, names, new HashSet<>(Terms.of(c.about())));
        }
    }

    /**
     * The conflicts the claim takes a side in: those it is about (see {@link #about}) and of whose variants it
     * states exactly one. Worked out once a claim, as it does not depend on the article.
     */
    private static List<Side> sides(String claim, List<Prepared> conflicts) {
        List<Side> sides = new ArrayList<>();
        if (conflicts.isEmpty()) {
            return sides;
        }
        String text = fold(claim);
        Set<String> terms = null; // stemmed only for a claim that states a variant: most state none
        for (Prepared p : conflicts) {
            Story.Conflict c = p.conflict();
            Story.Variant stated = null;
            for (Story.Variant v : c.variants()) {
                if (states(text, v.value())) {
                    if (stated != null) {
                        stated = null; // the claim states two variants: it takes no side
                        break;
                    }
                    stated = v;
                }
            }
            if (stated == null) {
                continue;
            }
            if (!p.wordings()) {
                if (terms == null) {
                    terms = new HashSet<>(Terms.of(claim));
                }
                if (!about(terms, text, p.names(), p.terms())) {
                    continue;
                }
            }
            sides.add(new Side(c, stated));
        }
        return sides;
    }

    /** The cell of an article that contradicts the claim taking {@code sides}, or null when it does not. */
    private static Cell contradiction(String articleId, List<Side> sides) {
        for (Side side : sides) {
            if (side.stated.articles().contains(articleId)) {
                continue;
            }
            for (Story.Variant v : side.conflict.variants()) {
                if (v != side.stated && v.articles().contains(articleId)) {
                    return new Cell(Mark.CONTRADICTS, v.value(), side.conflict.about());
                }
            }
        }
        return null;
    }

    /**
     * Whether a claim (content terms {@code claim}, folded text {@code text}) is about what a conflict is about:
     * it names every name the conflict's {@code about} names and has at least half of its content terms ("where
     * Lavrov and Cavusoglu held talks": Lavrov and Cavusoglu, and two of lavrov, cavusoglu, held, talk), so that
     * "Moscow" in a sentence about other talks or about Moscow's policy takes no side on the venue.
     */
    static boolean about(Set<String> claim, String text, String about) {
        return about(claim, text, Prepared.of(new Story.Conflict(about, List.of())).names(),
                new HashSet<>(Terms.of(about)));
    }

    private static boolean about(Set<String> claim, String text, List<String> names, Set<String> wanted) {
        for (String name : names) {
            if (!contains(text, name)) {
                return false;
            }
        }
        if (wanted.isEmpty()) {
            return true;
        }
        long found = wanted.stream().filter(claim::contains).count();
        return 2 * found >= wanted.size();
    }

    /** Whether folded {@code text} states {@code value}, see the class description. */
    static boolean states(String text, String value) {
        if (contains(text, fold(value))) {
            return true;
        }
        int resolved = value.lastIndexOf(" (");
        if (resolved > 0 && value.endsWith(")")) { // "on Tuesday (2020-12-29)": the words as written
            return contains(text, fold(value.substring(0, resolved)));
        }
        String[] words = value.strip().split("\\s+");
        if (words.length < 2 || words.length > 4) {
            return false;
        }
        for (String w : words) {
            if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) {
                return false;
            }
        }
        String last = fold(words[words.length - 1]);
        return last.length() >= 4 && contains(text, last);
    }

    /** Folded, hyphens inside words dropped ("co-operation" is "cooperation"), a final period dropped. */
    static String fold(String text) {
        return FINAL_PERIOD.matcher(INNER_HYPHEN.matcher(Folding.fold(text)).replaceAll("")).replaceAll("");
    }

    private static final Pattern INNER_HYPHEN = Pattern.compile("(?<=\\p{L})-(?=\\p{L})");
    private static final Pattern FINAL_PERIOD = Pattern.compile("\\.$");

    /** Whether {@code value} occurs in {@code text} as whole words (no letter or digit right before or after). */
    private static boolean contains(String text, String value) {
        if (value.isBlank()) {
            return false;
        }
        for (int at = text.indexOf(value); at >= 0; at = text.indexOf(value, at + 1)) {
            int end = at + value.length();
            if ((at == 0 || !Character.isLetterOrDigit(text.codePointBefore(at)))
                    && (end == text.length() || !Character.isLetterOrDigit(text.codePointAt(end)))) {
                return true;
            }
        }
        return false;
    }
}
