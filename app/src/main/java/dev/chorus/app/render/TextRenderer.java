package dev.chorus.app.render;

import dev.chorus.compare.ClaimGrid;
import dev.chorus.model.Article;
import dev.chorus.model.Digest;
import dev.chorus.model.Story;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A digest for reading in a terminal: per story its summary, where the sources disagree (each variant with the
 * articles and outlets behind it), a claims x sources grid (● reports, ✗ contradicts, · silent), what every
 * source and what one source only reports, quotes grouped by speaker, entities, copies and the sources.
 */
public final class TextRenderer implements DigestRenderer {

    private static final int WIDTH = 96;
    private static final int MAX_GRID_ROWS = 20;
    private static final int MAX_QUOTES = 12;

    @Override
    public void render(Digest digest, Writer out) throws IOException {
        StringBuilder s = new StringBuilder();
        int n = 0;
        for (Story story : digest.stories()) {
            n++;
            story(s, n, digest.stories().size(), story);
        }
        out.write(s.toString());
        out.flush();
    }

    private static void story(StringBuilder s, int n, int total, Story story) {
        Citations cite = new Citations(story);
        String meta = "Story " + n + " of " + total + " · " + story.articles().size()
                + (story.articles().size() == 1 ? " article" : " articles")
                + (story.date() == null ? "" : " · " + story.date());
        s.append("═".repeat(WIDTH)).append('\n').append(meta).append('\n');
        wrap(s, story.headline().toUpperCase(java.util.Locale.ROOT), "", "");
        s.append('\n');

        if (!story.summary().isEmpty()) {
            s.append("Summary\n");
            for (Story.SummarySentence sentence : story.summary()) {
                wrap(s, sentence.text() + " " + cite.cite(sentence.articles()), "  ", "  ");
            }
            s.append('\n');
        }
        if (!story.conflicts().isEmpty()) {
            s.append("Where the sources disagree\n");
            for (Story.Conflict conflict : story.conflicts()) {
                wrap(s, conflict.about(), "  ! ", "    ");
                for (Story.Variant variant : conflict.variants()) {
                    wrap(s, "\"" + variant.value() + "\" " + cite.cite(variant.articles())
                            + cite.outlets(variant.articles()), "      - ", "        ");
                }
            }
            s.append('\n');
        }
        if (story.articles().size() > 1 && !story.claims().isEmpty()) {
            grid(s, story);
        }
        List<Story.Claim> shared = story.claims().stream()
                .filter(c -> c.articles().size() > 1 && c.articles().size() == story.articles().size()).toList();
        if (story.articles().size() > 1 && !shared.isEmpty()) {
            s.append("Reported by every source\n");
            shared.stream().limit(8).forEach(c -> wrap(s, c.text(), "  • ", "    "));
            s.append('\n');
        }
        List<Story.Claim> unique = story.claims().stream().filter(Story.Claim::unique).toList();
        if (story.articles().size() > 1 && !unique.isEmpty()) {
            s.append("Reported by one source only (").append(unique.size()).append(")\n");
            unique.stream().limit(6).forEach(c -> wrap(s, c.text() + " " + cite.cite(c.articles()), "  • ", "    "));
            if (unique.size() > 6) {
                s.append("    … and ").append(unique.size() - 6).append(" more\n");
            }
            s.append('\n');
        }
        if (!story.quotes().isEmpty()) {
            s.append("Who said what\n");
            // by speaker, speakers in the order of their most widely reported quote; unattributed ones last
            Map<String, List<Story.Quote>> bySpeaker = new LinkedHashMap<>();
            story.quotes().stream().limit(MAX_QUOTES).forEach(q -> bySpeaker.computeIfAbsent(
                    q.speaker() == null ? "" : q.speaker(), k -> new ArrayList<>()).add(q));
            List<String> speakers = new ArrayList<>(bySpeaker.keySet());
            speakers.sort(Comparator.comparing(String::isEmpty));
            for (String speaker : speakers) {
                s.append("  ").append(speaker.isEmpty() ? "(unattributed)" : speaker).append('\n');
                for (Story.Quote q : bySpeaker.get(speaker)) {
                    wrap(s, "“" + q.text() + "” " + cite.cite(q.articles()), "    ", "      ");
                }
            }
            if (story.quotes().size() > MAX_QUOTES) {
                s.append("    … and ").append(story.quotes().size() - MAX_QUOTES).append(" more\n");
            }
            s.append('\n');
        }
        if (!story.entities().isEmpty()) {
            s.append("People, organisations and places\n");
            StringBuilder line = new StringBuilder();
            story.entities().stream().limit(15).forEach(e -> {
                if (!line.isEmpty()) {
                    line.append("; ");
                }
                line.append(e.name()).append(" (").append(e.type().name().toLowerCase(java.util.Locale.ROOT));
                if (!e.aliases().isEmpty()) {
                    line.append(", also ").append(String.join(", ", e.aliases()));
                }
                line.append(')');
            });
            wrap(s, line.toString(), "  ", "  ");
            s.append('\n');
        }
        if (!story.copies().isEmpty()) {
            s.append("Copies\n");
            for (Story.Copy copy : story.copies()) {
                s.append("  [").append(cite.number(copy.a())).append("] and [").append(cite.number(copy.b()))
                        .append("] share ").append(Math.round(copy.shared() * 100))
                        .append("% of the shorter one's sentences\n");
            }
            s.append('\n');
        }
        s.append("Sources\n");
        for (Article article : story.articles()) {
            String line = "[" + cite.number(article.id()) + "] " + Citations.label(article)
                    + (article.metadata().published() == null ? "" : ", " + article.metadata().published())
                    + (article.metadata().title() == null ? "" : ": " + article.metadata().title())
                    + (article.metadata().outlet() == null ? "" : " (" + article.id() + ")");
            wrap(s, line, "  ", "      ");
        }
        s.append('\n');
    }

