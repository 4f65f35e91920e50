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
import java.util.Locale;
import java.util.Map;

/**
 * One self-contained HTML page (inline CSS, no scripts, no external assets) that can be mailed or archived:
 * per story the cited summary, contradictions with their variants and outlets, a claims x sources grid (●
 * reports, ✗ contradicts, {@link ClaimGrid}), quotes by speaker, entities, copies and the clean text of every
 * source. All article text is escaped.
 */
public final class HtmlRenderer implements DigestRenderer {

    private static final int MAX_GRID_ROWS = 40;

    private static final String STYLE = """
            :root{--ink:#1d2330;--muted:#5d6678;--line:#dde1e8;--accent:#2f5fd0;--warn:#b4441c;--bg:#f7f8fa}
            *{box-sizing:border-box}body{margin:0;font:16px/1.5 Georgia,'Times New Roman',serif;color:var(--ink);background:var(--bg)}
            header.page{padding:28px 32px 12px;max-width:1080px;margin:auto}header.page h1{margin:0;font:700 28px/1.2 system-ui,sans-serif}
            header.page p{color:var(--muted);margin:4px 0 0;font-family:system-ui,sans-serif;font-size:14px}
            nav.toc{max-width:1080px;margin:8px auto 0;padding:0 32px;font-family:system-ui,sans-serif;font-size:14px}
            nav.toc a{color:var(--accent);text-decoration:none}nav.toc li{margin:2px 0}
            section.story{max-width:1080px;margin:20px auto;background:#fff;border:1px solid var(--line);border-radius:10px;padding:24px 32px}
            section.story h2{font:700 24px/1.25 system-ui,sans-serif;margin:0 0 6px}
            .meta{color:var(--muted);font:13px system-ui,sans-serif;margin-bottom:14px}
            h3{font:600 13px system-ui,sans-serif;text-transform:uppercase;letter-spacing:.06em;color:var(--muted);margin:22px 0 8px}
            sup.cite a{font:11px system-ui,sans-serif;color:var(--accent);text-decoration:none;margin-left:1px}
            .conflict{border-left:4px solid var(--warn);background:#fdf3ef;padding:8px 14px;margin:8px 0;border-radius:0 6px 6px 0}
            .conflict .about{font-weight:600}.conflict ul{margin:4px 0 0;padding-left:20px}
            table.grid{border-collapse:collapse;width:100%;font-size:14px}table.grid td,table.grid th{border-bottom:1px solid var(--line);padding:5px 6px;vertical-align:top}
            table.grid th{font:600 12px system-ui,sans-serif;color:var(--muted);text-align:center}table.grid td.mark{text-align:center;color:var(--accent);font-family:system-ui,sans-serif}
            tr.unique td:first-child{color:var(--muted)}table.grid td.contra{color:var(--warn);font-weight:700}
            tr.totals td{font:12px system-ui,sans-serif;color:var(--muted)}.legend{font:12px system-ui,sans-serif;color:var(--muted)}
            .legend .mark{color:var(--accent)}.legend .contra{color:var(--warn)}.outlets{color:var(--muted);font-size:13px}
            .speaker .who{font:600 13px system-ui,sans-serif;color:var(--muted);margin-top:8px}
            blockquote{margin:6px 0;padding:2px 14px;border-left:3px solid var(--line)}blockquote .who{font:600 13px system-ui,sans-serif;color:var(--muted)}
            .chips span{display:inline-block;border:1px solid var(--line);border-radius:999px;padding:1px 10px;margin:2px 4px 2px 0;font:13px system-ui,sans-serif}
            .chips span.PERSON{background:#eef3ff}.chips span.ORG{background:#f1f8ee}.chips span.PLACE{background:#fff6e6}
            .chips small{color:var(--muted)}
            details{border-top:1px solid var(--line);padding:8px 0}summary{cursor:pointer;font-family:system-ui,sans-serif;font-size:14px}
            details .body p{margin:8px 0}details .aside{color:var(--muted);font-size:13px;font-family:system-ui,sans-serif}
            footer{max-width:1080px;margin:20px auto 40px;padding:0 32px;color:var(--muted);font:13px system-ui,sans-serif}
            """;

