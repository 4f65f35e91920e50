package dev.chorus.server;

import dev.chorus.store.StoryStore;
import dev.chorus.store.StoryStore.FacetCount;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static dev.chorus.server.Html.esc;

/**
 * The front page: stories newest or largest first, or, once there is a query or a filter, the stories whose
 * articles match, with facet counts (outlet, entity, language) to narrow down and a date range.
 */
final class ListPage {

    static final int PAGE_SIZE = 20;
    private static final int FACET_VALUES = 12;

    /** What the page shows, as its query string says. Null fields are unset. */
    record View(String q, String outlet, String entity, String language, LocalDate from, LocalDate to,
                String order, int offset) {

        static View of(Params params) {
            return new View(params.text("q"), params.text("outlet"), params.text("entity"), params.text("language"),
                    params.date("from"), params.date("to"), params.choice("order", "newest", "largest"),
                    params.offset());
        }

        boolean searching() {
            return q != null || outlet != null || entity != null || language != null || from != null || to != null;
        }

        StoryStore.SearchQuery query(int limit) {
            return new StoryStore.SearchQuery(q, outlet, entity, language, from, to, offset, limit);
        }

        /** This view's link with one parameter changed (null removes it); paging starts over unless it is offset. */
        String with(String name, String value) {
            Map<String, String> params = new LinkedHashMap<>();
            params.put("q", q);
            params.put("outlet", outlet);
            params.put("entity", entity);
            params.put("language", language);
            params.put("from", from == null ? null : from.toString());
            params.put("to", to == null ? null : to.toString());
            params.put("order", "newest".equals(order) ? null : order);
            params.put("offset", null);
            params.put(name, value);
            List<String> parts = new ArrayList<>();
            params.forEach((k, v) -> {
                if (v != null) {
                    parts.add(k + "=" + Html.encode(v));
                }
            });
            return parts.isEmpty() ? "/" : "/?" + String.join("&", parts);
        }
    }

    private ListPage() {
    }

    static String render(View view, StoryStore store) {
        StringBuilder out = new StringBuilder(16_384);
        StoryStore.SearchResult result = store.search(view.searching() ? view.query(PAGE_SIZE)
                : new StoryStore.SearchQuery("", null, null, null, null, null, 0, 0));
        out.append("<div class=\"layout\">\n");
        filters(view, result, out);
        out.append("<section class=\"results\">\n");
        if (view.searching()) {
            hits(view, result, out);
        } else {
            listing(view, store, out);
        }
        out.append("</section>\n</div>\n");
        String title = view.q() == null ? "Stories" : "Search: " + view.q();
        return Page.render(title, view.q(), out.toString());
    }

    private static void listing(View view, StoryStore store, StringBuilder out) {
        StoryStore.StoryListing.Order order = "largest".equals(view.order())
                ? StoryStore.StoryListing.Order.LARGEST : StoryStore.StoryListing.Order.NEWEST;
        List<StoryStore.StoryCard> cards = store.stories(new StoryStore.StoryListing(order, null, view.offset(), PAGE_SIZE + 1));
        StoryStore.Counts counts = store.counts();
        out.append("<div class=\"bar\"><h1>Stories</h1><p class=\"meta\">")
                .append(StoryPage.count(counts.stories(), "story", "stories")).append(" from ")
                .append(StoryPage.count(counts.articles(), "article", "articles")).append("</p>")
                .append("<a class=\"to-filters\" href=\"#filters\">Filters</a>")
                .append("<nav class=\"order\" aria-label=\"Order\">")
                .append(orderLink(view, "newest", "Newest")).append(orderLink(view, "largest", "Largest"))
                .append("</nav></div>\n");
        if (cards.isEmpty()) {
            out.append("<p class=\"empty\">No stories yet.</p>\n");
        }
        cards.stream().limit(PAGE_SIZE).forEach(card -> card(card, null, out));
        pager(view, cards.size() > PAGE_SIZE, out);
    }

    private static void hits(View view, StoryStore.SearchResult result, StringBuilder out) {
        out.append("<div class=\"bar\"><h1>").append(view.q() == null ? "Filtered stories" : "Results for “" + esc(view.q()) + "”")
                .append("</h1><p class=\"meta\">").append(StoryPage.count(result.total(), "matching story", "matching stories"))
                .append("</p><a class=\"to-filters\" href=\"#filters\">Filters</a></div>\n");
        if (result.hits().isEmpty()) {
            out.append("<p class=\"empty\">No story matches. Try fewer words or remove a filter.</p>\n");
        }
        for (StoryStore.SearchHit hit : result.hits()) {
            card(hit.story(), hit, out);
        }
        pager(view, view.offset() + PAGE_SIZE < result.total(), out);
    }