    /**
     * The claims x sources grid: one row per claim reported by two sources or more or contradicted by one, at
     * most {@value #MAX_GRID_ROWS}, a column per source numbered as in "Sources", and how many claims only one
     * source reports, per source.
     */
    private static void grid(StringBuilder s, Story story) {
        List<ClaimGrid.Row> rows = ClaimGrid.rows(story);
        List<ClaimGrid.Row> shown = rows.stream().filter(r -> r.count(ClaimGrid.Mark.REPORTS) > 1
                || r.count(ClaimGrid.Mark.CONTRADICTS) > 0).limit(MAX_GRID_ROWS).toList();
        int n = story.articles().size();
        s.append("Claims by source (● reports, ✗ contradicts, · does not say)\n");
        StringBuilder header = new StringBuilder("  ");
        for (int i = 1; i <= n; i++) {
            header.append(String.format("%-3s", i));
        }
        s.append(header.toString().stripTrailing()).append('\n');
        int room = Math.max(30, WIDTH - 2 - 3 * n);
        for (ClaimGrid.Row row : shown) {
            StringBuilder line = new StringBuilder("  ");
            for (ClaimGrid.Mark m : row.marks()) {
                line.append(switch (m) {
                    case REPORTS -> "●  ";
                    case CONTRADICTS -> "✗  ";
                    case SILENT -> "·  ";
                });
            }
            String text = row.claim().text().strip();
            line.append(text.length() <= room ? text : text.substring(0, room - 1).stripTrailing() + "…");
            s.append(line).append('\n');
        }
        StringBuilder uniques = new StringBuilder("  ");
        for (int i = 0; i < n; i++) {
            int k = i;
            long only = rows.stream().filter(r -> r.claim().unique() && r.marks().get(k) == ClaimGrid.Mark.REPORTS)
                    .count();
            uniques.append(String.format("%-3d", only));
        }
        s.append(uniques).append("claims reported by this source only\n\n");
    }

    /** Appends {@code text} word-wrapped to {@link #WIDTH}, first line after {@code first}, others after {@code rest}. */
    static void wrap(StringBuilder s, String text, String first, String rest) {
        String prefix = first;
        int column = 0;
        StringBuilder line = new StringBuilder(prefix);
        for (String word : text.strip().split("\\s+")) {
            if (column > 0 && line.length() + 1 + word.length() > WIDTH) {
                s.append(line).append('\n');
                prefix = rest;
                line = new StringBuilder(prefix);
                column = 0;
            }
            if (column > 0) {
                line.append(' ');
            }
            line.append(word);
            column++;
        }
        s.append(line).append('\n');
    }
}
