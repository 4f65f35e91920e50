package dev.chorus.server;

import dev.chorus.compare.ClaimGrid;
import dev.chorus.model.Article;
import dev.chorus.model.Story;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static dev.chorus.server.Html.esc;

/**
 * The story page: what an editor needs to compare the sources of one story. Headline; the cited summary;
 * conflicts first, since they are what to check; the sources side by side; the claims x sources grid; quotes by
 * speaker; entities; copies.
 */
final class StoryPage {

    private static final int LEAD_CHARS = 320;

    /**
     * Claims shown in the grid unless all are asked for: a story of a hundred sources can have hundreds of
     * claims, and the whole grid of one ran to 4 MB of HTML; contested and most-reported claims come first.
     */
    static final int GRID_ROWS = 40;

    private StoryPage() {
    }

    static String render(Story story) {
        return render(story, false);
    }

    /** The story page; the grid holds every claim when {@code allClaims}, else the first {@link #GRID_ROWS}. */
    static String render(Story story, boolean allClaims) {
        Sources sources = new Sources(story);
        List<ClaimGrid.Row> grid = ClaimGrid.rows(story);
        long outlets = story.articles().stream().map(Sources::label).distinct().count();
        StringBuilder out = new StringBuilder(16_384);
        out.append("<article class=\"story\">\n<h1>").append(esc(story.headline())).append("</h1>\n");
        out.append("<p class=\"meta\">").append(story.date() == null ? "date unknown" : esc(story.date().toString()))
                .append(" · ").append(count(story.articles().size(), "source")).append(" · ")
                .append(count((int) outlets, "outlet"));
        if (!story.conflicts().isEmpty()) {
            out.append(" · <a class=\"warn\" href=\"#conflicts\">").append(count(story.conflicts().size(), "conflict"))
                    .append("</a>");
        }
        out.append("</p>\n");
        out.append("<nav class=\"toc\"><a href=\"#summary\">Summary</a><a href=\"#conflicts\">Conflicts</a>"
                + "<a href=\"#sources\">Sources</a><a href=\"#claims\">Claims grid</a><a href=\"#quotes\">Quotes</a>"
                + "<a href=\"#entities\">Entities</a><a href=\"#copies\">Copies</a></nav>\n");
        summary(story, sources, out);
        conflicts(story, sources, out);
        sourceCards(story, sources, out);
        grid(grid, sources, allClaims ? grid.size() : GRID_ROWS, out);
        quotes(story, sources, out);
        entities(story, out);
        copies(story, sources, out);
        out.append("</article>\n");
        return Page.render(story.headline(), null, out.toString());
    }

    private static void summary(Story story, Sources sources, StringBuilder out) {
        out.append("<section id=\"summary\" class=\"summary\"><h2>Summary</h2>\n");
        if (story.summary().isEmpty()) {
            out.append("<p class=\"empty\">No summary: the sources have no sentence fit for one.</p>\n");
        }
        for (Story.SummarySentence s : story.summary()) {
            out.append("<p>").append(esc(s.text())).append(' ').append(sources.cite(s.articles())).append("</p>\n");
        }
        out.append("</section>\n");
    }

    private static void conflicts(Story story, Sources sources, StringBuilder out) {
        out.append("<section id=\"conflicts\" class=\"conflicts\"><h2>Conflicts</h2>\n");
        if (story.conflicts().isEmpty()) {
            out.append("<p class=\"empty\">The sources do not contradict each other on any figure or fact found.</p>\n");
        }
        for (Story.Conflict conflict : story.conflicts()) {
            out.append("<div class=\"conflict\"><h3>").append(esc(conflict.about())).append("</h3><ul>");
            for (Story.Variant v : conflict.variants()) {
                out.append("<li><strong class=\"value\">").append(esc(v.value())).append("</strong> ")
                        .append(sources.named(v.articles())).append("</li>");
            }
            out.append("</ul></div>\n");
        }
        out.append("</section>\n");
    }

