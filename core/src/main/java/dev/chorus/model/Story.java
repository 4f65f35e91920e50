package dev.chorus.model;

import java.time.LocalDate;
import java.util.List;

/**
 * Several articles on one event, compared with each other. Field names follow the JSON contract in README.md.
 *
 * @param id        stable id derived from the member article ids
 * @param headline  one line naming the event
 * @param date      when the event happened, if known
 * @param articles  member articles, oldest first
 * @param summary   summary sentences, each citing the articles that support it
 * @param claims    single facts with every article that reports them
 * @param quotes    direct quotations with their speaker
 * @param entities  people, organisations and places, with spelling variants merged
 * @param conflicts facts on which articles give different values
 * @param copies    pairs of articles where one reuses the other's sentences
 */
public record Story(String id, String headline, LocalDate date, List<Article> articles,
                    List<SummarySentence> summary, List<Claim> claims, List<Quote> quotes,
                    List<Entity> entities, List<Conflict> conflicts, List<Copy> copies) {

    public Story {
        articles = List.copyOf(articles);
        summary = List.copyOf(summary);
        claims = List.copyOf(claims);
        quotes = List.copyOf(quotes);
        entities = List.copyOf(entities);
        conflicts = List.copyOf(conflicts);
        copies = List.copyOf(copies);
    }

    /** A summary sentence and the articles that support it. */
    public record SummarySentence(String text, List<String> articles) {
        public SummarySentence {
            articles = List.copyOf(articles);
        }
    }

    /**
     * One fact and every article that reports it.
     *
     * @param unique true when a single article reports it
     */
    public record Claim(String id, String text, List<String> articles, boolean unique) {
        public Claim {
            articles = List.copyOf(articles);
        }
    }

    /** A direct quotation; {@code speaker} is null when it cannot be attributed. */
    public record Quote(String speaker, String text, List<String> articles) {
        public Quote {
            articles = List.copyOf(articles);
        }
    }

    /** What kind of thing an entity is. */
    public enum EntityType { PERSON, ORG, PLACE, OTHER }

    /** A named entity; {@code aliases} are other spellings found for it. */
    public record Entity(String name, EntityType type, List<String> aliases, List<String> articles) {
        public Entity {
            aliases = List.copyOf(aliases);
            articles = List.copyOf(articles);
        }
    }

    /** A fact on which articles disagree: what it is about, and each value with the articles giving it. */
    public record Conflict(String about, List<Variant> variants) {
        public Conflict {
            variants = List.copyOf(variants);
        }
    }

    /** One value of a conflicting fact. */
    public record Variant(String value, List<String> articles) {
        public Variant {
            articles = List.copyOf(articles);
        }
    }

    /**
     * Article {@code b} reuses article {@code a} (or the other way round).
     *
     * @param shared share of the shorter article's sentences found near-verbatim in the other, 0..1
     */
    public record Copy(String a, String b, double shared) {
    }
}