    private static void card(StoryStore.StoryCard card, StoryStore.SearchHit hit, StringBuilder out) {
        out.append("<article class=\"card\"><h2><a href=\"").append(esc(Html.path("/stories/", card.id()))).append("\">")
                .append(esc(card.headline())).append("</a></h2><p class=\"meta\">")
                .append(card.date() == null ? "date unknown" : esc(card.date().toString())).append(" · ")
                .append(StoryPage.count(card.articleCount(), "source"));
        List<String> outlets = card.outlets();
        if (!outlets.isEmpty()) {
            out.append(" · ").append(esc(String.join(", ", outlets.subList(0, Math.min(4, outlets.size())))));
            if (outlets.size() > 4) {
                out.append(" and ").append(outlets.size() - 4).append(" more");
            }
        }
        out.append("</p>");
        if (hit != null) {
            out.append("<p class=\"snippet\">").append(esc(hit.snippet())).append("</p><p class=\"best\">Best match: <a href=\"")
                    .append(esc(Html.path("/articles/", hit.articleId()))).append("\">")
                    .append(esc(hit.articleTitle() == null ? hit.articleId() : hit.articleTitle())).append("</a></p>");
        } else if (card.lead() != null) {
            out.append("<p class=\"lead\">").append(esc(card.lead())).append("</p>");
        }
        out.append("</article>\n");
    }

    private static void filters(View view, StoryStore.SearchResult result, StringBuilder out) {
        out.append("<aside class=\"filters\" id=\"filters\"><h2 class=\"sr\">Filters</h2>\n");
        facet(view, "outlet", "Outlet", view.outlet(), result.facets().getOrDefault("outlet", List.of()), out);
        facet(view, "entity", "Entity", view.entity(), result.facets().getOrDefault("entity", List.of()), out);
        facet(view, "language", "Language", view.language(), result.facets().getOrDefault("language", List.of()), out);
        out.append("<form class=\"dates\" action=\"/\" method=\"get\"><h3>Published</h3>");
        hidden("q", view.q(), out);
        hidden("outlet", view.outlet(), out);
        hidden("entity", view.entity(), out);
        hidden("language", view.language(), out);
        out.append("<label>from <input type=\"date\" name=\"from\" value=\"").append(view.from() == null ? "" : view.from())
                .append("\"></label><label>to <input type=\"date\" name=\"to\" value=\"")
                .append(view.to() == null ? "" : view.to()).append("\"></label><button type=\"submit\">Apply</button>");
        if (view.from() != null || view.to() != null) {
            out.append(" <a class=\"clear\" href=\"").append(esc(new View(view.q(), view.outlet(), view.entity(),
                    view.language(), null, null, view.order(), 0).with("offset", null))).append("\">clear dates</a>");
        }
        out.append("</form>\n</aside>\n");
    }

    private static void facet(View view, String name, String title, String active, List<FacetCount> counts,
                              StringBuilder out) {
        out.append("<section class=\"facet\" data-facet=\"").append(name).append("\"><h3>").append(title).append("</h3>");
        if (active != null) {
            out.append("<p class=\"active\">").append(esc(active)).append(" <a class=\"clear\" href=\"")
                    .append(esc(view.with(name, null))).append("\" title=\"Remove this filter\">×</a></p>");
        }
        out.append("<ul>");
        counts.stream().limit(FACET_VALUES).forEach(f -> out.append("<li><a href=\"").append(esc(view.with(name, f.value())))
                .append("\">").append(esc(f.value())).append("</a> <span class=\"count\">").append(f.count())
                .append("</span></li>"));
        out.append("</ul></section>\n");
    }

    private static void hidden(String name, String value, StringBuilder out) {
        if (value != null) {
            out.append("<input type=\"hidden\" name=\"").append(name).append("\" value=\"").append(esc(value)).append("\">");
        }
    }

    private static String orderLink(View view, String order, String label) {
        boolean current = order.equals(view.order());
        return "<a href=\"" + esc(view.with("order", order.equals("newest") ? null : order)) + "\""
                + (current ? " aria-current=\"page\"" : "") + ">" + label + "</a>";
    }

    private static void pager(View view, boolean more, StringBuilder out) {
        if (view.offset() == 0 && !more) {
            return;
        }
        out.append("<nav class=\"pager\">");
        if (view.offset() > 0) {
            int previous = Math.max(0, view.offset() - PAGE_SIZE);
            out.append("<a href=\"").append(esc(view.with("offset", previous == 0 ? null : String.valueOf(previous))))
                    .append("\">← Previous</a>");
        }
        if (more) {
            out.append("<a href=\"").append(esc(view.with("offset", String.valueOf(view.offset() + PAGE_SIZE))))
                    .append("\">Next →</a>");
        }
        out.append("</nav>\n");
    }
}