    @Override
    public void render(Digest digest, Writer out) throws IOException {
        StringBuilder h = new StringBuilder(64 * 1024);
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>Chorus digest</title><style>").append(STYLE).append("</style></head><body>\n");
        int articles = digest.stories().stream().mapToInt(s -> s.articles().size()).sum();
        h.append("<header class=\"page\"><h1>Chorus digest</h1><p>").append(digest.stories().size())
                .append(digest.stories().size() == 1 ? " story from " : " stories from ").append(articles)
                .append(articles == 1 ? " article" : " articles").append("</p></header>\n");
        if (digest.stories().size() > 1) {
            h.append("<nav class=\"toc\"><ol>");
            for (int i = 0; i < digest.stories().size(); i++) {
                Story story = digest.stories().get(i);
                h.append("<li><a href=\"#").append(esc(story.id())).append("\">").append(esc(story.headline()))
                        .append("</a> <small>(").append(story.articles().size()).append(")</small></li>");
            }
            h.append("</ol></nav>\n");
        }
        for (Story story : digest.stories()) {
            story(h, story);
        }
        if (!digest.problems().isEmpty()) {
            h.append("<footer><h3>Inputs with problems</h3><ul>");
            digest.problems().forEach(p -> h.append("<li>").append(p.rejected() ? "skipped " : "warning: ")
                    .append(esc(p.origin())).append(": ").append(esc(p.reason())).append("</li>"));
            h.append("</ul></footer>");
        }
        h.append("</body></html>\n");
        out.write(h.toString());
        out.flush();
    }

    private static void story(StringBuilder h, Story story) {
        Citations cite = new Citations(story);
        h.append("<section class=\"story\" id=\"").append(esc(story.id())).append("\">");
        h.append("<h2>").append(esc(story.headline())).append("</h2><div class=\"meta\">")
                .append(story.articles().size()).append(story.articles().size() == 1 ? " article" : " articles");
        if (story.date() != null) {
            h.append(" · ").append(story.date());
        }
        h.append(" · ").append(esc(String.join(", ", story.articles().stream().map(Citations::label).distinct().toList())))
                .append("</div>");

        if (!story.summary().isEmpty()) {
            h.append("<p class=\"summary\">");
            for (Story.SummarySentence s : story.summary()) {
                h.append(esc(s.text())).append(cites(story, cite, s.articles())).append(' ');
            }
            h.append("</p>");
        }
        if (!story.conflicts().isEmpty()) {
            h.append("<h3>Where the sources disagree</h3>");
            for (Story.Conflict c : story.conflicts()) {
                h.append("<div class=\"conflict\"><div class=\"about\">").append(esc(c.about())).append("</div><ul>");
                for (Story.Variant v : c.variants()) {
                    h.append("<li>“").append(esc(v.value())).append("”").append(cites(story, cite, v.articles()))
                            .append("<span class=\"outlets\">").append(esc(cite.outlets(v.articles()))).append("</span></li>");
                }
                h.append("</ul></div>");
            }
        }
        if (!story.claims().isEmpty() && story.articles().size() > 1) {
            grid(h, story, cite);
        }
        if (!story.quotes().isEmpty()) {
            h.append("<h3>Who said what</h3>");
            // by speaker, speakers in the order of their most widely reported quote; unattributed ones last
            Map<String, List<Story.Quote>> bySpeaker = new LinkedHashMap<>();
            story.quotes().forEach(q -> bySpeaker.computeIfAbsent(q.speaker() == null ? "" : q.speaker(),
                    k -> new ArrayList<>()).add(q));
            List<String> speakers = new ArrayList<>(bySpeaker.keySet());
            speakers.sort(Comparator.comparing(String::isEmpty));
            for (String speaker : speakers) {
                h.append("<div class=\"speaker\"><div class=\"who\">")
                        .append(esc(speaker.isEmpty() ? "Unattributed" : speaker)).append("</div>");
                for (Story.Quote q : bySpeaker.get(speaker)) {
                    h.append("<blockquote>“").append(esc(q.text())).append("”").append(cites(story, cite, q.articles()))
                            .append("</blockquote>");
                }
                h.append("</div>");
            }
        }
        if (!story.entities().isEmpty()) {
            h.append("<h3>People, organisations and places</h3><div class=\"chips\">");
            for (Story.Entity e : story.entities()) {
                h.append("<span class=\"").append(e.type().name()).append("\" title=\"")
                        .append(e.type().name().toLowerCase(Locale.ROOT)).append("\">").append(esc(e.name()));
                if (!e.aliases().isEmpty()) {
                    h.append(" <small>also ").append(esc(String.join(", ", e.aliases()))).append("</small>");
                }
                h.append("</span>");
            }
            h.append("</div>");
        }
        if (!story.copies().isEmpty()) {
            h.append("<h3>Copies</h3><ul>");
            for (Story.Copy c : story.copies()) {
                h.append("<li>").append(anchor(story, cite, c.a())).append(" and ").append(anchor(story, cite, c.b()))
                        .append(" share ").append(Math.round(c.shared() * 100)).append("% of the shorter one's sentences</li>");
            }
            h.append("</ul>");
        }
        h.append("<h3>Sources</h3>");
        for (Article a : story.articles()) {
            h.append("<details id=\"").append(esc(story.id())).append("-").append(cite.number(a.id())).append("\"><summary>[")
                    .append(cite.number(a.id())).append("] ").append(esc(Citations.label(a)));
            if (a.metadata().published() != null) {
                h.append(", ").append(a.metadata().published());
            }
            if (a.metadata().title() != null) {
                h.append(": ").append(esc(a.metadata().title()));
            }
            h.append("</summary><div class=\"body\">");
            if (a.metadata().url() != null) {
                h.append("<p class=\"aside\">").append(esc(a.metadata().url())).append("</p>");
            }
            for (String p : a.paragraphs()) {
                h.append("<p>").append(esc(p)).append("</p>");
            }
            if (!a.captions().isEmpty()) {
                h.append("<p class=\"aside\">Captions: ").append(esc(String.join(" · ", a.captions()))).append("</p>");
            }
            if (!a.removed().isEmpty()) {
                h.append("<p class=\"aside\">Removed as boilerplate: ").append(a.removed().size())
                        .append(a.removed().size() == 1 ? " block" : " blocks").append("</p>");
            }
            h.append("</div></details>");
        }
        h.append("</section>\n");
    }

