package dev.chorus.server;

import dev.chorus.model.Article;
import dev.chorus.model.Story;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static dev.chorus.server.Html.esc;

/**
 * The numbered sources of one story page: article i of the story (oldest first) is source i + 1, and every
 * citation on the page is a link to {@code #src-N} with the outlet as its tooltip.
 */
final class Sources {

    private final List<Article> articles;
    private final Map<String, Integer> numbers = new HashMap<>();

    Sources(Story story) {
        this.articles = story.articles();
        for (int i = 0; i < articles.size(); i++) {
            numbers.put(articles.get(i).id(), i + 1);
        }
    }

    List<Article> articles() {
        return articles;
    }

    /** The outlet of an article, else its id: what names a source on the page. */
    static String label(Article article) {
        String outlet = article.metadata().outlet();
        return outlet == null || outlet.isBlank() ? article.id() : outlet;
    }

    String label(String articleId) {
        Integer n = numbers.get(articleId);
        return n == null ? articleId : label(articles.get(n - 1));
    }

    /** Citation links for {@code ids}, in source order; ids not in the story are skipped. */
    String cite(List<String> ids) {
        StringBuilder out = new StringBuilder("<span class=\"cites\">");
        ids.stream().filter(numbers::containsKey).map(numbers::get).sorted().distinct().forEach(n ->
                out.append("<a class=\"cite\" href=\"#src-").append(n).append("\" title=\"")
                        .append(esc(label(articles.get(n - 1)))).append("\">").append(n).append("</a>"));
        return out.append("</span>").toString();
    }

    /** "[n] Outlet" links for {@code ids}, for lists of who says what. */
    String named(List<String> ids) {
        StringBuilder out = new StringBuilder("<span class=\"named\">");
        ids.stream().filter(numbers::containsKey).map(numbers::get).sorted().distinct().forEach(n ->
                out.append("<a class=\"src\" href=\"#src-").append(n).append("\"><span class=\"n\">").append(n)
                        .append("</span> ").append(esc(label(articles.get(n - 1)))).append("</a>"));
        return out.append("</span>").toString();
    }
}
