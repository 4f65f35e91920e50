package dev.chorus;

import dev.chorus.model.AnalysedArticle;
import dev.chorus.model.Article;
import dev.chorus.model.Metadata;
import dev.chorus.sentence.SentenceSplitter;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** Builds small analysed articles for stage tests. */
public final class TestArticles {

    private TestArticles() {
    }

    public static AnalysedArticle article(String id, String title, String published, String... paragraphs) {
        Metadata metadata = new Metadata(title, List.of(), published == null ? null : LocalDate.parse(published),
                null, "en", null, null, null);
        return new SentenceSplitter().analyse(new Article(id, metadata, Arrays.asList(paragraphs), List.of(), List.of()));
    }
}