    /**
     * The claims x sources grid: a row per claim (most widely reported first, at most {@value #MAX_GRID_ROWS}), a
     * column per source, ● where the source reports the claim, ✗ where it contradicts it; then how many claims
     * only that source reports.
     */
    private static void grid(StringBuilder h, Story story, Citations cite) {
        List<ClaimGrid.Row> rows = ClaimGrid.rows(story);
        h.append("<h3>Claims by source</h3><p class=\"legend\"><span class=\"mark\">●</span> reports · ")
                .append("<span class=\"mark contra\">✗</span> contradicts · blank: does not say</p>")
                .append("<table class=\"grid\"><tr><th></th>");
        for (Article a : story.articles()) {
            h.append("<th title=\"").append(esc(Citations.label(a))).append("\">").append(cite.number(a.id())).append("</th>");
        }
        h.append("</tr>");
        for (ClaimGrid.Row row : rows.stream().limit(MAX_GRID_ROWS).toList()) {
            Story.Claim c = row.claim();
            h.append(c.unique() ? "<tr class=\"unique\">" : "<tr>").append("<td>").append(esc(c.text())).append("</td>");
            for (ClaimGrid.Mark m : row.marks()) {
                h.append(switch (m) {
                    case REPORTS -> "<td class=\"mark\" title=\"reports\">●</td>";
                    case CONTRADICTS -> "<td class=\"mark contra\" title=\"contradicts\">✗</td>";
                    case SILENT -> "<td class=\"mark\"></td>";
                });
            }
            h.append("</tr>");
        }
        h.append("<tr class=\"totals\"><td>claims reported by this source only</td>");
        for (int i = 0; i < story.articles().size(); i++) {
            int k = i;
            h.append("<td class=\"mark\">").append(rows.stream().filter(r -> r.claim().unique()
                    && r.marks().get(k) == ClaimGrid.Mark.REPORTS).count()).append("</td>");
        }
        h.append("</tr></table>");
        if (rows.size() > MAX_GRID_ROWS) {
            h.append("<p class=\"legend\">").append(rows.size() - MAX_GRID_ROWS)
                    .append(" more claims, each reported by fewer sources.</p>");
        }
    }

    private static String cites(Story story, Citations cite, List<String> ids) {
        StringBuilder s = new StringBuilder("<sup class=\"cite\">");
        ids.stream().sorted((x, y) -> Integer.compare(cite.number(x), cite.number(y)))
                .forEach(id -> s.append(anchor(story, cite, id)));
        return s.append("</sup>").toString();
    }

    private static String anchor(Story story, Citations cite, String id) {
        return "<a href=\"#" + esc(story.id()) + "-" + cite.number(id) + "\">[" + cite.number(id) + "]</a>";
    }

    /** Escapes text for element content and double-quoted attribute values. */
    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