    private static void sourceCards(Story story, Sources sources, StringBuilder out) {
        out.append("<section id=\"sources\"><h2>Sources</h2>\n<div class=\"sources\">\n");
        int n = 0;
        for (Article article : story.articles()) {
            n++;
            var m = article.metadata();
            out.append("<article class=\"source\" id=\"src-").append(n).append("\">");
            out.append("<p class=\"outlet\"><span class=\"n\">").append(n).append("</span> ")
                    .append(esc(Sources.label(article))).append("</p>");
            out.append("<p class=\"meta\">").append(m.published() == null ? "undated" : esc(m.published().toString()));
            if (m.language() != null) {
                out.append(" · ").append(esc(m.language()));
            }
            out.append(" · ").append(count(article.paragraphs().stream().mapToInt(p -> p.split("\\s+").length).sum(), "word"))
                    .append("</p>");
            out.append("<h3><a href=\"").append(esc(Html.path("/articles/", article.id()))).append("\">")
                    .append(esc(m.title() == null ? article.id() : m.title())).append("</a></h3>");
            String lead = article.paragraphs().isEmpty() ? "" : article.paragraphs().getFirst();
            out.append("<p class=\"lead\">").append(esc(shorten(lead))).append("</p>");
            for (Story.Copy copy : story.copies()) {
                if (copy.b().equals(article.id())) {
                    out.append("<p class=\"copy\">Copy of ").append(sources.named(List.of(copy.a()))).append(" (")
                            .append(percent(copy.shared())).append(" of the shorter text's sentences)</p>");
                }
            }
            String href = Html.externalHref(m.url());
            if (href != null) {
                out.append("<p class=\"link\"><a href=\"").append(esc(href))
                        .append("\" rel=\"noopener noreferrer nofollow\">original</a></p>");
            }
            out.append("</article>\n");
        }
        out.append("</div>\n</section>\n");
    }

    private static void grid(List<ClaimGrid.Row> rows, Sources sources, int shown, StringBuilder out) {
        out.append("<section id=\"claims\"><h2>Claims × sources</h2>\n");
        out.append("<p class=\"legend\"><span class=\"mark reports\">●</span> reports the claim "
                + "<span class=\"mark contradicts\">✕</span> gives another value "
                + "<span class=\"mark silent\">·</span> (a blank cell) does not mention it</p>\n");
        out.append("<div class=\"grid-wrap\"><table class=\"grid\">\n<thead><tr><th scope=\"col\" class=\"claim\">Claim</th>");
        int n = 0;
        for (Article article : sources.articles()) {
            n++;
            out.append("<th scope=\"col\" class=\"col\"><a href=\"#src-").append(n).append("\" title=\"")
                    .append(esc(Sources.label(article))).append("\"><span class=\"n\">").append(n)
                    .append("</span><span class=\"outlet\">").append(esc(Sources.label(article))).append("</span></a></th>");
        }
        out.append("</tr></thead>\n<tbody>\n");
        // contested rows first, in grid order otherwise (a stable partition)
        List<ClaimGrid.Row> ordered = new ArrayList<>(rows.size());
        rows.stream().filter(ClaimGrid.Row::contested).forEach(ordered::add);
        rows.stream().filter(r -> !r.contested()).forEach(ordered::add);
        for (ClaimGrid.Row row : ordered.subList(0, Math.min(shown, ordered.size()))) {
            out.append("<tr").append(row.contested() ? " class=\"contested\"" : "").append("><th scope=\"row\" class=\"claim\">")
                    .append(esc(row.claim().text()));
            if (row.claim().unique()) {
                out.append(" <span class=\"badge\">one source</span>");
            }
            out.append("</th>");
            for (int i = 0; i < row.cells().size(); i++) {
                ClaimGrid.Cell cell = row.cells().get(i);
                String who = esc(Sources.label(sources.articles().get(i)));
                switch (cell.mark()) {
                    case REPORTS -> out.append("<td class=\"reports\" title=\"").append(who)
                            .append(" reports this\"><span aria-hidden=\"true\">●</span><span class=\"sr\">reports</span></td>");
                    case CONTRADICTS -> out.append("<td class=\"contradicts\" title=\"").append(who).append(" says ")
                            .append(esc(cell.value())).append(" (").append(esc(cell.conflict())).append(")\">")
                            .append("<span aria-hidden=\"true\">✕</span> <span class=\"value\">").append(esc(cell.value()))
                            .append("</span></td>");
                    // most cells of a story of a hundred sources: a blank cell, its dot drawn by the stylesheet
                    case SILENT -> out.append("<td></td>");
                }
            }
            out.append("</tr>\n");
        }
        out.append("</tbody></table></div>\n");
        if (shown < ordered.size()) {
            out.append("<p class=\"more\">").append(shown).append(" of ").append(ordered.size())
                    .append(" claims shown: the contested ones, then those most sources report. ")
                    .append("<a href=\"?claims=all#claims\">Show all claims</a></p>\n");
        }
        out.append("</section>\n");
    }

