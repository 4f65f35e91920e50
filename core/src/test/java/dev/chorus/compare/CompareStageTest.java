package dev.chorus.compare;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CompareStageTest {

    @Test
    void runsEveryStepAsTheStepsDoAlone() {
        var articles = Fixtures.douro();
        Comparison c = new CompareStage().compare(articles);
        var entities = new EntityExtractor().extract(articles);
        var groups = new ClaimAligner().groups(articles);
        assertEquals(entities, c.entities());
        assertEquals(groups, c.groups());
        assertEquals(new ClaimAligner().align(articles), c.claims());
        assertEquals(new QuoteExtractor().extract(articles, entities), c.quotes());
        assertEquals(new ConflictFinder().find(articles, groups, entities), c.conflicts());
        assertEquals(new CopyDetector().detect(articles), c.copies());
        assertEquals(2, c.conflicts().size());
        assertEquals(1, c.copies().size());
    }
}
