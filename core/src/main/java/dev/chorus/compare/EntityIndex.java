package dev.chorus.compare;

import dev.chorus.model.Story;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds mentions of already extracted entities in text, by their name, aliases and (for people) surname,
 * compared folded and word by word, longest match first. Immutable; safe to share between threads.
 */
final class EntityIndex {

    /** A mention of {@code entity} covering {@code text.substring(start, end)}. */
    record Mention(int start, int end, Story.Entity entity) {
    }

    private final Map<String, List<String[]>> byFirstWord = new HashMap<>();
    private final Map<String, Story.Entity> byKey = new HashMap<>();

    EntityIndex(List<Story.Entity> entities) {
        Set<String> ambiguous = new HashSet<>();
        for (Story.Entity e : entities) {
            List<String> forms = new ArrayList<>();
            forms.add(e.name());
            forms.addAll(e.aliases());
            for (String form : forms) {
                add(key(form), e, ambiguous);
            }
        }
        // Surnames of people, unless they name something else too.
        Map<String, Story.Entity> surnames = new HashMap<>();
        for (Story.Entity e : entities) {
            if (e.type() != Story.EntityType.PERSON) {
                continue;
            }
            List<Words.Word> words = Words.of(e.name());
            if (words.size() < 2) {
                continue;
            }
            String last = words.get(words.size() - 1).folded();
            Story.Entity holder = byKey.get(last);
            if (holder == e) {
                continue;
            }
            if (holder != null || surnames.containsKey(last)) {
                ambiguous.add(last);
            } else {
                surnames.put(last, e);
            }
        }
        surnames.forEach((k, e) -> {
            if (!ambiguous.contains(k)) {
                add(k, e, ambiguous);
            }
        });
        for (String k : ambiguous) {
            byKey.remove(k);
        }
        for (String k : byKey.keySet()) {
            String[] parts = k.split(" ");
            byFirstWord.computeIfAbsent(parts[0], x -> new ArrayList<>()).add(parts);
        }
        byFirstWord.values().forEach(l -> l.sort((a, b) -> b.length - a.length));
    }

    private void add(String key, Story.Entity e, Set<String> ambiguous) {
        if (key.isEmpty()) {
            return;
        }
        Story.Entity old = byKey.putIfAbsent(key, e);
        if (old != null && old != e) {
            ambiguous.add(key);
        }
    }

    static String key(String form) {
        StringBuilder sb = new StringBuilder();
        for (Words.Word w : Words.of(form)) {
            if (!sb.isEmpty()) {
                sb.append(' ');
            }
            sb.append(w.folded());
        }
        return sb.toString();
    }

    /** The entity named exactly {@code form} (folded), or null. */
    Story.Entity lookup(String form) {
        return byKey.get(key(form));
    }

    /** Mentions in {@code text}, left to right, not overlapping. */
    List<Mention> find(String text) {
        List<Words.Word> words = Words.of(text);
        List<Mention> out = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            Words.Word w = words.get(i);
            List<String[]> candidates = w.capitalised() ? byFirstWord.get(w.folded()) : null;
            int matched = 0;
            if (candidates != null) {
                for (String[] parts : candidates) {
                    if (i + parts.length > words.size()) {
                        continue;
                    }
                    boolean ok = true;
                    for (int k = 0; k < parts.length && ok; k++) {
                        ok = words.get(i + k).folded().equals(parts[k]);
                    }
                    if (ok) {
                        Words.Word last = words.get(i + parts.length - 1);
                        out.add(new Mention(w.start(), last.end(), byKey.get(String.join(" ", parts))));
                        matched = parts.length;
                        break;
                    }
                }
            }
            i += Math.max(1, matched);
        }
        return out;
    }
}
