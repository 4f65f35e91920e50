package dev.chorus.server;

import dev.chorus.model.Article;
import dev.chorus.model.Metadata;
import dev.chorus.model.Story;

import static dev.chorus.server.Html.esc;

/** The article page: clean text and captions, with the boilerplate that was removed one click away. */
final class ArticlePage {

    private ArticlePage() {
    }

    /** @param story the story the article belongs to, or null when it is in none */
    static String render(Article article, Story story) {
        Metadata m = article.metadata();
        String title = m.title() == null ? article.id() : m.title();
        StringBuilder out = new StringBuilder(8192);
        out.append("<article class=\"page-article\">\n");
        if (story != null) {
            out.append("<p class=\"crumb\">Story: <a href=\"").append(esc(Html.path("/stories/", story.id()))).append("\">")
                    .append(esc(story.headline())).append("</a></p>\n");
        }
        out.append("<h1>").append(esc(title)).append("</h1>\n<p class=\"meta\">")
                .append(esc(m.outlet() == null ? "unknown outlet" : m.outlet())).append(" · ")
                .append(m.published() == null ? "undated" : esc(m.published().toString()));
        if (!m.authors().isEmpty()) {
            out.append(" · by ").append(esc(String.join(", ", m.authors())));
        }
        if (m.language() != null) {
            out.append(" · ").append(esc(m.language()));
        }
        out.append("</p>\n");
        if (m.url() != null) {
            String href = Html.externalHref(m.url());
            out.append("<p class=\"link\">");
            if (href != null) {
                out.append("<a href=\"").append(esc(href)).append("\" rel=\"noopener noreferrer nofollow\">")
                        .append(esc(m.url())).append("</a>");
            } else {
                // not an http(s) URL: shown, never linked
                out.append("<code>").append(esc(m.url())).append("</code> (not a web address, not linked)");
            }
            out.append("</p>\n");
        }
        if (m.description() != null && !m.description().isBlank()) {
            out.append("<p class=\"standfirst\">").append(esc(m.description())).append("</p>\n");
        }
        out.append("<div class=\"body\">\n");
        for (String paragraph : article.paragraphs()) {
            out.append("<p>").append(esc(paragraph)).append("</p>\n");
        }
        out.append("</div>\n");
        if (!article.captions().isEmpty()) {
            out.append("<section class=\"captions\"><h2>Captions and credits</h2><ul>");
            article.captions().forEach(c -> out.append("<li>").append(esc(c)).append("</li>"));
            out.append("</ul></section>\n");
        }
        out.append("<details class=\"removed\"><summary>Removed boilerplate (")
                .append(StoryPage.count(article.removed().size(), "piece")).append(")</summary>");
        if (article.removed().isEmpty()) {
            out.append("<p class=\"empty\">Nothing was taken out of this article.</p>");
        } else {
            out.append("<p class=\"hint\">Menus, ads, teasers and metadata lines taken out of the page, in page order.</p><ol>");
            article.removed().forEach(r -> out.append("<li>").append(esc(r)).append("</li>"));
            out.append("</ol>");
        }
        out.append("</details>\n</article>\n");
        return Page.render(title, null, out.toString());
    }
}
