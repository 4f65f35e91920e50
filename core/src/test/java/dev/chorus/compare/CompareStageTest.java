package dev.chorus.compare;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class CompareStageTest {

    @Test
    void runsEveryStepAsTheStepsDoAlone() {
        var articles = Fixtures.douro();
        Comparison c = new CompareStage().compare(articles);
        var entities = new EntityExtractor().extract(articles);
        var groups = new ClaimAligner().groups(articles);
        var conflicts = new ConflictFinder().find(articles, groups, entities);
        assertEquals(entities, c.entities());
        assertEquals(ContradictedSupport.remove(groups, conflicts), c.groups());
        assertEquals(new QuoteExtractor().extract(articles, entities), c.quotes());
        assertEquals(conflicts, c.conflicts());
        assertEquals(new CopyDetector().detect(articles), c.copies());
        assertEquals(2, c.conflicts().size());
        assertEquals(1, c.copies().size());
    }

    @Test
    void aClaimIsNotSupportedByTheArticlesThatContradictIt() {
        var articles = Fixtures.douro();
        Comparison c = new CompareStage().compare(articles);
        for (var conflict : c.conflicts()) {
            for (var claim : c.claims()) {
                var sides = conflict.variants().stream()
                        .filter(v -> claim.text().contains(v.value())).toList();
                if (sides.size() != 1) {
                    continue;
                }
                for (var other : conflict.variants()) {
                    if (other != sides.getFirst()) {
                        other.articles().stream().filter(id -> !sides.getFirst().articles().contains(id))
                                .forEach(id -> assertFalse(claim.articles().contains(id),
                                        id + " gives " + other.value() + ", so does not support: " + claim.text()));
                    }
                }
            }
        }
    }
}
