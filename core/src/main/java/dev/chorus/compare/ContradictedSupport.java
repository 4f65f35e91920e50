package dev.chorus.compare;

import dev.chorus.model.Sentence;
import dev.chorus.model.Story;
import dev.chorus.sentence.Folding;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Takes out of each claim the sentences that state it with a contradicting value. Alignment groups sentences
 * by how much they share, so "injuring 12 people" and "Fifteen people were injured" can form one claim; but an
 * article giving fifteen does not report the claim that twelve were injured. The sentences taken out are not
 * lost: those stating one variant become a claim of their own (the other side of the conflict), so every
 * sentence of every article is still in exactly one claim.
 */
final class ContradictedSupport {

    private ContradictedSupport() {
    }

    /**
     * {@code groups} with contradicting sentences split off into claims of their own, one per variant they
     * state; a group left with one article becomes unique. Claims are then ordered again as the aligner orders
     * them (most articles first, a split-off claim after the one it left) and numbered afresh.
     */
    static List<ClaimGroup> remove(List<ClaimGroup> groups, List<Story.Conflict> conflicts) {
        if (conflicts.isEmpty()) {
            return groups;
        }
        List<ClaimGroup> split = new ArrayList<>(groups.size());
        boolean changed = false;
        for (ClaimGroup group : groups) {
            List<ClaimGroup> parts = without(group, conflicts);
            changed |= parts.size() > 1;
            split.addAll(parts);
        }
        if (!changed) {
            return groups;
        }
        // stable: among claims of equal support, the aligner's order, with split-off claims after their origin
        split.sort(Comparator.comparingInt((ClaimGroup g) -> -g.sentences().size()));
        List<ClaimGroup> out = new ArrayList<>(split.size());
        for (ClaimGroup group : split) {
            Story.Claim claim = group.claim();
            out.add(new ClaimGroup(new Story.Claim("c" + (out.size() + 1), claim.text(), claim.articles(),
                    claim.unique()), group.sentences()));
        }
        return out;
    }

    /** The group without its contradicting sentences, followed by a group per variant those state. */
    private static List<ClaimGroup> without(ClaimGroup group, List<Story.Conflict> conflicts) {
        List<Sentence> kept = new ArrayList<>(group.sentences());
        Map<Story.Variant, List<Sentence>> others = new LinkedHashMap<>();
        for (Story.Conflict conflict : conflicts) {
            Story.Variant own = variantIn(group.claim().text(), conflict);
            if (own == null) {
                continue;
            }
            kept.removeIf(sentence -> {
                Story.Variant stated = variantIn(sentence.text(), conflict);
                if (stated != null && stated != own) {
                    others.computeIfAbsent(stated, v -> new ArrayList<>()).add(sentence);
                    return true;
                }
                return false;
            });
        }
        if (kept.size() == group.sentences().size() || kept.isEmpty()) {
            return List.of(group);
        }
        List<ClaimGroup> out = new ArrayList<>();
        out.add(of(group.claim().id(), group.claim().text(), kept));
        for (List<Sentence> sentences : others.values()) {
            out.add(of(group.claim().id(), sentences.getFirst().text(), sentences));
        }
        return out;
    }

    private static ClaimGroup of(String id, String text, List<Sentence> sentences) {
        List<String> articles = sentences.stream().map(Sentence::articleId).toList();
        return new ClaimGroup(new Story.Claim(id, text, articles, articles.size() == 1), sentences);
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
