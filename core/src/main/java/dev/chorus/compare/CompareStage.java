package dev.chorus.compare;

import dev.chorus.model.AnalysedArticle;
import dev.chorus.model.Story;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs the five compare steps in their required order over one story's articles: entities, claims, quotes
 * (needing the entities), conflicts (needing claims and entities), copies; finally, a sentence that gives a
 * claim's figure (or a quote's meaning) differently no longer counts as support for it. Conflicts found in
 * quotes (another speaker, another meaning) come after the others. Stateless and thread-safe.
 */
public final class CompareStage {

    private final EntityExtractor entityExtractor = new EntityExtractor();
    private final ClaimAligner claimAligner;
    private final QuoteExtractor quoteExtractor = new QuoteExtractor();
    private final ConflictFinder conflictFinder = new ConflictFinder();
    private final CopyDetector copyDetector;

    /** A stage with the default thresholds. */
    public CompareStage() {
        this(new ClaimAligner(), new CopyDetector());
    }

    /**
     * A stage with the default thresholds whose claim alignment also finds paraphrases with {@code embedder}
     * (see {@link ClaimAligner}; null: words alone). The embedder is the caller's to close.
     */
    public CompareStage(dev.chorus.embed.TextEmbedder embedder) {
        this(new ClaimAligner(ClaimAligner.DEFAULT_THRESHOLD, embedder), new CopyDetector());
    }

    /** A stage with the given claim aligner and copy detector (for other thresholds). */
    public CompareStage(ClaimAligner claimAligner, CopyDetector copyDetector) {
        this.claimAligner = claimAligner;
        this.copyDetector = copyDetector;
    }

    /** Compares {@code articles} (one story, in the order their ids should be listed in the output). */
    public Comparison compare(List<AnalysedArticle> articles) {
        List<Story.Entity> entities = entityExtractor.extract(articles);
        List<ClaimGroup> groups = claimAligner.groups(articles);
        QuoteExtractor.Findings quotes = quoteExtractor.find(articles, entities);
        List<Story.Conflict> conflicts = conflictFinder.find(articles, groups, entities);
        List<Story.Copy> copies = copyDetector.detect(articles);
        // a sentence giving another wording of a quote, one that changes its meaning, does not report the claim
        // worded the other way; a speaker conflict names people, not values a claim's sentence states
        List<Story.Conflict> values = new ArrayList<>(conflicts);
        values.addAll(quotes.wordings());
        List<ClaimGroup> supported = ContradictedSupport.remove(groups, values);
        List<Story.Conflict> all = new ArrayList<>(conflicts);
        all.addAll(quotes.conflicts());
        return new Comparison(entities, supported, quotes.quotes(), all, copies);
    }
}
