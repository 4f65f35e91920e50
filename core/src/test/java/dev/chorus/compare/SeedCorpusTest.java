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
        List<ClaimGroup> groups = new ClaimAligner().groups(articles);
        List<Story.Copy> copies = new CopyDetector().detect(articles);
        if (Boolean.getBoolean("chorus.print")) {
            for (ClaimGroup g : groups) {
                if (g.sentences().size() > 1 || Boolean.getBoolean("chorus.unique")) {
                    System.out.println("CLAIM " + g.claim().id() + " " + g.claim().articles().size() + " " + g.claim().text());
                    g.sentences().forEach(s -> System.out.println("     " + s.articleId().substring(0, 3) + " " + s.text()));
                }
            }
            System.out.println("CLAIMS " + groups.size() + " unique " + groups.stream().filter(g -> g.claim().unique()).count());
            copies.forEach(c -> System.out.println("COPY " + c));
            new ConflictFinder().find(articles, groups, entities).forEach(c -> System.out.println("CONFLICT " + c));
            new QuoteExtractor().extract(articles, entities).forEach(q -> System.out.println("QUOTE " + q));
        }
    }
}
