package dev.chorus.compare;

import dev.chorus.model.AnalysedArticle;
import dev.chorus.model.Story;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Runs all five stages over the real seed articles in {@code ../shared/corpus/seeds} (outside the repository;
 * skipped when absent) and checks general properties only, never specific answers. Run with
 * {@code -Dchorus.print=true} to see the output.
 */
class SeedCorpusTest {

    private static List<String> forms(Story.Entity e) {
        List<String> forms = new ArrayList<>(e.aliases());
        forms.add(e.name());
        return forms;
    }

    @Test
    void allStagesOnSeeds() throws Exception {
        Path dir = SeedCorpus.find();
        assumeTrue(dir != null, "seed corpus ../shared/corpus/seeds not found; skipping");
        List<AnalysedArticle> articles = SeedCorpus.load(dir);
        assumeTrue(articles.size() >= 2, "fewer than two seed articles");

        List<Story.Entity> entities = new EntityExtractor().extract(articles);
        List<ClaimGroup> groups = new ClaimAligner().groups(articles);
        List<Story.Quote> quotes = new QuoteExtractor().extract(articles, entities);
        List<Story.Conflict> conflicts = new ConflictFinder().find(articles, groups, entities);
        List<Story.Copy> copies = new CopyDetector().detect(articles);
        if (Boolean.getBoolean("chorus.print")) {
            print(entities, groups, quotes, conflicts, copies);
        }

        // Spelling variants of the two foreign ministers each end up in one entity.
        Story.Entity lavrov = entities.stream().filter(e -> forms(e).contains("Sergei Lavrov")).findFirst()
                .orElseThrow();
        assertTrue(forms(lavrov).contains("Sergey Lavrov"), lavrov.toString());
        assertEquals(Story.EntityType.PERSON, lavrov.type());
        Story.Entity cavusoglu = entities.stream().filter(e -> forms(e).contains("Mevlut Cavusoglu")).findFirst()
                .orElseThrow();
        assertTrue(forms(cavusoglu).contains("Mevlüt Çavuşoğlu"), cavusoglu.toString());
        assertEquals(1, entities.stream().filter(e -> forms(e).stream().anyMatch(f -> f.contains("Lavrov")
                && !f.contains("-"))).count(), "one Lavrov entity");

        // A place conflict with two different cities, each from a different article.
        Set<String> places = entities.stream().filter(e -> e.type() == Story.EntityType.PLACE)
                .map(Story.Entity::name).collect(Collectors.toSet());
        assertTrue(conflicts.stream().anyMatch(c -> c.variants().stream().map(Story.Variant::value)
                .filter(places::contains).distinct().count() >= 2), conflicts.toString());
        // Paraphrased money is not a conflict.
        assertFalse(conflicts.stream().anyMatch(c -> c.variants().stream().anyMatch(v -> v.value().contains("2.5"))));

        assertTrue(groups.stream().anyMatch(g -> g.claim().articles().size() >= 4));
        assertTrue(groups.stream().anyMatch(g -> g.claim().unique()));
        assertTrue(quotes.stream().anyMatch(q -> q.articles().size() >= 3 && q.speaker() != null));
        assertFalse(copies.isEmpty());
    }

    private static void print(List<Story.Entity> entities, List<ClaimGroup> groups, List<Story.Quote> quotes,
                              List<Story.Conflict> conflicts, List<Story.Copy> copies) {
        entities.stream().limit(25).forEach(e -> System.out.println("ENTITY " + e));
        for (ClaimGroup g : groups) {
            if (g.sentences().size() > 1 || Boolean.getBoolean("chorus.unique")) {
                System.out.println("CLAIM " + g.claim().id() + " " + g.claim().articles().size() + " "
                        + g.claim().text());
                g.sentences().forEach(s -> System.out.println("     " + s.articleId() + " " + s.text()));
            }
        }
        System.out.println("CLAIMS " + groups.size() + " unique " + groups.stream()
                .filter(g -> g.claim().unique()).count());
        quotes.forEach(q -> System.out.println("QUOTE " + q));
        conflicts.forEach(c -> System.out.println("CONFLICT " + c));
        copies.forEach(c -> System.out.println("COPY " + c));
    }
}
