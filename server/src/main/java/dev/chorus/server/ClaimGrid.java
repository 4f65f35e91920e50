package dev.chorus.server;

import dev.chorus.model.Article;
import dev.chorus.model.Story;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The claims x sources grid of a story page: for each claim, which sources report it, and which give another
 * value for it. A conflict (a fact on which sources disagree) is tied to a claim when one of its values is
 * written in the claim (as a whole word, e.g. "12" in "... injuring 12 people ...") and some article giving
 * that value reports the claim; the articles giving the conflict's other values then contradict the claim.
 * A conflict that no claim spells out a value of shows only in the conflicts list.
 */
final class ClaimGrid {

    /** What one source does with one claim. */
    enum Mark { REPORTS, CONTRADICTS, SILENT }

    /**
     * @param mark     what the source does
     * @param value    for {@link Mark#CONTRADICTS}, the value the source gives instead; else null
     * @param conflict for {@link Mark#CONTRADICTS}, what the conflict is about; else null
     */
    record Cell(Mark mark, String value, String conflict) {
        static final Cell REPORTS = new Cell(Mark.REPORTS, null, null);
        static final Cell SILENT = new Cell(Mark.SILENT, null, null);
    }

    /** One claim and a cell per article of the story, in the story's article order. */
    record Row(Story.Claim claim, List<Cell> cells) {
        boolean contested() {
            return cells.stream().anyMatch(c -> c.mark() == Mark.CONTRADICTS);
        }
    }

    private ClaimGrid() {
    }

    static List<Row> of(Story story) {
        List<Article> articles = story.articles();
        Map<String, Integer> column = new HashMap<>();
        for (int i = 0; i < articles.size(); i++) {
            column.put(articles.get(i).id(), i);
        }
        List<Row> rows = new ArrayList<>(story.claims().size());
        for (Story.Claim claim : story.claims()) {
            List<Cell> cells = new ArrayList<>(articles.size());
            for (Article article : articles) {
                cells.add(claim.articles().contains(article.id()) ? Cell.REPORTS : Cell.SILENT);
            }
            for (Story.Conflict conflict : story.conflicts()) {
                Story.Variant held = heldVariant(claim, conflict);
                if (held == null) {
                    continue;
                }
                for (Story.Variant other : conflict.variants()) {
                    if (other == held) {
                        continue;
                    }
                    for (String id : other.articles()) {
                        Integer at = column.get(id);
                        if (at != null && !claim.articles().contains(id)) {
                            cells.set(at, new Cell(Mark.CONTRADICTS, other.value(), conflict.about()));
                        }
                    }
                }
            }
            rows.add(new Row(claim, cells));
        }
        return rows;
    }

    /** The variant of {@code conflict} that {@code claim} states, or null when it states none. */
    private static Story.Variant heldVariant(Story.Claim claim, Story.Conflict conflict) {
        for (Story.Variant variant : conflict.variants()) {
            if (variant.value().isBlank() || variant.articles().stream().noneMatch(claim.articles()::contains)) {
                continue;
            }
            Pattern word = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(variant.value()) + "(?![\\p{L}\\p{N}])",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            if (word.matcher(claim.text()).find()) {
                return variant;
            }
        }
        return null;
    }
}
