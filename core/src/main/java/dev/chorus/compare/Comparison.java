package dev.chorus.compare;

import dev.chorus.model.Story;

import java.util.List;

/**
 * Everything the compare stage finds for one story.
 *
 * @param entities  people, organisations and places ({@link EntityExtractor})
 * @param groups    aligned claims with their sentences ({@link ClaimAligner#groups})
 * @param quotes    quotations with speakers ({@link QuoteExtractor})
 * @param conflicts facts on which articles disagree ({@link ConflictFinder})
 * @param copies    article pairs reusing sentences ({@link CopyDetector})
 */
public record Comparison(List<Story.Entity> entities, List<ClaimGroup> groups, List<Story.Quote> quotes,
                         List<Story.Conflict> conflicts, List<Story.Copy> copies) {

    public Comparison {
        entities = List.copyOf(entities);
        groups = List.copyOf(groups);
        quotes = List.copyOf(quotes);
        conflicts = List.copyOf(conflicts);
        copies = List.copyOf(copies);
    }

    /** The claims alone, in claim order, as they go into {@link Story#claims()}. */
    public List<Story.Claim> claims() {
        return groups.stream().map(ClaimGroup::claim).toList();
    }
}
