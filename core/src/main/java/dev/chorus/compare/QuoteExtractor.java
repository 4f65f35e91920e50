package dev.chorus.compare;

import dev.chorus.model.AnalysedArticle;
import dev.chorus.model.Sentence;
import dev.chorus.model.Story;
import dev.chorus.sentence.Folding;
import dev.chorus.sentence.Terms;
import dev.chorus.sentence.Tokenizer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Direct quotations with their speakers, merged across articles.
 *
 * <p>Quotes are text between double quotes, straight or typographic (mixed pairs allowed), within one
 * paragraph; a quote left open runs to the end of its paragraph; a straight quote glued to a word never opens
 * one. In a paragraph without double quotes, typographic single quotes (‘...’, British style) count too, an
 * apostrophe followed by a letter never closing them; in a paragraph with no other quote marks, straight single
 * quotes do where they clearly delimit a quotation ({@link #straightSingles}). Quotes of fewer than
 * {@value #MIN_WORDS} words are scare quotes or names ("S-400") and are skipped.
 *
 * <p>The speaker comes from the rest of the sentence: a speech verb after the quote with a name or pronoun next
 * to it ({@code "...," Lavrov said}, {@code said Lavrov}, {@code according to Lavrov}), else a speech verb before
 * it with the last name or pronoun before that verb ({@code Lavrov said: "..."}, {@code Lavrov told reporters
 * that "..."}, {@code Asked about X, Lavrov said: "..."}). "he" and "she" resolve to the last subject of a
 * speech verb ("Lavrov said ...") in this paragraph, else the last person named before them in this paragraph,
 * else the last speech-verb subject of the previous paragraph, else the most recent person mentioned before them
 * outside quotes; role phrases such as "the Turkish minister" to the most recent person introduced
 * with those words; "the ministry", "the company" to the most recent organisation with that word in its name.
 * An unattributed quote takes the speaker of an attributed quote later in the same sentence, or, when its sentence
 * has no speech verb of its own (whose subject is then no known person: "the ministry stressed that"), of the
 * previous quote in its paragraph, or, when it opens its paragraph, of the last quote in the previous one (the news
 * convention for continued quotes). Names map to the canonical {@link Story.Entity#name()} of the given
 * entities.
 *
 * <p>The same quote from several articles (equal after folding, hyphens and punctuation ignored; one contained
 * in the other; or, for longer quotes, {@link #TERM_CONTAINMENT} of the shorter one's content terms found in
 * the other) becomes one {@link Story.Quote}: its text is the most frequent wording (ties to the longer),
 * its speaker the most frequent attribution, its articles in input order. Quotes are ordered by number of
 * articles, then first appearance. Stateless and thread-safe.
 */
public final class QuoteExtractor {

    /** Quotes with fewer words are skipped. */
    public static final int MIN_WORDS = 4;
    /** Share of the shorter quote's content terms that must occur in the longer one to merge fuzzily. */
    public static final double TERM_CONTAINMENT = QuoteMatch.TERM_CONTAINMENT;

    /**
     * Whether {@code pronoun} ("he", "she", or null for any) can stand for {@code person}: not when the person's
     * given name is one borne almost only by the other sex ({@link Lexicon#WOMEN_NAMES}, {@link Lexicon#MEN_NAMES}).
     */
    static boolean fits(Story.Entity person, String pronoun) {
        if (pronoun == null) {
            return true;
        }
        String given = Folding.fold(person.name().strip().split("\\s+")[0]);
        return pronoun.equals("he") ? !Lexicon.WOMEN_NAMES.contains(given)
                : !pronoun.equals("she") || !Lexicon.MEN_NAMES.contains(given);
    }

    /** Whether {@code word} (folded, lower case) is a verb of speech that attributes a quote: said, told, added... */
    public static boolean isSpeechVerb(String word) {
        return Lexicon.SPEECH_VERBS.contains(word);
    }

    /** A sentence ends at . ! or ? before a space or the end, a closing quote mark allowed in between. */
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"”’]?(\\s|$)");
    private static final Set<String> TITLE_ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "prof", "gen", "sen",
            "rep", "gov", "lt", "col", "sgt", "capt", "cmdr", "adm", "maj", "pres", "rev", "hon", "st");
    private static final Set<String> PRONOUNS = Set.of("he", "she");
    /** Words that end a role or organisation phrase on its left: "the [Turkish minister]". */
    private static final Set<String> ARTICLES = Set.of("the", "a", "an");
    private static final Set<String> DETERMINERS = Set.of("the", "his", "her");
    private static final Set<String> ROLE_NOUNS = Set.of("minister", "president", "official", "spokesman",
            "spokeswoman", "spokesperson", "diplomat", "leader", "chief", "premier", "secretary", "ambassador",
            "envoy", "chancellor", "governor", "mayor", "senator", "general", "commander", "source", "officer",
            "director", "executive", "chairman", "chairwoman", "counterpart", "head");

    /** A quote found in one article, before merging; {@code direct} when its own sentence names the speaker. */
    record Found(String text, String speaker, boolean direct, boolean phrase, int article, int order,
                 QuoteMatch.Form form) {
        String key() {
            return form.key();
        }
    }

    /**
     * The quotes of a story and the conflicts they show.
     *
     * @param quotes   merged quotes (see the class description)
     * @param speakers one quote attributed to different people by different articles ("who said ...")
     * @param wordings wordings of one quote that say different things ({@link QuoteMatch#change})
     */
    public record Findings(List<Story.Quote> quotes, List<Story.Conflict> speakers, List<Story.Conflict> wordings) {

        /** Both kinds of conflict, speakers first. */
        public List<Story.Conflict> conflicts() {
            List<Story.Conflict> all = new ArrayList<>(speakers);
            all.addAll(wordings);
            return all;
        }
    }

    /**
     * An organisation named by a phrase rather than a known entity: "Turkey's foreign ministry", "the Turkish
     * Defense Ministry" (the phrase without "the"); {@code head} is its folded last word.
     */
    record OrgPhrase(int start, int end, String text, String head) {
    }

    /** A quote span within a paragraph: quote marks at {@code open} and {@code close}. */
    record Span(int open, int close, String content) {
    }

    /** The quotes of {@code articles}; {@code entities} name the speakers. See the class description. */
    public List<Story.Quote> extract(List<AnalysedArticle> articles, List<Story.Entity> entities) {
        return find(articles, entities).quotes();
    }

    /** The quotes of {@code articles} and the conflicts among them; {@code entities} name the speakers. */
    public Findings find(List<AnalysedArticle> articles, List<Story.Entity> entities) {
        EntityIndex index = new EntityIndex(entities);
        Map<Story.Entity, Set<String>> descriptors = descriptors(articles, index);
        List<Found> found = new ArrayList<>();
        for (int a = 0; a < articles.size(); a++) {
            extract(articles.get(a), a, index, descriptors, found);
        }
        return merge(found, articles);
    }

    private static List<String> paragraphs(AnalysedArticle article) {
        Map<Integer, StringBuilder> byParagraph = new LinkedHashMap<>();
        for (Sentence s : article.sentences()) {
            StringBuilder sb = byParagraph.computeIfAbsent(s.paragraph(), p -> new StringBuilder());
            if (!sb.isEmpty()) {
                sb.append(' ');
            }
            sb.append(s.text());
        }
        return byParagraph.values().stream().map(StringBuilder::toString).toList();
    }

    private void extract(AnalysedArticle article, int a, EntityIndex index,
                         Map<Story.Entity, Set<String>> descriptors, List<Found> out) {
        List<Story.Entity> history = new ArrayList<>();
        List<OrgPhrase> orgHistory = new ArrayList<>();
        Set<String> phraseSpeakers = new HashSet<>();
        List<EntityIndex.Mention> previousSubjects = List.of();
        String previousParagraphSpeaker = null;
        for (String para : paragraphs(article)) {
            List<Span> spans = spans(para);
            List<EntityIndex.Mention> mentions = new ArrayList<>();
            for (EntityIndex.Mention m : index.find(para)) {
                if (!inside(spans, m.start())) {
                    mentions.add(m);
                }
            }
            List<EntityIndex.Mention> subjects = speechSubjects(para, spans, mentions);
            List<OrgPhrase> orgPhrases = orgPhrases(para, spans);
            Ctx ctx = new Ctx(history, mentions, descriptors, previousSubjects, subjects, orgHistory, orgPhrases,
                    spans.isEmpty() ? List.of() : anchoredPhrases(para, spans, ROLE_NOUNS), phraseSpeakers);
            String[] speakers = new String[spans.size()];
            boolean[] direct = new boolean[spans.size()];
            for (int q = 0; q < spans.size(); q++) {
                Span sp = spans.get(q);
                int nextOpen = q + 1 < spans.size() ? spans.get(q + 1).open() : para.length();
                int prevClose = q > 0 ? spans.get(q - 1).close() + 1 : 0;
                speakers[q] = after(para, sp, nextOpen, ctx);
                if (speakers[q] == null) {
                    speakers[q] = before(para, sp, prevClose, ctx);
                }
                // the others are continued quotes, inferred from their neighbours; a phrase ("the ministry") names
                // no one precisely enough to contradict another article's speaker
                direct[q] = speakers[q] != null && !phraseSpeakers.contains(speakers[q]);
            }
            for (int q = spans.size() - 2; q >= 0; q--) {
                // from the last character inside the quote: "... the town." ends its sentence at the period
                int end = sentenceEnd(para, Math.max(spans.get(q).open() + 1, spans.get(q).close() - 1));
                boolean sameSentence = end < 0 || end >= spans.get(q + 1).open();
                if (speakers[q] == null && speakers[q + 1] != null && sameSentence) {
                    speakers[q] = speakers[q + 1];
                }
            }
            for (int q = 0; q < spans.size(); q++) {
                // a quote whose sentence has a speech verb of its own ("the ministry stressed that ...") was given
                // by that verb's subject, even one that is no known entity: it continues no earlier quote, except
                // one of the same sentence with no verb between them (X said it was "a" and "b")
                if (speakers[q] == null && (!ownSpeechVerb(para, spans, q) || q > 0 && governedAlike(para, spans, q))) {
                    if (q > 0) {
                        speakers[q] = speakers[q - 1];
                    } else if (spans.get(q).open() == 0) {
                        speakers[q] = previousParagraphSpeaker;
                    }
                }
            }
            previousParagraphSpeaker = spans.isEmpty() ? null : speakers[spans.size() - 1];
            previousSubjects = subjects;
            orgHistory.addAll(orgPhrases);
            for (EntityIndex.Mention m : mentions) {
                if (m.entity().type() == Story.EntityType.PERSON || m.entity().type() == Story.EntityType.ORG) {
                    history.add(m.entity());
                }
            }
            for (int q = 0; q < spans.size(); q++) {
                String content = spans.get(q).content();
                if (Tokenizer.tokens(content).size() < MIN_WORDS) {
                    continue;
                }
                out.add(new Found(content, speakers[q], direct[q], phraseSpeakers.contains(speakers[q]), a,
                        out.size(), QuoteMatch.Form.of(content)));
            }
        }
    }

    /**
     * Whether quote {@code q} follows quote {@code q - 1} in one sentence with no speech or fragment verb between
     * them, so that whatever verb introduced the first introduces it too.
     */
    private static boolean governedAlike(String para, List<Span> spans, int q) {
        int from = spans.get(q - 1).close() + 1;
        int to = spans.get(q).open();
        int end = sentenceEnd(para, Math.max(spans.get(q - 1).open() + 1, spans.get(q - 1).close() - 1));
        if (end >= 0 && end < to || from > to) {
            return false;
        }
        for (Words.Word w : Words.of(para.substring(from, to))) {
            if (Lexicon.SPEECH_VERBS.contains(w.folded()) || Lexicon.FRAGMENT_VERBS.contains(w.folded())) {
                return false;
            }
        }
        return true;
    }

    /** Whether the sentence around quote {@code q} has a speech or fragment verb outside quotes. */
    private static boolean ownSpeechVerb(String para, List<Span> spans, int q) {
        Span sp = spans.get(q);
        int start = 0;
        for (int end = sentenceEnd(para, 0); end >= 0 && end < sp.open(); end = sentenceEnd(para, start)) {
            start = end + 1;
        }
        int end = sentenceEnd(para, Math.min(sp.close() + 1, para.length()));
        String sentence = para.substring(start, end < 0 ? para.length() : end);
        for (Words.Word w : Words.of(sentence)) {
            if ((Lexicon.SPEECH_VERBS.contains(w.folded()) || Lexicon.FRAGMENT_VERBS.contains(w.folded()))
                    && !inside(spans, start + w.start())) {
                return true;
            }
        }
        return false;
    }

    private static boolean inside(List<Span> spans, int pos) {
        for (Span s : spans) {
            if (pos > s.open() && pos < s.close()) {
                return true;
            }
        }
        return false;
    }

    /**
     * What pronoun resolution needs at one point of an article: people mentioned in earlier paragraphs, mentions
     * of the current paragraph (outside quotes), and the titles and demonyms each person was introduced with.
     */
    private record Ctx(List<Story.Entity> history, List<EntityIndex.Mention> mentions,
                       Map<Story.Entity, Set<String>> descriptors, List<EntityIndex.Mention> previousSubjects,
                       List<EntityIndex.Mention> subjects, List<OrgPhrase> orgHistory, List<OrgPhrase> orgPhrases,
                       List<OrgPhrase> rolePhrases, Set<String> phraseSpeakers) {

        /** The role phrase of this paragraph ending at {@code end} ("Turkey's defence chief"), else null. */
        OrgPhrase rolePhrase(int end) {
            for (OrgPhrase r : rolePhrases) {
                if (r.end() == end) {
                    return r;
                }
            }
            return null;
        }

        /** {@code text}, remembered as a speaker that is no known entity. */
        String phraseSpeaker(String text) {
            phraseSpeakers.add(text);
            return text;
        }

        /**
         * The organisation phrase that ends at {@code end} ("Turkey's foreign ministry said"), else the most recent
         * one before it with {@code head} as its last word ("the ministry said"), in this paragraph or an earlier
         * one; remembered as a speaker that is no known entity. Null if none.
         */
        String orgPhrase(int end, String head) {
            OrgPhrase found = null;
            for (OrgPhrase o : orgHistory) {
                if (o.head().equals(head)) {
                    found = o;
                }
            }
            for (OrgPhrase o : orgPhrases) {
                if (o.end() <= end && o.head().equals(head)) {
                    found = o;
                }
            }
            return found == null ? null : phraseSpeaker(found.text());
        }

        /**
         * Who "he" or "the minister" at {@code pos} is. Without {@code role} words: the most recent person who
         * was the subject of a speech verb ("Lavrov said ...") earlier in this paragraph, else the most recent
         * person named earlier in this paragraph, else the last speech-verb subject of the previous paragraph,
         * else the most recent person mentioned. With role words ("russian", "minister"): the most recent person
         * described by a word of every group, else no one.
         */
        Story.Entity resolve(int pos, List<Set<String>> role) {
            return resolve(pos, role, null);
        }

        /**
         * Who {@code pronoun} ("he" or "she") at {@code pos} is, as {@link #resolve(int, List)} finds it among
         * the people the pronoun can stand for: "he" is not a Kirsten, nor "she" a Michael.
         */
        Story.Entity resolvePronoun(int pos, String pronoun) {
            return resolve(pos, List.of(), pronoun);
        }

        private Story.Entity resolve(int pos, List<Set<String>> role, String pronoun) {
            List<Story.Entity> all = before(pos, Story.EntityType.PERSON);
            if (role.isEmpty()) {
                Story.Entity subject = null;
                for (EntityIndex.Mention m : subjects) {
                    if (m.end() <= pos && fits(m.entity(), pronoun)) {
                        subject = m.entity();
                    }
                }
                if (subject != null) {
                    return subject;
                }
                // A person named earlier in this paragraph is nearer than the previous paragraph's speaker:
                // "Fire chief Brandt said ... ¶ Mayor Lind has closed three bridges. "...," she said."
                Story.Entity named = null;
                for (EntityIndex.Mention m : mentions) {
                    if (m.end() <= pos && m.entity().type() == Story.EntityType.PERSON && fits(m.entity(), pronoun)) {
                        named = m.entity();
                    }
                }
                if (named != null) {
                    return named;
                }
                for (EntityIndex.Mention m : previousSubjects) {
                    if (fits(m.entity(), pronoun)) {
                        subject = m.entity();
                    }
                }
                if (subject != null) {
                    return subject;
                }
            }
            if (all.isEmpty()) {
                return null;
            }
            if (!role.isEmpty()) {
                for (int i = all.size() - 1; i >= 0; i--) {
                    Set<String> described = descriptors.getOrDefault(all.get(i), Set.of());
                    if (role.stream().allMatch(group -> !Collections.disjoint(group, described))) {
                        return all.get(i);
                    }
                }
                // "the Turkish minister" when no Turkish person is known: the last person named may be anyone
                return null;
            }
            return all.get(all.size() - 1);
        }

        /** The most recent organisation before {@code pos} whose name has {@code word} ("the ministry said"). */
        Story.Entity resolveOrg(int pos, String word) {
            List<Story.Entity> all = before(pos, Story.EntityType.ORG);
            for (int i = all.size() - 1; i >= 0; i--) {
                if (List.of(EntityIndex.key(all.get(i).name()).split(" ")).contains(word)) {
                    return all.get(i);
                }
            }
            return null;
        }

        private List<Story.Entity> before(int pos, Story.EntityType type) {
            List<Story.Entity> all = new ArrayList<>();
            for (Story.Entity e : history) {
                if (e.type() == type) {
                    all.add(e);
                }
            }
            for (EntityIndex.Mention m : mentions) {
                if (m.end() <= pos && m.entity().type() == type) {
                    all.add(m.entity());
                }
            }
            return all;
        }
    }

    /**
     * People of a paragraph who are the subject of a speech verb outside quotes: "Lavrov said", "Lavrov also
     * told", "Lavrov, who told", "said Foreign Minister Lavrov". In text order.
     */
    private static List<EntityIndex.Mention> speechSubjects(String para, List<Span> spans,
                                                            List<EntityIndex.Mention> mentions) {
        List<EntityIndex.Mention> out = new ArrayList<>();
        List<Words.Word> words = Words.of(para);
        for (int i = 0; i < words.size(); i++) {
            Words.Word verb = words.get(i);
            if (!Lexicon.SPEECH_VERBS.contains(verb.folded()) || inside(spans, verb.start())) {
                continue;
            }
            EntityIndex.Mention subject = null;
            for (EntityIndex.Mention m : mentions) {
                if (m.entity().type() != Story.EntityType.PERSON) {
                    continue;
                }
                if (m.end() <= verb.start()) {
                    String between = para.substring(m.end(), verb.start());
                    int n = Words.of(between).size();
                    if (!between.contains("\"") && !between.contains("“") && !between.contains("”")
                            && (n <= 2 || n <= 4 && between.contains(", who"))) {
                        subject = m;
                    }
                } else if (subject == null && m.start() >= verb.end()) {
                    boolean titlesOnly = true;
                    for (Words.Word w : Words.of(para.substring(verb.end(), m.start()))) {
                        titlesOnly &= w.capitalised() || Lexicon.TITLES.contains(w.folded());
                    }
                    if (titlesOnly && !para.substring(verb.end(), m.start()).contains(",")) {
                        subject = m;
                    }
                    break;
                }
            }
            if (subject != null && (out.isEmpty() || out.get(out.size() - 1) != subject)) {
                out.add(subject);
            }
        }
        return out;
    }

    /**
     * Organisation phrases of a paragraph, outside quotes: an organisation word ({@link Lexicon#ORG_WORDS}) led by
     * an anchor (a possessive such as "Turkey's", a demonym, or a capitalised word not opening its sentence), with
     * up to two lower-case words between them ("foreign", "defence"). A bare "the ministry" is no phrase: it
     * refers back to one.
     */
    static List<OrgPhrase> orgPhrases(String para, List<Span> spans) {
        return anchoredPhrases(para, spans, Lexicon.ORG_WORDS);
    }

    /**
     * Phrases of a paragraph, outside quotes, whose last word is one of {@code heads}, led by an anchor as
     * {@link #orgPhrases} describes: "Turkey's foreign ministry", "Turkey's defence chief".
     */
    static List<OrgPhrase> anchoredPhrases(String para, List<Span> spans, Set<String> heads) {
        List<OrgPhrase> out = new ArrayList<>();
        List<Words.Word> words = Words.of(para);
        for (int i = 1; i < words.size(); i++) {
            Words.Word head = words.get(i);
            if (!heads.contains(head.folded()) || inside(spans, head.start())) {
                continue;
            }
            int start = -1;
            int lower = 0;
            for (int j = i - 1; j >= 0; j--) {
                Words.Word w = words.get(j);
                String gap = para.substring(w.end(), words.get(j + 1).start());
                boolean possessive = w.folded().equals("s") && j > 0 && (gap.equals(" "))
                        && isApostrophe(para.substring(words.get(j - 1).end(), w.start()));
                if (possessive) {
                    start = words.get(j - 1).start();
                    break;
                }
                if (!gap.equals(" ") || ARTICLES.contains(w.folded())) {
                    break;
                }
                if (Lexicon.isDemonym(w.folded()) || w.capitalised() && !opensSentence(para, w.start())
                        && !Lexicon.ORG_WORDS.contains(w.folded())) {
                    start = w.start();
                    continue; // "Turkish Defense Ministry": the anchor may itself follow another
                }
                if (start >= 0 || w.capitalised() || ++lower > 2) {
                    break;
                }
            }
            if (start >= 0) {
                out.add(new OrgPhrase(start, head.end(), para.substring(start, head.end()), head.folded()));
            }
        }
        return out;
    }

    private static boolean isApostrophe(String s) {
        return s.equals("'") || s.equals("’");
    }

    /** Whether the word at {@code pos} opens its sentence (only spaces and quote marks after a . ! ? before it). */
    private static boolean opensSentence(String para, int pos) {
        for (int i = pos - 1; i >= 0; i--) {
            char c = para.charAt(i);
            if (Character.isWhitespace(c) || c == '"' || c == '“' || c == '(') {
                continue;
            }
            return c == '.' || c == '!' || c == '?';
        }
        return true;
    }

    /** Title, role and demonym words written right before each person's mentions anywhere in the story. */
    private static Map<Story.Entity, Set<String>> descriptors(List<AnalysedArticle> articles, EntityIndex index) {
        Map<Story.Entity, Set<String>> out = new java.util.HashMap<>();
        for (AnalysedArticle a : articles) {
            for (Sentence s : a.sentences()) {
                List<Words.Word> words = Words.of(s.text());
                for (EntityIndex.Mention m : index.find(s.text())) {
                    if (m.entity().type() != Story.EntityType.PERSON) {
                        continue;
                    }
                    int w = 0;
                    while (w < words.size() && words.get(w).start() < m.start()) {
                        w++;
                    }
                    for (int k = w - 1; k >= 0 && k >= w - 5; k--) {
                        String f = words.get(k).folded();
                        if (!Lexicon.TITLES.contains(f) && !Lexicon.isDemonym(f) && Lexicon.place(f) == null) {
                            break;
                        }
                        out.computeIfAbsent(m.entity(), e -> new HashSet<>()).add(f);
                        String place = Lexicon.place(f);
                        if (place != null) { // "Russia's Foreign Minister" describes a Russian
                            out.get(m.entity()).addAll(Lexicon.demonymsOf(place));
                        }
                    }
                }
            }
        }
        return out;
    }

    /** Quote spans of a paragraph, in order. */
    static List<Span> spans(String para) {
        boolean doubles = false;
        for (int i = 0; i < para.length() && !doubles; i++) {
            char c = para.charAt(i);
            doubles = c == '"' || c == '“' || c == '”' || c == '„' || c == '«' || c == '»';
        }
        List<Span> out = new ArrayList<>();
        int open = -1;
        for (int i = 0; i < para.length(); i++) {
            char c = para.charAt(i);
            if (open < 0) {
                if (doubles ? c == '"' && opensAt(para, i) || c == '“' || c == '„' || c == '«'
                        : c == '‘' && opensAt(para, i)) {
                    open = i;
                }
            } else if (doubles ? c == '"' || c == '”' || c == '»' || c == '“' && para.charAt(open) == '"'
                    : c == '’' && closesAt(para, i)) {
                out.add(new Span(open, i, clean(para.substring(open + 1, i))));
                open = -1;
            }
        }
        if (open >= 0) {
            out.add(new Span(open, para.length(), clean(para.substring(open + 1))));
        }
        if (out.isEmpty() && !doubles && para.indexOf('‘') < 0) {
            return straightSingles(para);
        }
        return out;
    }

    /**
     * Quotes between straight single quotes ('...'), in a paragraph with no other quote marks, where they clearly
     * delimit a quotation: the opening mark starts the text or follows a space, bracket or dash and comes before a
     * letter or digit; the closing mark follows a non-space and comes before no letter or digit (so "Turkey's"
     * neither opens nor closes); a quote left open is no quote; and the paragraph has a speech verb outside the
     * quotes ("'We will not give up,' Lind said").
     */
    private static List<Span> straightSingles(String para) {
        List<Span> out = new ArrayList<>();
        int open = -1;
        for (int i = 0; i < para.length(); i++) {
            if (para.charAt(i) != '\'') {
                continue;
            }
            boolean letterAfter = i + 1 < para.length() && Character.isLetterOrDigit(para.charAt(i + 1));
            if (open < 0) {
                if (opensAt(para, i) && letterAfter) {
                    open = i;
                }
            } else if (!letterAfter && !Character.isWhitespace(para.charAt(i - 1)) && i > open + 1) {
                out.add(new Span(open, i, clean(para.substring(open + 1, i))));
                open = -1;
            }
        }
        for (Words.Word w : Words.of(para)) {
            if (Lexicon.SPEECH_VERBS.contains(w.folded()) && !inside(out, w.start())) {
                return out;
            }
        }
        return List.of();
    }

    /**
     * A straight or single opening quote starts the text or follows a space, bracket or dash; one glued to a word
     * or to punctuation ({@code conditions?"}) is a stray closing mark.
     */
    private static boolean opensAt(String s, int i) {
        if (i == 0) {
            return true;
        }
        char p = s.charAt(i - 1);
        return Character.isWhitespace(p) || p == '(' || p == '[' || p == '—' || p == '–' || p == '-' || p == ':';
    }

    /** A single closing quote is not an apostrophe: no letter follows it ("don’t" and "Turkey’s" stay inside). */
    private static boolean closesAt(String s, int i) {
        return i + 1 >= s.length() || !Character.isLetterOrDigit(s.charAt(i + 1));
    }

    private static String clean(String content) {
        String s = content.strip();
        while (!s.isEmpty() && (s.endsWith(",") || s.endsWith(";") || s.endsWith(":"))) {
            s = s.substring(0, s.length() - 1).strip();
        }
        return s;
    }

    /**
     * Offset of the first sentence-ending mark (. ! ?) at or after {@code from} that is followed by a space or the
     * end, and is not the period of a title or an initial ("Mr.", "W."); -1 if none.
     */
    static int sentenceEnd(String para, int from) {
        Matcher m = SENTENCE_END.matcher(para);
        int at = from;
        while (at <= para.length() && m.find(at)) {
            int p = m.start();
            if (para.charAt(p) == '.') {
                int w = p;
                while (w > 0 && Character.isLetter(para.charAt(w - 1))) {
                    w--;
                }
                String word = para.substring(w, p);
                if (word.length() == 1 && Character.isUpperCase(word.charAt(0))
                        || TITLE_ABBREVIATIONS.contains(word.toLowerCase(java.util.Locale.ROOT))) {
                    at = p + 1;
                    continue;
                }
            }
            return p;
        }
        return -1;
    }

    /** Speaker from the text after the quote up to the sentence end or the next quote. */
    private String after(String para, Span sp, int limit, Ctx ctx) {
        if (sp.content().endsWith(".")) {
            // "... responsible." ends its sentence inside the quote: what follows is the next sentence's subject
            return null;
        }
        int from = Math.min(sp.close() + 1, para.length());
        int to = Math.max(from, limit);
        int end = sentenceEnd(para, from);
        if (end >= 0 && end < to) {
            to = end;
        }
        String tail = para.substring(from, to);
        List<Words.Word> words = Words.of(tail);
        int verb = -1;
        for (int i = 0; i < words.size() && i < 12; i++) {
            if (Lexicon.SPEECH_VERBS.contains(words.get(i).folded())) {
                verb = i;
                break;
            }
        }
        if (verb < 0) {
            return null;
        }
        int verbPos = from + words.get(verb).start();
        // "..., Lavrov said" / "he said" / "the Turkish minister said"
        String speaker = subjectBefore(para, from, verbPos, ctx, words, verb, from);
        if (speaker != null) {
            return speaker;
        }
        // "said Lavrov", "according to Lavrov", "said he"
        int k = verb + 1;
        if (k < words.size() && words.get(k).folded().equals("to")) {
            k++;
        }
        if (k < words.size() && PRONOUNS.contains(words.get(k).folded())) {
            return name(ctx.resolvePronoun(from + words.get(k).start(), words.get(k).folded()));
        }
        return nameRightAfter(para, from + words.get(verb).end(), to, ctx.mentions());
    }

    /** A name following a speech verb with only titles or capitalised words in between ("said Minister X"). */
    private static String nameRightAfter(String para, int verbEnd, int limit, List<EntityIndex.Mention> mentions) {
        for (EntityIndex.Mention x : mentions) {
            if (x.start() < verbEnd || x.end() > limit || x.entity().type() == Story.EntityType.PLACE) {
                continue;
            }
            for (Words.Word w : Words.of(para.substring(verbEnd, x.start()))) {
                if (!w.capitalised() && !Lexicon.TITLES.contains(w.folded()) && !w.folded().equals("to")) {
                    return null;
                }
            }
            return x.entity().name();
        }
        return null;
    }

    /** Speaker from the sentence before the quote: the subject of its first speech verb. */
    private String before(String para, Span sp, int prevClose, Ctx ctx) {
        int start = prevClose;
        for (int end = sentenceEnd(para, start); end >= 0 && end + 1 <= sp.open(); end = sentenceEnd(para, start)) {
            start = end + 1;
        }
        String head = para.substring(start, sp.open());
        List<Words.Word> words = Words.of(head);
        for (int i = 0; i < words.size(); i++) {
            if (!Lexicon.SPEECH_VERBS.contains(words.get(i).folded())) {
                continue;
            }
            int verbPos = start + words.get(i).start();
            String speaker = subjectBefore(para, start, verbPos, ctx, words, i, start);
            if (speaker != null) {
                return speaker;
            }
            String named = nameRightAfter(para, start + words.get(i).end(), sp.open(), ctx.mentions());
            if (named != null) {
                return named;
            }
            // "Asked about the deal, Lavrov said: ..." - try the next speech verb
        }
        // "the chief praised his "brave crews"": the verb nearest the quote governs it
        for (int i = words.size() - 1; i >= 0; i--) {
            if (Lexicon.FRAGMENT_VERBS.contains(words.get(i).folded())) {
                return subjectBefore(para, start, start + words.get(i).start(), ctx, words, i, start);
            }
        }
        return null;
    }

    /**
     * The name or pronoun closest before the speech verb at {@code verbPos}, within {@code [from, verbPos)}.
     * {@code words} are the words of the context starting at offset {@code base}; {@code verb} indexes the verb.
     */
    private String subjectBefore(String para, int from, int verbPos, Ctx ctx, List<Words.Word> words, int verb,
                                 int base) {
        EntityIndex.Mention best = null;
        for (EntityIndex.Mention x : ctx.mentions()) {
            if (x.start() >= from && x.end() <= verbPos && x.entity().type() != Story.EntityType.PLACE) {
                best = x;
            }
        }
        // A pronoun or role phrase between that name and the verb wins: "Lavrov ... he said".
        for (int i = verb - 1; i >= 0 && i >= verb - 4; i--) {
            Words.Word w = words.get(i);
            int pos = base + w.start();
            if (best != null && pos < best.end()) {
                break;
            }
            if (PRONOUNS.contains(w.folded())) {
                return name(ctx.resolvePronoun(pos, w.folded()));
            }
            if (Lexicon.ORG_WORDS.contains(w.folded()) && i == verb - 1
                    && para.substring(pos + w.text().length(), verbPos).isBlank()) {
                Story.Entity org = hasArticle(words, i) ? ctx.resolveOrg(pos, w.folded()) : null;
                return org != null ? org.name() : ctx.orgPhrase(base + w.end(), w.folded());
            }
            if (ROLE_NOUNS.contains(w.folded()) && i == verb - 1) {
                OrgPhrase phrase = ctx.rolePhrase(base + w.end());
                if (phrase == null && !hasArticle(words, i)) {
                    continue;
                }
                // "the minister" refers back to whoever spoke; "Turkey's defence chief" only to a person introduced
                // so, else to no known person: the phrase itself is the speaker
                Story.Entity person = ctx.resolve(pos, phrase == null ? List.of() : roleWords(words, i));
                return person != null ? person.name() : phrase != null ? ctx.phraseSpeaker(phrase.text()) : null;
            }
        }
        if (best != null) {
            // Only if the name is the verb's subject: nothing but a few words ("who", "also", a title) between.
            String between = para.substring(best.end(), verbPos);
            if (Words.of(between).size() <= 4 && !between.contains("\"") && !between.contains("“")) {
                return best.entity().name();
            }
            if (Words.of(between).size() <= 12 && (between.contains(", who") || between.startsWith(" who"))) {
                return best.entity().name();
            }
            if (coordinated(between)) {
                return best.entity().name();
            }
        }
        // "the Turkish Defense Ministry condemned the sanctions and stressed that ...", with no entity named
        if (best == null) {
            for (OrgPhrase o : ctx.orgPhrases()) {
                if (o.start() >= from && o.end() <= verbPos && coordinated(para.substring(o.end(), verbPos))) {
                    return ctx.orgPhrase(o.end(), o.head());
                }
            }
        }
        return null;
    }

    /**
     * Whether {@code between}, the text from a subject to a speech verb, is one predicate joined to the verb by
     * "and" ("condemned the sanctions and stressed"): a few words, no comma, no quote.
     */
    private static boolean coordinated(String between) {
        List<Words.Word> words = Words.of(between);
        return words.size() >= 2 && words.size() <= 10 && words.getLast().folded().equals("and")
                && between.indexOf(',') < 0 && between.indexOf('"') < 0 && between.indexOf('“') < 0
                && between.indexOf('”') < 0;
    }

    private static String name(Story.Entity e) {
        return e == null ? null : e.name();
    }

    /**
     * What a person must have been introduced with to be the one a role phrase ending at {@code roleIndex} names,
     * as groups of which the person's descriptors must hold a word each: the nationality (a demonym, or a place
     * and its demonyms: "Turkey's" fits "Turkish Foreign Minister X"), title words ("foreign", "defence") and the
     * role itself when it is a person's title ("minister", not "chief").
     */
    private static List<Set<String>> roleWords(List<Words.Word> words, int roleIndex) {
        List<Set<String>> role = new ArrayList<>();
        String head = words.get(roleIndex).folded();
        if (Lexicon.PERSON_TITLES.contains(head)) {
            role.add(Set.of(head));
        }
        for (int k = roleIndex - 1; k >= 0 && k >= roleIndex - 4; k--) {
            String f = words.get(k).folded();
            if (f.equals("of") || DETERMINERS.contains(f)) {
                break;
            }
            String place = Lexicon.place(f);
            if (Lexicon.isDemonym(f)) {
                role.add(Set.of(f));
            } else if (place != null) {
                Set<String> nationality = Lexicon.demonymsOf(place);
                nationality.add(f);
                role.add(nationality);
            } else if (Lexicon.TITLES.contains(f)) {
                role.add(Set.of(f));
            }
        }
        return role;
    }

    private static boolean hasArticle(List<Words.Word> words, int roleIndex) {
        for (int i = roleIndex - 1; i >= 0 && i >= roleIndex - 3; i--) {
            if (DETERMINERS.contains(words.get(i).folded())) {
                return true;
            }
        }
        return false;
    }

    // ---------------------------------------------------------------------------------------------- merging

    private Findings merge(List<Found> found, List<AnalysedArticle> articles) {
        List<List<Found>> groups = new ArrayList<>();
        // One member per wording is enough to test a group: equal keys give equal terms, so the same answers.
        List<Map<String, Found>> wordings = new ArrayList<>();
        for (Found f : found) {
            int target = -1;
            for (int k = 0; k < groups.size() && target < 0; k++) {
                for (Found x : wordings.get(k).values()) {
                    if (QuoteMatch.same(x.form(), f.form())) {
                        target = k;
                        break;
                    }
                }
            }
            if (target < 0) {
                target = groups.size();
                groups.add(new ArrayList<>());
                wordings.add(new LinkedHashMap<>());
            }
            groups.get(target).add(f);
            wordings.get(target).putIfAbsent(f.key(), f);
        }
        record Ranked(Story.Quote quote, int articles, int first) {
        }
        List<Ranked> ranked = new ArrayList<>();
        for (List<Found> g : groups) {
            Map<String, Integer> keyCount = new LinkedHashMap<>();
            g.forEach(f -> keyCount.merge(f.key(), 1, Integer::sum));
            Found text = g.stream().max(Comparator.comparingInt((Found f) -> keyCount.get(f.key()))
                    .thenComparingInt(f -> f.key().length()).thenComparingInt(f -> -f.order())).orElseThrow();
            // a phrase ("Turkey's defence chief") speaks for the quote only when no article names its speaker
            boolean named = g.stream().anyMatch(f -> f.speaker() != null && !f.phrase());
            Map<String, Integer> speakers = new LinkedHashMap<>();
            g.stream().filter(f -> f.speaker() != null && (!named || !f.phrase()))
                    .forEach(f -> speakers.merge(f.speaker(), 1, Integer::sum));
            String speaker = null;
            for (Map.Entry<String, Integer> e : speakers.entrySet()) {
                if (speaker == null || e.getValue() > speakers.get(speaker)) {
                    speaker = e.getKey();
                }
            }
            Set<Integer> arts = new TreeSet<>();
            g.forEach(f -> arts.add(f.article()));
            List<String> ids = arts.stream().map(i -> articles.get(i).id()).toList();
            ranked.add(new Ranked(new Story.Quote(speaker, text.text(), ids), arts.size(), g.get(0).order()));
        }
        ranked.sort(Comparator.comparingInt((Ranked r) -> -r.articles()).thenComparingInt(Ranked::first));
        List<Story.Conflict> speakers = new ArrayList<>();
        List<Story.Conflict> meanings = new ArrayList<>();
        for (List<Found> g : groups) {
            QuoteConflicts.speakers(g, articles, speakers);
            QuoteConflicts.wordings(g, articles, meanings);
        }
        return new Findings(ranked.stream().map(Ranked::quote).toList(), speakers, meanings);
    }
}
