package dev.chorus.app.render;

import dev.chorus.model.Article;
import dev.chorus.model.Story;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Numbers a story's articles 1..n in story order, so human-readable output can cite them briefly. */
final class Citations {

    private final Map<String, Integer> numbers = new HashMap<>();
    private final Map<String, String> outlets = new HashMap<>();

    Citations(Story story) {
        List<Article> articles = story.articles();
        for (int i = 0; i < articles.size(); i++) {
            numbers.put(articles.get(i).id(), i + 1);
            if (articles.get(i).metadata().outlet() != null) {
                outlets.put(articles.get(i).id(), articles.get(i).metadata().outlet());
            }
        }
    }

    int number(String articleId) {
        return numbers.getOrDefault(articleId, 0);
    }

    /** "[1,3]" for the given article ids, in number order. */
    String cite(List<String> articleIds) {
        return articleIds.stream().map(this::number).sorted().map(String::valueOf)
                .collect(Collectors.joining(",", "[", "]"));
    }

    /** " (Reuters, AFP)": the distinct outlets of the given articles that name one, or "" if none does. */
    String outlets(List<String> articleIds) {
        List<String> names = articleIds.stream().map(outlets::get).filter(java.util.Objects::nonNull).distinct()
                .toList();
        return names.isEmpty() ? "" : " (" + String.join(", ", names) + ")";
    }

    /** How a person names an article: its outlet, else its id. */
    static String label(Article article) {
        return article.metadata().outlet() != null ? article.metadata().outlet() : article.id();
    }
}