    private static void quotes(Story story, Sources sources, StringBuilder out) {
        Map<String, List<Story.Quote>> bySpeaker = new LinkedHashMap<>();
        for (Story.Quote q : story.quotes()) {
            bySpeaker.computeIfAbsent(q.speaker() == null ? "" : q.speaker(), k -> new ArrayList<>()).add(q);
        }
        List<Map.Entry<String, List<Story.Quote>>> speakers = new ArrayList<>(bySpeaker.entrySet());
        // named speakers with most quotes first; unattributed quotes last
        speakers.sort(Comparator.comparing((Map.Entry<String, List<Story.Quote>> e) -> e.getKey().isEmpty())
                .thenComparing(e -> -e.getValue().size()));
        out.append("<section id=\"quotes\"><h2>Quotes</h2>\n");
        if (speakers.isEmpty()) {
            out.append("<p class=\"empty\">No direct quotations.</p>\n");
        }
        for (var e : speakers) {
            out.append("<div class=\"speaker\"><h3>").append(e.getKey().isEmpty() ? "Unattributed" : esc(e.getKey()))
                    .append("</h3>");
            for (Story.Quote q : e.getValue()) {
                out.append("<blockquote><p>“").append(esc(q.text())).append("”</p><footer>")
                        .append(sources.named(q.articles())).append("</footer></blockquote>");
            }
            out.append("</div>\n");
        }
        out.append("</section>\n");
    }

    private static void entities(Story story, StringBuilder out) {
        out.append("<section id=\"entities\"><h2>Entities</h2>\n<div class=\"entities\">");
        if (story.entities().isEmpty()) {
            out.append("<p class=\"empty\">No named people, organisations or places.</p>");
        }
        for (Story.EntityType type : Story.EntityType.values()) {
            List<Story.Entity> ofType = story.entities().stream().filter(e -> e.type() == type).toList();
            if (ofType.isEmpty()) {
                continue;
            }
            out.append("<div><h3>").append(switch (type) {
                case PERSON -> "People";
                case ORG -> "Organisations";
                case PLACE -> "Places";
                case OTHER -> "Other names";
            }).append("</h3><ul>");
            for (Story.Entity e : ofType) {
                out.append("<li><a href=\"/?entity=").append(esc(Html.encode(e.name()))).append("\">")
                        .append(esc(e.name())).append("</a> <span class=\"count\">")
                        .append(count(e.articles().size(), "source")).append("</span>");
                if (!e.aliases().isEmpty()) {
                    out.append(" <span class=\"aliases\">also written ").append(esc(String.join(", ", e.aliases())))
                            .append("</span>");
                }
                out.append("</li>");
            }
            out.append("</ul></div>");
        }
        out.append("</div>\n</section>\n");
    }

    private static void copies(Story story, Sources sources, StringBuilder out) {
        out.append("<section id=\"copies\"><h2>Copies</h2>\n");
        if (story.copies().isEmpty()) {
            out.append("<p class=\"empty\">No source reuses another's sentences.</p>\n");
        } else {
            out.append("<ul class=\"copies\">");
            for (Story.Copy c : story.copies()) {
                out.append("<li>").append(sources.named(List.of(c.b()))).append(" copies ")
                        .append(sources.named(List.of(c.a()))).append(", the likely original: ").append(percent(c.shared()))
                        .append(" of the shorter text's sentences reused near-verbatim</li>");
            }
            out.append("</ul>\n");
        }
        out.append("</section>\n");
    }

    static String count(int n, String noun) {
        return count(n, noun, noun + "s");
    }

    static String count(long n, String singular, String plural) {
        return n + " " + (n == 1 ? singular : plural);
    }

    private static String percent(double share) {
        return Math.round(share * 100) + "%";
    }

    private static String shorten(String text) {
        if (text.length() <= LEAD_CHARS) {
            return text;
        }
        int cut = text.lastIndexOf(' ', LEAD_CHARS);
        return text.substring(0, cut > LEAD_CHARS / 2 ? cut : LEAD_CHARS) + " …";
    }
}
