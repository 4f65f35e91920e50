package dev.chorus.compare;

import dev.chorus.model.Sentence;
import dev.chorus.model.Story;
import dev.chorus.sentence.Folding;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Takes out of each claim the sentences that state it with a contradicting value. Alignment groups sentences
 * by how much they share, so "injuring 12 people" and "Fifteen people were injured" can form one claim; but an
 * article giving fifteen does not report the claim that twelve were injured, and the conflict already records
 * what it does say.
 */
final class ContradictedSupport {

    private ContradictedSupport() {
    }

    /** {@code groups} with contradicting sentences removed; a group left with one article becomes unique. */
    static List<ClaimGroup> remove(List<ClaimGroup> groups, List<Story.Conflict> conflicts) {
        if (conflicts.isEmpty()) {
            return groups;
        }
        List<ClaimGroup> out = new ArrayList<>(groups.size());
        for (ClaimGroup group : groups) {
            out.add(without(group, conflicts));
        }
        return out;
    }

    private static ClaimGroup without(ClaimGroup group, List<Story.Conflict> conflicts) {
        List<Sentence> kept = new ArrayList<>(group.sentences());
        for (Story.Conflict conflict : conflicts) {
            Story.Variant own = variantIn(group.claim().text(), conflict);
            if (own == null) {
                continue;
            }
            kept.removeIf(sentence -> {
                Story.Variant stated = variantIn(sentence.text(), conflict);
                return stated != null && stated != own;
            });
        }
        if (kept.size() == group.sentences().size() || kept.isEmpty()) {
            return group;
        }
        List<String> articles = kept.stream().map(Sentence::articleId).toList();
        Story.Claim claim = group.claim();
        return new ClaimGroup(new Story.Claim(claim.id(), claim.text(), articles, articles.size() == 1), kept);
    }

    /** Folded, with hyphens inside words dropped: "co-operation" is "cooperation". */
    private static String fold(String text) {
        return HYPHEN.matcher(Folding.fold(text)).replaceAll("");
    }

    private static final Pattern HYPHEN = Pattern.compile("(?<=\\p{L})-(?=\\p{L})");

    /** The one variant of {@code conflict} whose value {@code text} states, or null for none or several. */
    private static Story.Variant variantIn(String text, Story.Conflict conflict) {
        String folded = fold(text);
        Story.Variant found = null;
        for (Story.Variant variant : conflict.variants()) {
            Pattern value = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(fold(variant.value()))
                    + "(?![\\p{L}\\p{N}])");
            if (value.matcher(folded).find()) {
                if (found != null) {
                    return null;
                }
                found = variant;
            }
        }
        return found;
    }
}
