package dev.chorus.summarise;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WordBudgetTest {

    @Test
    void theSentenceThatPassesTheBudgetIsTheLastTaken() {
        WordBudget budget = new WordBudget(10);
        assertTrue(budget.open());
        budget.take("The harbour at Kessel reopened on Monday."); // 7 words
        assertTrue(budget.open(), "7 < 10");
        budget.take("Fishing boats left before dawn."); // 5 more: 12, past the budget, kept whole
        assertEquals(12, budget.words());
        assertFalse(budget.open());
    }

    @Test
    void reachingTheBudgetExactlyClosesIt() {
        WordBudget budget = new WordBudget(3);
        budget.take("Storm Edda passed.");
        assertFalse(budget.open());
        assertThrows(IllegalArgumentException.class, () -> new WordBudget(0));
    }
}
