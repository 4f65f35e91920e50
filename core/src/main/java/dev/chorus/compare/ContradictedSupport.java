package dev.chorus.compare;

import dev.chorus.model.Sentence;
import dev.chorus.model.Story;
import dev.chorus.sentence.Folding;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Takes out of each claim the sentences that state it with a contradicting value. Alignment groups sentences
 * by how much they share, so "injuring 12 people" and "Fifteen people were injured" can form one claim; but an
 * article giving fifteen does not report the claim that twelve were injured. The sentences taken out are not
 * lost: those stating one variant become a claim of their own (the other side of the conflict), so every
 * sentence of every article is still in exactly one claim. A group stands for the variant most of its sentences
 * state, and is shown by a sentence true to all its articles (see {@link #textFor}).
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
            changed |= parts.size() > 1 || parts.getFirst() != group;
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
            Story.Variant own = sideOf(group, kept, conflict);
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
        if (kept.isEmpty()) {
            return List.of(group);
        }
        List<ClaimGroup> out = new ArrayList<>();
        String text = textFor(kept, group.claim().text(), conflicts);
        if (kept.size() == group.sentences().size() && text.equals(group.claim().text())) {
            return List.of(group);
        }
        out.add(of(group.claim().id(), text, kept));
        for (List<Sentence> sentences : others.values()) {
            out.add(of(group.claim().id(), textFor(sentences, null, conflicts), sentences));
        }
        return out;
    }

    /**
     * The text a claim of {@code sentences} is shown by: {@code current} if it is one of theirs and true to every
     * article behind the claim, else the first of them that is, preferring one that stands alone (no opening "He
     * added"). A sentence is not true to the claim's articles when it states a variant of a conflict that one of
     * them contradicts: "..., Lavrov said in Sochi" cannot speak for an article that puts the talks in Moscow,
     * however alike the rest reads. When none is, {@code current} (or the first) stays.
     */
    private static String textFor(List<Sentence> sentences, String current, List<Story.Conflict> conflicts) {
        Set<String> articles = new java.util.HashSet<>();
        sentences.forEach(sentence -> articles.add(sentence.articleId()));
        List<String> texts = new ArrayList<>();
        if (current != null && sentences.stream().anyMatch(sentence -> sentence.text().equals(current))) {
            texts.add(current);
        }
        sentences.stream().map(Sentence::text).filter(t -> ClaimAligner.dependence(t) == 0).forEach(texts::add);
        sentences.stream().map(Sentence::text).forEach(texts::add);
        for (String text : texts) {
            if (trueToAll(text, articles, conflicts)) {
                return text;
            }
        }
        return texts.getFirst();
    }

    private static boolean trueToAll(String text, Set<String> articles, List<Story.Conflict> conflicts) {
        for (Story.Conflict conflict : conflicts) {
            Story.Variant stated = variantIn(text, conflict);
            if (stated == null) {
                continue;
            }
            for (Story.Variant other : conflict.variants()) {
                if (other != stated && other.articles().stream().anyMatch(articles::contains)) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * The variant of {@code conflict} the group stands for: the one most of its sentences state (a mistranslation
     * grouped with three correct reports is the one taken out), on a tie the one its claim text states; null when
     * no sentence states one.
     */
    private static Story.Variant sideOf(ClaimGroup group, List<Sentence> sentences, Story.Conflict conflict) {
        Map<Story.Variant, Integer> counts = new LinkedHashMap<>();
        for (Sentence sentence : sentences) {
            Story.Variant stated = variantIn(sentence.text(), conflict);
            if (stated != null) {
                counts.merge(stated, 1, Integer::sum);
            }
        }
        if (counts.isEmpty()) {
            return null;
        }
        int most = counts.values().stream().max(Integer::compare).orElseThrow();
        Story.Variant ofText = variantIn(group.claim().text(), conflict);
        if (ofText != null && counts.getOrDefault(ofText, 0) == most) {
            return ofText;
        }
        return counts.entrySet().stream().filter(e -> e.getValue() == most).findFirst().orElseThrow().getKey();
    }

    private static ClaimGroup of(String id, String text, List<Sentence> sentences) {
        List<String> articles = sentences.stream().map(Sentence::articleId).toList();
        return new ClaimGroup(new Story.Claim(id, text, articles, articles.size() == 1), sentences);
    }

    /**
     * The words of {@code text}, folded, with hyphens inside words and the articles a, an, the dropped, each word
     * between spaces: "continue cooperation in this area, despite the continuing pressure" and "continue
     * co-operation in this area despite continuing pressure" give the same words.
     */
    private static String words(String text) {
        String folded = HYPHEN.matcher(Folding.fold(text)).replaceAll("");
        StringBuilder out = new StringBuilder(" ");
        for (String word : NOT_WORD.split(folded)) {
            if (!word.isEmpty() && !ARTICLES.contains(word)) {
                out.append(word).append(' ');
            }
        }
        return out.toString();
    }

    private static final Pattern HYPHEN = Pattern.compile("(?<=\\p{L})-(?=\\p{L})");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Set<String> ARTICLES = Set.of("a", "an", "the");

    /** The one variant of {@code conflict} whose value {@code text} states, or null for none or several. */
    private static Story.Variant variantIn(String text, Story.Conflict conflict) {
        String words = words(text);
        Story.Variant found = null;
        for (Story.Variant variant : conflict.variants()) {
            String value = words(variant.value());
            if (!value.isBlank() && words.contains(value)) {
                if (found != null) {
                    return null;
                }
                found = variant;
            }
        }
        return found;
    }
}
