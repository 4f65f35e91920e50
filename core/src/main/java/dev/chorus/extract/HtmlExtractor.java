package dev.chorus.extract;

import dev.chorus.model.Article;
import dev.chorus.model.Metadata;
import org.jsoup.Jsoup;

import java.util.List;

public final class HtmlExtractor {
    public Article extract(String id, String html, Metadata hints) {
        var doc = Jsoup.parse(html);
        List<String> paragraphs = doc.select("p").eachText().stream().filter(s -> !s.isBlank()).toList();
        return new Article(id, hints.orElse(Metadata.EMPTY.withTitle(doc.title().isBlank() ? null : doc.title())),
                paragraphs, List.of(), List.of());
    }
}
