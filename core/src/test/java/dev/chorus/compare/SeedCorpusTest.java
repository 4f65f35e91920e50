package dev.chorus.compare;

import dev.chorus.model.AnalysedArticle;
import dev.chorus.model.Story;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

class SeedCorpusTest {

    @Test
    void allStagesOnSeeds() throws Exception {
        Path dir = SeedCorpus.find();
        assumeTrue(dir != null, "seed corpus ../shared/corpus/seeds not found; skipping");
        List<AnalysedArticle> articles = SeedCorpus.load(dir);
        List<Story.Entity> entities = new EntityExtractor().extract(articles);
        if (Boolean.getBoolean("chorus.print")) {
            entities.forEach(e -> System.out.println("ENTITY " + e));
        }
    }
}
