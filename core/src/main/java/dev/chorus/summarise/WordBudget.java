package dev.chorus.summarise;

import dev.chorus.sentence.Tokenizer;

/**
 * How a summary's word budget is applied, the same for Chorus's summariser and the baselines it is measured
 * against: sentences are taken whole, in the order a system ranks them, while the summary has fewer than
 * {@code budget} words; the sentence that reaches or passes the budget is kept whole and is the last. A summary
 * therefore ends within one sentence past the budget and is never cut mid-sentence. Words are counted by
 * {@link Tokenizer#wordCount} (maximal runs of letters and digits).
 */
public final class WordBudget {

    private final int budget;
    private int words;

    /** @param budget words to reach; positive */
    public WordBudget(int budget) {
        if (budget < 1) {
            throw new IllegalArgumentException("word budget must be positive, was " + budget);
        }
        this.budget = budget;
    }

    /** Whether another sentence may still be taken. */
    public boolean open() {
        return words < budget;
    }

    /** Counts a sentence taken. */
    public void take(String sentence) {
        words += Tokenizer.wordCount(sentence);
    }

    /** Words taken so far. */
    public int words() {
        return words;
    }
}
