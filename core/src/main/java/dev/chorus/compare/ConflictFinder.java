package dev.chorus.compare;

import dev.chorus.model.AnalysedArticle;
import dev.chorus.model.Sentence;
import dev.chorus.model.Story;
import dev.chorus.sentence.Folding;
import dev.chorus.sentence.Terms;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Facts on which articles give different values. Built for precision: a value is only compared with a value of
 * the same type in the same slot of a sentence about the same fact.
 *
 * <ul>
 * <li><b>Where an event happened.</b> A sentence with a named person, an event word (talks, met, visited,
 * meeting...) and a place after "in", "at" or "visited" (also "in the Black Sea resort of X") within
 * {@value #EVENT_WINDOW} words states a venue, unless a topic ("talks on the fighting in X") comes between. Statements whose people overlap (two shared people, or the one
 * person of a single-person statement when the sentences are similar) and whose time cues agree (no different
 * weekday, month or year; both or neither marked as past with "last", "earlier", "previously"..., or as future
 * with "will", "next", "expected"...) are about the same event; two different places are a conflict. A country
 * or region and a city are never in conflict (the city may lie in it).</li>
 * <li><b>Numbers</b> (counts, money, percentages, years) in sentences of the same aligned claim, then, for
 * values not compared yet, in sentences with figures aligned more loosely (similarity {@value #LOOSE_THRESHOLD};
 * there both values need preceding words, and some in common). Money is read with its scale ("$2.5 billion" =
 * "$2.5bn" = "2.5 billion dollars" = 2.5e9 USD); percentages as "15%", "15 percent" or "15 per cent"; measures
 * by their unit, never converted ("10 km" = "10 kilometres", but "6 miles" is not compared with it); counts in
 * words too ("twelve" = 12, "two dozen" = 24); counts are slotted by the words after them ("35 officers") and only compared when the
 * words right before them agree too ("killed 12" is not "injured 40"). Values within {@link #EXACT_TOLERANCE}
 * are equal; a qualified value ("more than 6,000", "about 40") is compatible with any value within
 * {@link #APPROX_TOLERANCE}.</li>
 * <li><b>Slots across the story</b> ({@link ValueSlots}), before the passes above: casualty counts with an
 * attached event word ("injuring 12 people", "Fifteen people were injured", "the death toll rose to 9"),
 * founding years ("opened in 1987") and deal sums ("a $2.5bn deal") are compared across all sentences, aligned
 * or not, when the sentences share a named entity or two distinctive words (a party, for deals), name no
 * different places and, for counts, agree on year and tense. {@code about} is the slot's question ("how many
 * people were injured", "when the footbridge opened"). Years compare exactly.</li>
 * <li><b>Dates and weekdays</b> in sentences of the same aligned claim: "on Tuesday" against "on Wednesday",
 * "14 December" against "15 December", "yesterday" against "on Dec. 28", each resolved against its article's
 * publication date ({@link TimeExpressions}) when it has one, so that "on Monday" and "yesterday" published on
 * Tuesday agree; without one, only weekday against weekday and date against date. Only when the words before
 * them agree ("struck on Saturday" is not "rose to 123 on Sunday").</li>
 * <li><b>People in the same role</b>: "Turkish Foreign Minister X" against "Turkish Foreign Minister Y" (never
 * "former", "acting", "outgoing"... holders); a "counterpart" role is anchored to the person it is relative to
 * ("Lavrov's Turkish counterpart").</li>
 * </ul>
 *
 * Quoted text is ignored for venues and roles. Each variant lists the articles giving the value (an article
 * that gives both values appears in both). A conflict needs two different values from two different articles.
 * Conflicts are ordered by number of articles involved, then first appearance. Stateless and thread-safe.
 */
public final class ConflictFinder {

    /** Largest distance in words between an event word and the place it happened at. */
    public static final int EVENT_WINDOW = 12;
    /** Relative difference under which two numbers are the same value. */
    public static final double EXACT_TOLERANCE = 0.02;
    /** Relative difference under which a qualified number ("more than", "about") is compatible. */
    public static final double APPROX_TOLERANCE = 0.2;
    /** Claim-alignment threshold of the second, looser pass over sentences that state figures. */
    static final double LOOSE_THRESHOLD = 0.3;
    /** Similarity two single-person venue statements need to be taken as the same event. */
    static final double SINGLE_PERSON_SIMILARITY = 0.25;

    private static final Set<String> EVENT_WORDS = Set.of("talks", "talk", "meeting", "meetings", "meet", "met",
            "meets", "visit", "visited", "visits", "visiting", "summit", "conference", "negotiations", "held",
            "hold", "holds", "hosted", "host", "hosts", "speaking", "spoke", "discussions", "discussed",
            "gathered", "arrived", "travelled", "traveled", "flew", "signed", "ceremony", "rally", "addressed");
    private static final Set<String> TALK_WORDS = Set.of("talks", "talk", "negotiations", "speaking", "spoke",
            "discussions", "discussed");
    private static final Set<String> TOPIC_WORDS = Set.of("on", "about", "over", "regarding", "concerning",
            "against", "for", "into", "toward", "towards");
    private static final Set<String> VENUE_PREPOSITIONS = Set.of("in", "at", "visited", "visit", "visiting",
            "visits");
    private static final List<String> WEEKDAY_ORDER = List.of("monday", "tuesday", "wednesday", "thursday",
            "friday", "saturday", "sunday");
    private static final Set<String> WEEKDAYS = Set.copyOf(WEEKDAY_ORDER);
    /** Words before a role saying its holder does not hold it now, or not yet. */
    private static final Set<String> NOT_CURRENT = Set.of("former", "ex", "late", "then", "acting", "outgoing",
            "incoming", "previous", "interim", "designate", "elect", "future", "next");
    /** Words placing a statement in the past, so it may be about an earlier event. */
    private static final Set<String> PAST_MARKERS = Set.of("last", "previously", "earlier", "ago", "former",
            "past", "prior", "previous");
    /** Words placing a statement in the future, so it may be about a later event. */
    private static final Set<String> FUTURE_MARKERS = Set.of("will", "next", "expected", "plans", "planned",
            "plan", "upcoming", "scheduled", "due", "later", "tomorrow", "soon");
    private static final List<String> MONTHS = List.of("january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december");
    private static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(Map.entry("two", 2),
            Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
            Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13),
            Map.entry("fourteen", 14), Map.entry("fifteen", 15), Map.entry("sixteen", 16),
            Map.entry("seventeen", 17), Map.entry("eighteen", 18), Map.entry("nineteen", 19),
            Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("fifty", 50),
            Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80), Map.entry("ninety", 90));
    /** Units that may follow a tens word: "twenty-five", "thirty one". */
    private static final Map<String, Integer> UNITS = Map.of("one", 1, "two", 2, "three", 3, "four", 4, "five", 5,
            "six", 6, "seven", 7, "eight", 8, "nine", 9);
    private static final Set<String> QUALIFIERS = Set.of("more than", "over", "at least", "nearly", "almost",
            "about", "around", "some", "up to", "roughly", "approximately", "fewer than", "less than", "under",
            "just over", "just under", "estimated", "an estimated", "close to", "as many as", "upwards of");
    private static final Set<String> LOWER_BOUNDS = Set.of("more than", "over", "at least", "just over", "upwards of");
    private static final Set<String> UPPER_BOUNDS = Set.of("up to", "fewer than", "less than", "under", "just under",
            "as many as");

    private static final Pattern NUMBER = Pattern.compile(
            "(?<cur>US\\$|\\$|€|£|USD\\s?|EUR\\s?)?(?<num>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)"
                    + "(?:\\s?(?<scale>trillion|billion|million|thousand|tn|bn|mn|b|m|k)(?![\\p{L}\\d]))?"
                    + "(?:\\s?(?<pct>%|percent|per cent))?", Pattern.CASE_INSENSITIVE);
    private static final Map<String, String> CURRENCY_WORDS = Map.ofEntries(Map.entry("dollars", "USD"),
            Map.entry("dollar", "USD"), Map.entry("usd", "USD"), Map.entry("euros", "EUR"), Map.entry("euro", "EUR"),
            Map.entry("eur", "EUR"), Map.entry("pounds", "GBP"), Map.entry("gbp", "GBP"), Map.entry("yuan", "CNY"),
            Map.entry("roubles", "RUB"), Map.entry("rubles", "RUB"), Map.entry("lira", "TRY"),
            Map.entry("liras", "TRY"), Map.entry("yen", "JPY"), Map.entry("rupees", "INR"),
            Map.entry("francs", "CHF"));
    private static final Pattern CURRENCY_WORD = Pattern.compile(
            "\\s?(dollars?|usd|euros?|eur|pounds|gbp|yuan|roubles|rubles|liras?|yen|rupees|francs)\\b",
            Pattern.CASE_INSENSITIVE);
    /** Units of measure after a number, by the canonical unit; values are compared per unit, never converted. */
    private static final Map<String, String> UNITS_OF_MEASURE = Map.ofEntries(Map.entry("km", "km"),
            Map.entry("kilometres", "km"), Map.entry("kilometers", "km"), Map.entry("kilometre", "km"),
            Map.entry("kilometer", "km"), Map.entry("miles", "mile"), Map.entry("mile", "mile"),
            Map.entry("metres", "m"), Map.entry("meters", "m"), Map.entry("metre", "m"), Map.entry("meter", "m"),
            Map.entry("feet", "ft"), Map.entry("ft", "ft"), Map.entry("kg", "kg"), Map.entry("kilograms", "kg"),
            Map.entry("kilos", "kg"), Map.entry("tonnes", "t"), Map.entry("tons", "t"), Map.entry("hectares", "ha"),
            Map.entry("acres", "acre"), Map.entry("km/h", "km/h"), Map.entry("kph", "km/h"), Map.entry("mph", "mph"),
            Map.entry("litres", "l"), Map.entry("liters", "l"), Map.entry("barrels", "barrel"),
            Map.entry("megawatts", "MW"), Map.entry("mw", "MW"), Map.entry("degrees", "degree"));
    private static final Pattern UNIT = Pattern.compile("[\\s-]?(km/h|kph|mph|km|kilomet(?:re|er)s?|miles?|met(?:re|er)s?"
            + "|feet|ft|kg|kilograms|kilos|tonnes|tons|hectares|acres|litres|liters|barrels|megawatts|mw|degrees)"
            + "(?![\\p{L}\\d])", Pattern.CASE_INSENSITIVE);
    private static final Pattern DATE = Pattern.compile(
            "\\b(?:(?<d1>\\d{1,2})(?:st|nd|rd|th)?\\s+(?<m1>january|february|march|april|may|june|july|august"
                    + "|september|october|november|december)|(?<m2>january|february|march|april|may|june|july"
                    + "|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov"
                    + "|dec)\\.?\\s+(?<d2>\\d{1,2})(?:st|nd|rd|th)?)\\b", Pattern.CASE_INSENSITIVE);

    /** A value found in one sentence. */
    record Value(String kind, String slot, double number, Qualifier qualifier, String surface, int start,
                 int end, Set<String> context) {
    }

    /**
     * What the words before a number say of it: nothing (exact), that it is rough ("about 40", "nearly 100"), a
     * lower bound ("more than a dozen", "at least 6,000") or an upper bound ("up to 300", "fewer than 50"). A bound
     * agrees with every exact or rough value on its side of it ("more than a dozen wounded" and "21 wounded"), and
     * with an opposite bound it does not exclude; two bounds of one direction are rough values of one figure.
     */
    enum Qualifier { NONE, ABOUT, AT_LEAST, AT_MOST }

    /** A venue statement: who met where. */
    private record Venue(Set<String> people, List<String> peopleInOrder, String place, boolean talks,
                         int article, int sentence, Set<String> time, String tense) {

        /** Whether the two statements' time cues allow them to be about the same event. */
        boolean sameTime(Venue o) {
            if (!tense.equals(o.tense)) {
                return false;
            }
            for (String type : List.of("weekday:", "month:", "year:")) {
                Set<String> a = new HashSet<>();
                Set<String> b = new HashSet<>();
                time.stream().filter(t -> t.startsWith(type)).forEach(a::add);
                o.time.stream().filter(t -> t.startsWith(type)).forEach(b::add);
                if (!a.isEmpty() && !b.isEmpty() && a.stream().noneMatch(b::contains)) {
                    return false;
                }
            }
            return true;
        }
    }

    /** A value of a conflict under construction, with the articles (input indexes) giving it. */
    private static final class Variants {
        final String about;
        final Map<String, String> display = new LinkedHashMap<>();
        final Map<String, Set<Integer>> articles = new LinkedHashMap<>();
        int first = Integer.MAX_VALUE;

        Variants(String about) {
            this.about = about;
        }

        void add(String key, String surface, int article, int order) {
            display.putIfAbsent(key, surface);
            articles.computeIfAbsent(key, k -> new TreeSet<>()).add(article);
            first = Math.min(first, order);
        }

        boolean isConflict() {
            return fromDifferentArticles(articles.values());
        }
    }

    /**
     * Conflicts among {@code articles}. {@code groups} are the aligned claims from {@link ClaimAligner#groups},
     * {@code entities} the entities from {@link EntityExtractor#extract} (people and places are recognised by
     * them).
     */
    public List<Story.Conflict> find(List<AnalysedArticle> articles, List<ClaimGroup> groups,
                                     List<Story.Entity> entities) {
        EntityIndex index = new EntityIndex(entities);
        Map<String, Integer> articleOrder = new HashMap<>();
        Map<String, LocalDate> published = new HashMap<>();
        for (int a = 0; a < articles.size(); a++) {
            articleOrder.putIfAbsent(articles.get(a).id(), a);
            LocalDate day = articles.get(a).article().metadata().published();
            if (day != null) {
                published.putIfAbsent(articles.get(a).id(), day);
            }
        }
        List<Variants> found = new ArrayList<>();
        venues(articles, index, found);
        roles(articles, index, found);
        Set<String> used = new HashSet<>();
        // Values filling a known slot (casualties, founding years) are compared across all sentences first,
        // aligned or not; the claim passes leave them alone.
        Set<String> slotted = new HashSet<>();
        slots(articles, index, slotted, found);
        used.addAll(slotted);
        for (ClaimGroup g : groups) {
            if (g.sentences().size() >= 2) {
                values(g, articleOrder, published, used, slotted, false, found);
            }
        }
        // Differing figures lower the similarity of otherwise equal sentences: look again, more loosely, among
        // sentences with figures, for values not yet compared.
        for (ClaimGroup g : new ClaimAligner(LOOSE_THRESHOLD).groups(withFigures(articles))) {
            if (g.sentences().size() >= 2) {
                values(g, articleOrder, published, used, slotted, true, found);
            }
        }
        List<Variants> conflicts = new ArrayList<>();
        for (Variants v : found) {
            if (v.articles.size() >= 2 && v.isConflict()) {
                conflicts.add(v);
            }
        }
        conflicts.sort(Comparator.comparingInt((Variants v) -> -involved(v)).thenComparingInt(v -> v.first));
        List<Story.Conflict> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Variants v : conflicts) {
            List<Map.Entry<String, Set<Integer>>> entries = new ArrayList<>(v.articles.entrySet());
            entries.sort(Comparator.comparingInt((Map.Entry<String, Set<Integer>> e) -> -e.getValue().size()));
            List<Story.Variant> variants = new ArrayList<>();
            StringBuilder signature = new StringBuilder(v.about);
            for (Map.Entry<String, Set<Integer>> e : entries) {
                variants.add(new Story.Variant(v.display.get(e.getKey()),
                        e.getValue().stream().map(i -> articles.get(i).id()).toList()));
                signature.append('|').append(e.getKey()).append(e.getValue());
            }
            if (seen.add(signature.toString())) {
                out.add(new Story.Conflict(v.about, variants));
            }
        }
        return out;
    }

    private static int involved(Variants v) {
        Set<Integer> all = new HashSet<>();
        v.articles.values().forEach(all::addAll);
        return all.size();
    }

    /** {@code text} with quoted passages blanked out (same length), so offsets stay valid. */
    static String unquoted(String text) {
        StringBuilder sb = new StringBuilder(text);
        for (QuoteExtractor.Span span : QuoteExtractor.spans(text)) {
            if (span.close() < text.length()) { // a quote left open may go on in the next sentence: keep it
                for (int k = span.open(); k <= span.close(); k++) {
                    sb.setCharAt(k, ' ');
                }
            }
        }
        return sb.toString();
    }

    // ---------------------------------------------------------------------------------------------- venues

    private void venues(List<AnalysedArticle> articles, EntityIndex index, List<Variants> out) {
        List<Venue> venues = new ArrayList<>();
        List<Sentence> all = new ArrayList<>();
        Map<Sentence, Integer> position = new HashMap<>();
        for (AnalysedArticle a : articles) {
            for (Sentence s : a.sentences()) {
                position.put(s, all.size());
                all.add(s);
            }
        }
        for (int a = 0; a < articles.size(); a++) {
            for (Sentence s : articles.get(a).sentences()) {
                Venue v = venue(s, a, position.get(s), index);
                if (v != null) {
                    venues.add(v);
                }
            }
        }
        if (venues.size() < 2) {
            return;
        }
        SentenceSpace space = new SentenceSpace(all);
        int n = venues.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        // Statements in the same words (copies) are the same event: join them, then compare one statement per
        // wording, and only with statements sharing a person.
        Map<String, Integer> byText = new HashMap<>();
        List<Integer> distinct = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Integer first = byText.putIfAbsent(all.get(venues.get(i).sentence()).text(), i);
            if (first != null) {
                parent[find(parent, i)] = find(parent, first);
            } else {
                distinct.add(i);
            }
        }
        Map<String, List<Integer>> byPerson = new HashMap<>();
        for (int i : distinct) {
            for (String p : venues.get(i).people()) {
                byPerson.computeIfAbsent(p, k -> new ArrayList<>()).add(i);
            }
        }
        Set<Long> compared = new HashSet<>();
        for (List<Integer> bucket : byPerson.values()) {
            for (int bi = 0; bi < bucket.size(); bi++) {
                for (int bj = bi + 1; bj < bucket.size(); bj++) {
                    int i = bucket.get(bi);
                    int j = bucket.get(bj);
                    if (!compared.add((long) i * n + j)) {
                        continue;
                    }
                    Venue x = venues.get(i);
                    Venue y = venues.get(j);
                    Set<String> shared = new HashSet<>(x.people());
                    shared.retainAll(y.people());
                    int need = Math.min(2, Math.min(x.people().size(), y.people().size()));
                    boolean same = shared.size() >= need && x.sameTime(y) && (need >= 2
                            || space.similarity(x.sentence(), y.sentence()) >= SINGLE_PERSON_SIMILARITY);
                    if (same) {
                        parent[find(parent, j)] = find(parent, i);
                    }
                }
            }
        }
        Map<Integer, List<Venue>> clusters = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            clusters.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(venues.get(i));
        }
        for (List<Venue> c : clusters.values()) {
            boolean anyLocal = c.stream().anyMatch(v -> !Lexicon.isArea(v.place()));
            Map<String, Integer> peopleCount = new LinkedHashMap<>();
            int talks = 0;
            for (Venue v : c) {
                v.peopleInOrder().forEach(p -> peopleCount.merge(p, 1, Integer::sum));
                talks += v.talks() ? 1 : -1;
            }
            List<String> people = new ArrayList<>(peopleCount.keySet());
            people.sort(Comparator.comparingInt((String p) -> -peopleCount.get(p)));
            people = people.subList(0, Math.min(2, people.size()));
            List<String> surnames = people.stream().map(ConflictFinder::surname).toList();
            String about = "where " + String.join(" and ", surnames)
                    + (talks > 0 ? " held talks" : surnames.size() > 1 ? " met" : " was");
            Variants variants = new Variants(about);
            for (Venue v : c) {
                if (anyLocal && Lexicon.isArea(v.place())) {
                    continue;
                }
                variants.add(v.place(), v.place(), v.article(), v.sentence());
            }
            out.add(variants);
        }
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static String surname(String name) {
        List<Words.Word> words = Words.of(name);
        return words.isEmpty() ? name : words.get(words.size() - 1).text();
    }

    private static Venue venue(Sentence s, int article, int position, EntityIndex index) {
        String text = unquoted(s.text());
        List<Words.Word> words = Words.of(text);
        List<Integer> events = new ArrayList<>();
        boolean talks = false;
        for (int i = 0; i < words.size(); i++) {
            if (EVENT_WORDS.contains(words.get(i).folded())) {
                events.add(i);
                talks |= TALK_WORDS.contains(words.get(i).folded());
            }
        }
        if (events.isEmpty()) {
            return null;
        }
        List<EntityIndex.Mention> mentions = index.find(text);
        Set<String> people = new LinkedHashSet<>();
        for (EntityIndex.Mention m : mentions) {
            if (m.entity().type() == Story.EntityType.PERSON) {
                people.add(m.entity().name());
            }
        }
        if (people.isEmpty()) {
            return null;
        }
        String country = null;
        for (EntityIndex.Mention m : mentions) {
            if (m.entity().type() != Story.EntityType.PLACE || EntityExtractor.isStreet(m.entity().name())) {
                continue; // a street is part of a city, never a venue against it
            }
            int w = wordAt(words, m.start());
            if (w <= 0 || !VENUE_PREPOSITIONS.contains(words.get(w - 1).folded()) && !kindOf(words, w)) {
                continue;
            }
            boolean near = false;
            for (int e : events) {
                near |= Math.abs(e - w) <= EVENT_WINDOW && e != w - 1 && !topicBetween(words, e, w)
                        || e == w - 1 && isVisit(words.get(e));
            }
            if (!near) {
                continue;
            }
            String place = m.entity().name();
            if (!Lexicon.isArea(place)) {
                return new Venue(people, List.copyOf(people), place, talks, article, position, time(words),
                        tense(words));
            }
            if (country == null) {
                country = place;
            }
        }
        return country == null ? null : new Venue(people, List.copyOf(people), country, talks, article, position,
                time(words), tense(words));
    }

    /** Weekdays, months and years named in a sentence, as "weekday:tuesday", "month:march", "year:2020". */
    private static Set<String> time(List<Words.Word> words) {
        Set<String> out = new HashSet<>();
        for (Words.Word w : words) {
            String f = w.folded();
            if (WEEKDAYS.contains(f)) {
                out.add("weekday:" + f);
            } else if (MONTHS.contains(f) && !(f.equals("may") && !w.capitalised())) {
                out.add("month:" + f);
            } else if (f.length() == 4 && f.chars().allMatch(Character::isDigit) && f.compareTo("1900") > 0
                    && f.compareTo("2100") < 0) {
                out.add("year:" + f);
            }
        }
        return out;
    }

    /** "past" or "future" when the sentence places itself away from the reported event, else "". */
    private static String tense(List<Words.Word> words) {
        for (Words.Word w : words) {
            if (PAST_MARKERS.contains(w.folded())) {
                return "past";
            }
            if (FUTURE_MARKERS.contains(w.folded())) {
                return "future";
            }
        }
        return "";
    }

    /** "talks on the fighting in Aleppo": the place belongs to the topic, not to the event. */
    private static boolean topicBetween(List<Words.Word> words, int event, int place) {
        for (int k = event + 1; k < place - 1; k++) {
            String next = words.get(k + 1).folded();
            boolean time = WEEKDAYS.contains(next) || MONTHS.contains(next) || Character.isDigit(next.charAt(0));
            if (TOPIC_WORDS.contains(words.get(k).folded()) && !time) { // "on Monday" is no topic
                return true;
            }
        }
        return false;
    }

    /** "in the Black Sea resort of Sochi", "at the city of Erzincan": a place-kind word, "of", then the place. */
    private static boolean kindOf(List<Words.Word> words, int w) {
        if (w < 2 || !words.get(w - 1).folded().equals("of")
                || !Lexicon.PLACE_WORDS.contains(words.get(w - 2).folded())) {
            return false;
        }
        for (int k = w - 3; k >= 0 && k >= w - 7; k--) {
            if (VENUE_PREPOSITIONS.contains(words.get(k).folded())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isVisit(Words.Word w) {
        return w.folded().startsWith("visit");
    }

    private static int wordAt(List<Words.Word> words, int offset) {
        for (int i = 0; i < words.size(); i++) {
            if (words.get(i).start() == offset) {
                return i;
            }
        }
        return -1;
    }

    // ---------------------------------------------------------------------------------------------- roles

    private void roles(List<AnalysedArticle> articles, EntityIndex index, List<Variants> out) {
        Map<String, Variants> byRole = new LinkedHashMap<>();
        int order = 0;
        for (int a = 0; a < articles.size(); a++) {
            for (Sentence s : articles.get(a).sentences()) {
                String text = unquoted(s.text());
                List<Words.Word> words = Words.of(text);
                List<EntityIndex.Mention> mentions = index.find(text);
                for (int mi = 0; mi < mentions.size(); mi++) {
                    EntityIndex.Mention m = mentions.get(mi);
                    if (m.entity().type() != Story.EntityType.PERSON) {
                        continue;
                    }
                    int w = wordAt(words, m.start());
                    List<String> role = new ArrayList<>();
                    List<String> display = new ArrayList<>();
                    boolean qualifier = false;
                    boolean title = false;
                    boolean counterpart = false;
                    boolean past = false;
                    for (int k = w - 1; k >= 0 && k >= w - 5; k--) {
                        String f = words.get(k).folded();
                        // Only words directly joined by spaces belong to the role phrase.
                        String gap = text.substring(words.get(k).end(), words.get(k + 1).start());
                        if (!gap.isBlank()) {
                            break;
                        }
                        if (Lexicon.isDemonym(f) || Lexicon.place(f) != null && Lexicon.isCountry(Lexicon.place(f))) {
                            qualifier = true;
                        } else if (NOT_CURRENT.contains(f)) {
                            past = true; // "former US President X" does not hold the role now
                            break;
                        } else if (Lexicon.TITLES.contains(f) && !Set.of("mr", "mrs", "ms", "dr").contains(f)) {
                            title = true;
                            counterpart |= f.equals("counterpart") || f.equals("colleague");
                        } else {
                            break;
                        }
                        role.add(0, f);
                        display.add(0, words.get(k).text());
                    }
                    if (!qualifier || !title || past) {
                        continue;
                    }
                    String key = String.join(" ", role);
                    String about = "who is the " + String.join(" ", display).toLowerCase(Locale.ROOT);
                    if (counterpart) {
                        EntityIndex.Mention anchor = null;
                        for (int k = mi - 1; k >= 0; k--) {
                            if (mentions.get(k).entity().type() == Story.EntityType.PERSON
                                    && mentions.get(k).entity() != m.entity()) {
                                anchor = mentions.get(k);
                                break;
                            }
                        }
                        if (anchor == null) {
                            continue;
                        }
                        key += " of " + anchor.entity().name();
                        about = "who is " + surname(anchor.entity().name()) + "'s "
                                + String.join(" ", display).toLowerCase(Locale.ROOT);
                    }
                    String finalAbout = about;
                    byRole.computeIfAbsent(key, k -> new Variants(finalAbout))
                            .add(m.entity().name(), m.entity().name(), a, order++);
                }
            }
        }
        out.addAll(byRole.values());
    }

    // ---------------------------------------------------------------------------------------------- slots

    /** A value with the slot it fills, in one wording of a sentence, and the articles giving that wording. */
    private record Slotted(Value value, ValueSlots.Slot slot, String text, Sentence sentence, List<Integer> articles,
                           List<Sentence> copies, Set<String> terms, Set<Story.Entity> entities,
                           Set<String> time, String tense) {

        boolean places(Slotted o) {
            Set<Story.Entity> a = new HashSet<>();
            Set<Story.Entity> b = new HashSet<>();
            entities.stream().filter(e -> e.type() == Story.EntityType.PLACE).forEach(a::add);
            o.entities.stream().filter(e -> e.type() == Story.EntityType.PLACE).forEach(b::add);
            return a.isEmpty() || b.isEmpty() || a.stream().anyMatch(b::contains);
        }

        /** Whether the two values answer the same question about the same thing. */
        boolean sameSubject(Slotted o) {
            if (!places(o)) {
                return false; // "a blast in Kabul killed 12", "a second blast in Herat killed 5"
            }
            if (value.kind().equals("money")) {
                // a sum is only the same deal's when the sentences name a party in common
                return entities.stream().anyMatch(o.entities::contains);
            }
            if (!value.kind().equals("year")) {
                Set<String> ya = new HashSet<>();
                Set<String> yb = new HashSet<>();
                time.stream().filter(t -> t.startsWith("year:")).forEach(ya::add);
                o.time.stream().filter(t -> t.startsWith("year:")).forEach(yb::add);
                if (!ya.equals(yb) || !tense.equals(o.tense)) {
                    return false; // an earlier event, or a figure placed at another time
                }
                for (String type : List.of("weekday:", "month:")) {
                    Set<String> a = new HashSet<>();
                    Set<String> b = new HashSet<>();
                    time.stream().filter(t -> t.startsWith(type)).forEach(a::add);
                    o.time.stream().filter(t -> t.startsWith(type)).forEach(b::add);
                    if (!a.isEmpty() && !b.isEmpty() && a.stream().noneMatch(b::contains)) {
                        return false;
                    }
                }
            } else if (slot.subject() != null && o.slot.subject() != null) {
                return slot.subject().equals(o.slot.subject()); // "the pier opened" is not "the station opened"
            }
            if (entities.stream().anyMatch(o.entities::contains)) {
                return true;
            }
            return terms.stream().filter(o.terms::contains).count() >= 2;
        }
    }

    /**
     * Values of the same slot ({@link ValueSlots}: "how many people were injured", "when the footbridge opened")
     * in any sentences of the story, aligned or not, that were not compared yet. Two values are about the same
     * thing when the sentences share a named entity or two distinctive words, name no different places, and
     * (for counts) place themselves at the same time. Precision first: values with no attached event word are
     * never compared this way.
     */
    private void slots(List<AnalysedArticle> articles, EntityIndex index, Set<String> used, List<Variants> out) {
        Map<String, List<Slotted>> byText = new LinkedHashMap<>();
        Map<String, List<Slotted>> bySlot = new LinkedHashMap<>();
        for (int a = 0; a < articles.size(); a++) {
            for (Sentence s : articles.get(a).sentences()) {
                List<Slotted> found = byText.get(s.text());
                if (found == null) {
                    found = new ArrayList<>();
                    byText.put(s.text(), found);
                    String text = unquoted(s.text());
                    List<Words.Word> words = Words.of(text);
                    Set<Story.Entity> entities = null;
                    for (Value v : allValues(text)) {
                        ValueSlots.Slot slot = ValueSlots.of(v, text, words);
                        if (slot == null) {
                            continue;
                        }
                        if (entities == null) {
                            entities = ValueSlots.entities(text, index);
                        }
                        Slotted x = new Slotted(v, slot, text, s, new ArrayList<>(), new ArrayList<>(),
                                ValueSlots.subjectTerms(text, slot), entities, time(words), tense(words));
                        found.add(x);
                        bySlot.computeIfAbsent(slot.key(), k -> new ArrayList<>()).add(x);
                    }
                }
                for (Slotted x : found) {
                    if (!x.articles().contains(a)) {
                        x.articles().add(a);
                    }
                    x.copies().add(s);
                }
            }
        }
        for (List<Slotted> bucket : bySlot.values()) {
            bucket.removeIf(x -> x.copies().stream().anyMatch(s -> used.contains(key(s, x.value()))));
            if (bucket.size() < 2) {
                continue;
            }
            int n = bucket.size();
            int[] parent = new int[n];
            for (int i = 0; i < n; i++) {
                parent[i] = i;
            }
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    if (bucket.get(i).sameSubject(bucket.get(j))) {
                        parent[find(parent, j)] = find(parent, i);
                    }
                }
            }
            Map<Integer, List<Slotted>> components = new LinkedHashMap<>();
            for (int i = 0; i < n; i++) {
                components.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(bucket.get(i));
            }
            for (List<Slotted> c : components.values()) {
                if (c.size() < 2) {
                    continue;
                }
                List<Value> classes = new ArrayList<>();
                List<Slotted> firsts = new ArrayList<>();
                List<Set<Integer>> classArticles = new ArrayList<>();
                for (Slotted x : c) {
                    int k = -1;
                    for (int m = 0; m < classes.size() && k < 0; m++) {
                        if (compatible(classes.get(m), x.value())) {
                            k = m;
                        }
                    }
                    if (k < 0) {
                        classes.add(x.value());
                        firsts.add(x);
                        classArticles.add(new TreeSet<>());
                        k = classes.size() - 1;
                    }
                    classArticles.get(k).addAll(x.articles());
                }
                if (classes.size() < 2) {
                    continue;
                }
                Slotted example = firsts.get(0);
                String about = example.slot().about() != null ? example.slot().about()
                        : example.sentence().text().substring(0, example.value().start()) + "…"
                        + example.sentence().text().substring(example.value().end());
                Variants variants = new Variants(about);
                for (int m = 0; m < classes.size(); m++) {
                    for (int art : classArticles.get(m)) {
                        variants.add(String.valueOf(m), classes.get(m).surface(), art, firsts.get(m).sentence().index());
                    }
                }
                for (Slotted x : c) {
                    x.copies().forEach(s -> used.add(key(s, x.value())));
                }
                out.add(variants);
            }
        }
    }

    // ---------------------------------------------------------------------------------------------- values

    /** The articles keeping only sentences that state a count, sum or percentage. */
    private static List<AnalysedArticle> withFigures(List<AnalysedArticle> articles) {
        List<AnalysedArticle> out = new ArrayList<>();
        for (AnalysedArticle a : articles) {
            List<Sentence> kept = new ArrayList<>();
            for (Sentence s : a.sentences()) {
                if (!ClaimAligner.figures(s.text()).isEmpty()) {
                    kept.add(s);
                }
            }
            out.add(new AnalysedArticle(a.article(), kept));
        }
        return out;
    }

    /**
     * Conflicting values among the sentences of {@code g}. When {@code strict} (the loose second pass), only
     * figures count and both values need words before them in common.
     */
    private void values(ClaimGroup g, Map<String, Integer> articleOrder, Map<String, LocalDate> published,
                        Set<String> used, Set<String> slotted, boolean strict, List<Variants> out) {
        // Sentences in the same words give the same values: compare each wording once, with all its sentences.
        Map<String, List<Sentence>> byText = new LinkedHashMap<>();
        for (Sentence s : g.sentences()) {
            byText.computeIfAbsent(s.text(), k -> new ArrayList<>()).add(s);
        }
        List<List<Sentence>> copies = new ArrayList<>(byText.values());
        List<Sentence> sentences = copies.stream().map(c -> c.get(0)).toList();
        List<List<Value>> perSentence = new ArrayList<>();
        for (Sentence s : sentences) {
            List<Value> values = new ArrayList<>(extractValues(s.text()));
            resolveDays(values, s.text(), published.get(s.articleId()));
            if (strict) {
                values.removeIf(v -> v.context().isEmpty()
                        || !Set.of("count", "money", "percent", "measure").contains(v.kind()));
            }
            values.removeIf(v -> slotted.contains(key(s, v)));
            perSentence.add(values);
        }
        for (int i = 0; i < sentences.size(); i++) {
            for (Value x : perSentence.get(i)) {
                if (used.contains(key(sentences.get(i), x)) || !contradicted(x, i, perSentence)) {
                    continue;
                }
                // The value each sentence gives in x's slot (x itself for its own sentence).
                Value[] chosen = new Value[sentences.size()];
                for (int k = 0; k < sentences.size(); k++) {
                    chosen[k] = k == i ? x : perSentence.get(k).stream().filter(y -> comparable(x, y)).findFirst()
                            .orElse(null);
                }
                List<Value> classes = new ArrayList<>();
                List<Set<Integer>> classArticles = new ArrayList<>();
                for (int k = 0; k < sentences.size(); k++) {
                    if (chosen[k] == null) {
                        continue;
                    }
                    for (Sentence copy : copies.get(k)) {
                        used.add(key(copy, chosen[k]));
                    }
                    int c = -1;
                    for (int m = 0; m < classes.size() && c < 0; m++) {
                        if (compatible(classes.get(m), chosen[k])) {
                            c = m;
                        }
                    }
                    if (c < 0) {
                        classes.add(chosen[k]);
                        classArticles.add(new TreeSet<>());
                        c = classes.size() - 1;
                    }
                    for (Sentence copy : copies.get(k)) {
                        classArticles.get(c).add(articleOrder.get(copy.articleId()));
                    }
                }
                int example = i;
                for (int k = 0; k < sentences.size(); k++) {
                    if (chosen[k] != null && sentences.get(k).text().equals(g.claim().text())) {
                        example = k;
                    }
                }
                String text = sentences.get(example).text();
                Value v = chosen[example];
                Variants variants = new Variants(text.substring(0, v.start()) + "…" + text.substring(v.end()));
                for (int m = 0; m < classes.size(); m++) {
                    for (int art : classArticles.get(m)) {
                        variants.add(String.valueOf(m), classes.get(m).surface(), art, sentences.get(i).index());
                    }
                }
                out.add(variants);
            }
        }
    }

    /**
     * Replaces the weekdays and dates of {@code values} by the days they name in an article published on
     * {@code published} ({@link TimeExpressions}), and adds "yesterday", "today" and the like: kind "day", the
     * epoch day as number, the surface followed by the day ("on Tuesday (2020-12-29)"). Without a publication
     * date the values stay as written (only weekday against weekday, date against date).
     */
    static void resolveDays(List<Value> values, String text, LocalDate published) {
        if (published == null) {
            return;
        }
        for (TimeExpressions.When w : TimeExpressions.resolve(text, published)) {
            if (w.unit() != TimeExpressions.Unit.DAY) {
                continue;
            }
            values.removeIf(v -> (v.kind().equals("weekday") || v.kind().equals("date")) && v.start() < w.end()
                    && v.end() > w.start());
            values.add(new Value("day", "", w.date().toEpochDay(), Qualifier.NONE, w.surface() + " (" + w.label() + ")",
                    w.start(), w.end(), context(text, w.start())));
        }
        values.sort(Comparator.comparingInt(Value::start));
    }

    /** What a resolved day was written as: "on Tuesday" of "on Tuesday (2020-12-29)". */
    private static String written(Value day) {
        int cut = day.surface().lastIndexOf(" (");
        return Folding.fold(cut < 0 ? day.surface() : day.surface().substring(0, cut));
    }

    private static String key(Sentence s, Value v) {
        return s.articleId() + '\u0000' + s.index() + '\u0000' + v.start();
    }

    /** Whether some other sentence gives a value in x's slot and none of its values there agrees with x. */
    private static boolean contradicted(Value x, int i, List<List<Value>> perSentence) {
        for (int k = 0; k < perSentence.size(); k++) {
            if (k == i) {
                continue;
            }
            boolean comparable = false;
            boolean agrees = false;
            for (Value y : perSentence.get(k)) {
                if (comparable(x, y)) {
                    comparable = true;
                    // a sentence that also gives y's value ("from June 14, 2018, through June 14, 2019") names a
                    // range or a change, and disagrees with neither end of it
                    agrees |= compatible(x, y) || perSentence.get(i).stream()
                            .anyMatch(z -> z != x && comparable(z, y) && compatible(z, y));
                }
            }
            if (comparable && !agrees) {
                return true;
            }
        }
        return false;
    }

    /** Same kind, same slot, and the same words before them: the two values answer the same question. */
    private static boolean comparable(Value x, Value y) {
        return x.kind().equals(y.kind()) && slotMatches(y, x.kind() + ":" + x.slot()) && sameContext(x, y);
    }

    private static boolean slotMatches(Value v, String slot) {
        int colon = slot.indexOf(':');
        String kind = slot.substring(0, colon);
        if (!v.kind().equals(kind)) {
            return false;
        }
        if (!kind.equals("count")) {
            return v.slot().equals(slot.substring(colon + 1));
        }
        Set<String> a = new HashSet<>(List.of(v.slot().split(" ")));
        a.retainAll(List.of(slot.substring(colon + 1).split(" ")));
        a.remove("");
        return !a.isEmpty();
    }

    /**
     * Whether the words before two values allow them to be the same slot ("killed 12" is not "injured 40"): they
     * share a word, or neither has any (both open their clause).
     */
    private static boolean sameContext(Value x, Value y) {
        if (x.context().isEmpty() || y.context().isEmpty()) {
            return x.context().isEmpty() && y.context().isEmpty();
        }
        for (String c : x.context()) {
            if (y.context().contains(c)) {
                return true;
            }
        }
        return false;
    }

    private static boolean compatible(Value x, Value y) {
        if (x.kind().equals("day")) {
            // the same words ("on Tuesday") in articles published days apart are no disagreement of theirs
            return x.number() == y.number() || written(x).equals(written(y));
        }
        if (x.kind().equals("weekday") || x.kind().equals("date") || x.kind().equals("year")) {
            return x.number() == y.number(); // 1978 is not 1987, however close in relative terms
        }
        double a = x.number();
        double b = y.number();
        double diff = Math.abs(a - b) / Math.max(Math.abs(a), Math.abs(b));
        if (Math.max(Math.abs(a), Math.abs(b)) == 0 || diff <= EXACT_TOLERANCE) {
            return true;
        }
        if (x.qualifier() == Qualifier.AT_LEAST || x.qualifier() == Qualifier.AT_MOST) {
            return withinBound(x, y);
        }
        if (y.qualifier() == Qualifier.AT_LEAST || y.qualifier() == Qualifier.AT_MOST) {
            return withinBound(y, x);
        }
        return (x.qualifier() == Qualifier.ABOUT || y.qualifier() == Qualifier.ABOUT) && diff <= APPROX_TOLERANCE;
    }

    /** Whether {@code other} can be true with the bound {@code bound} gives (two bounds: whether both can be). */
    private static boolean withinBound(Value bound, Value other) {
        double slack = EXACT_TOLERANCE * Math.abs(bound.number());
        boolean lower = bound.qualifier() == Qualifier.AT_LEAST;
        if (other.qualifier() == bound.qualifier()) {
            // "more than 3,000" and "more than 5,000" could both be true, but two sources bounding one figure
            // differently give two figures, which is what an editor wants to see: rough values, compared as such
            double a = bound.number();
            double b = other.number();
            return Math.abs(a - b) <= APPROX_TOLERANCE * Math.max(Math.abs(a), Math.abs(b));
        }
        if (other.qualifier() == Qualifier.AT_LEAST || other.qualifier() == Qualifier.AT_MOST) {
            // one lower and one upper bound: true together when the lower is not above the upper
            return lower ? bound.number() <= other.number() + slack : other.number() <= bound.number() + slack;
        }
        boolean rough = other.qualifier() == Qualifier.ABOUT;
        double most = rough ? other.number() * (1 + APPROX_TOLERANCE) : other.number();
        double least = rough ? other.number() * (1 - APPROX_TOLERANCE) : other.number();
        return lower ? most >= bound.number() - slack : least <= bound.number() + slack;
    }

    /** Numbers, dates and weekdays of one sentence; counts only with a word after them naming what they count. */
    static List<Value> extractValues(String sentence) {
        List<Value> out = allValues(sentence);
        out.removeIf(v -> v.kind().equals("count") && v.slot().isBlank());
        return out;
    }

    /** Numbers, dates and weekdays of one sentence, bare counts ("injuring 12,") included. */
    static List<Value> allValues(String sentence) {
        String text = sentence.replace('\u00a0', ' ');
        List<Value> out = new ArrayList<>();
        List<int[]> taken = new ArrayList<>();
        Matcher d = DATE.matcher(text);
        while (d.find()) {
            String month = (d.group("m1") != null ? d.group("m1") : d.group("m2")).toLowerCase(Locale.ROOT);
            int day = Integer.parseInt(d.group("d1") != null ? d.group("d1") : d.group("d2"));
            int m = monthIndex(month);
            if (m < 0 || day < 1 || day > 31) {
                continue;
            }
            out.add(new Value("date", "", m * 100 + day, Qualifier.NONE, d.group().strip(), d.start(), d.end(),
                    context(text, d.start())));
            taken.add(new int[]{d.start(), d.end()});
        }
        for (Words.Word w : Words.of(text)) {
            if (WEEKDAYS.contains(w.folded())) {
                out.add(new Value("weekday", "", WEEKDAY_ORDER.indexOf(w.folded()), Qualifier.NONE, w.text(), w.start(),
                        w.end(), context(text, w.start())));
            }
        }
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            int start = m.start();
            int end = m.end();
            if (overlaps(taken, start, end) || partOfName(text, m.start("num"), m.end("num"))) {
                continue;
            }
            String cur = m.group("cur");
            String scale = m.group("scale");
            String pct = m.group("pct");
            double value;
            try {
                value = Double.parseDouble(m.group("num").replace(",", ""));
            } catch (NumberFormatException e) {
                continue;
            }
            if (scale != null) {
                String sc = scale.toLowerCase(Locale.ROOT);
                if (cur == null && (sc.equals("m") || sc.equals("b") || sc.equals("k"))
                        && !Character.isDigit(text.charAt(m.end("num") - 1))) {
                    scale = null;
                } else {
                    value *= switch (sc) {
                        case "trillion", "tn" -> 1e12;
                        case "billion", "bn", "b" -> 1e9;
                        case "million", "mn", "m" -> 1e6;
                        case "thousand", "k" -> 1e3;
                        default -> 1;
                    };
                }
            }
            Qualifier approx = qualified(text, start);
            String currencyWord = null;
            if (cur == null && pct == null) {
                Matcher cw = CURRENCY_WORD.matcher(text).region(end, text.length());
                if (cw.lookingAt()) {
                    currencyWord = CURRENCY_WORDS.get(cw.group(1).toLowerCase(Locale.ROOT));
                    end = cw.end();
                }
            }
            String unit = null;
            if (cur == null && pct == null && currencyWord == null) {
                Matcher u = UNIT.matcher(text).region(end, text.length());
                if (u.lookingAt()) {
                    unit = UNITS_OF_MEASURE.get(u.group(1).toLowerCase(Locale.ROOT));
                    end = u.end();
                }
            }
            String surface = text.substring(start, end).strip();
            if (unit != null) {
                out.add(new Value("measure", unit, value, approx, surface, start, end, context(text, start)));
            } else if (cur != null || currencyWord != null) {
                String currency = currencyWord != null ? currencyWord : cur.strip().toUpperCase(Locale.ROOT);
                currency = currency.equals("$") || currency.equals("US$") ? "USD"
                        : currency.equals("€") ? "EUR" : currency.equals("£") ? "GBP" : currency;
                out.add(new Value("money", currency, value, approx, surface, start, end, context(text, start)));
            } else if (pct != null) {
                out.add(new Value("percent", "", value, approx, surface, start, end, context(text, start)));
            } else if (scale == null && value >= 1900 && value <= 2100 && value == Math.floor(value)
                    && !m.group("num").contains(",")) {
                out.add(new Value("year", "", value, Qualifier.NONE, surface, start, end, context(text, start)));
            } else {
                out.add(new Value("count", following(text, end), value, approx, surface, start, end,
                        context(text, start)));
            }
        }
        for (Value v : wordNumbers(text)) {
            if (!overlaps(taken, v.start(), v.end())) {
                out.add(v);
            }
        }
        out.sort(Comparator.comparingInt(Value::start));
        return out;
    }

    /**
     * Counts written in words: "twelve", "Fifteen", "twenty-five", "thirty one", "two dozen", "a dozen",
     * "three hundred". "one" is left out (mostly a pronoun: "one of the"), and so are vague plurals ("dozens").
     */
    static List<Value> wordNumbers(String text) {
        List<Value> out = new ArrayList<>();
        List<Words.Word> words = Words.of(text);
        for (int i = 0; i < words.size(); i++) {
            String f = words.get(i).folded();
            Integer base = NUMBER_WORDS.get(f);
            int last = i;
            double value;
            if (base != null) {
                value = base;
                if (base >= 20 && base % 10 == 0 && i + 1 < words.size()
                        && UNITS.containsKey(words.get(i + 1).folded()) && joined(text, words, i, " -")) {
                    value += UNITS.get(words.get(i + 1).folded());
                    last = i + 1;
                }
            } else if (f.equals("dozen")) {
                value = 12; // "a dozen", "dozen"
            } else {
                continue;
            }
            if (last + 1 < words.size() && joined(text, words, last, " ")) {
                String next = words.get(last + 1).folded();
                if (next.equals("dozen") && base != null) {
                    value *= 12;
                    last++;
                } else if (next.equals("hundred")) {
                    value *= 100;
                    last++;
                } else if (next.equals("thousand")) {
                    value *= 1000;
                    last++;
                }
            }
            int start = words.get(i).start();
            int end = words.get(last).end();
            if (f.equals("dozen") && i > 0 && words.get(i - 1).folded().equals("a") && joined(text, words, i - 1, " ")) {
                start = words.get(i - 1).start();
            }
            out.add(new Value("count", following(text, end), value, qualified(text, start),
                    text.substring(start, end), start, end, context(text, start)));
            i = last;
        }
        return out;
    }

    /** Whether words {@code i} and {@code i + 1} are separated by nothing but characters of {@code glue}. */
    private static boolean joined(String text, List<Words.Word> words, int i, String glue) {
        String gap = text.substring(words.get(i).end(), words.get(i + 1).start());
        if (gap.isEmpty()) {
            return false;
        }
        for (int k = 0; k < gap.length(); k++) {
            if (glue.indexOf(gap.charAt(k)) < 0) {
                return false;
            }
        }
        return true;
    }

    private static int monthIndex(String month) {
        for (int i = 0; i < MONTHS.size(); i++) {
            if (MONTHS.get(i).startsWith(month.replace(".", "").substring(0, 3))) {
                return i + 1;
            }
        }
        return -1;
    }

    private static boolean overlaps(List<int[]> taken, int start, int end) {
        for (int[] t : taken) {
            if (start < t[1] && end > t[0]) {
                return true;
            }
        }
        return false;
    }

    /** Digits glued to letters or dashes ("S-400", "Covid-19", "COP28", "2020-12-29") are names, not values. */
    private static boolean partOfName(String text, int start, int end) {
        if (start > 0) {
            char c = text.charAt(start - 1);
            if (Character.isLetter(c) || c == '-' || c == '/' || c == ':') {
                return true;
            }
        }
        if (end < text.length()) {
            char c = text.charAt(end);
            if (c == '-' && end + 1 < text.length() && Character.isDigit(text.charAt(end + 1)) || c == ':'
                    || c == '/') {
                return true;
            }
        }
        return false;
    }

    private static Qualifier qualified(String text, int start) {
        String before = Folding.fold(text.substring(Math.max(0, start - 20), start)).strip();
        for (String q : QUALIFIERS) {
            if (before.endsWith(" " + q) || before.equals(q)) {
                return LOWER_BOUNDS.contains(q) ? Qualifier.AT_LEAST
                        : UPPER_BOUNDS.contains(q) ? Qualifier.AT_MOST : Qualifier.ABOUT;
            }
        }
        return Qualifier.NONE;
    }

    /** Stems of the (up to three) content words right before a value, qualifiers and names of months left out. */
    private static Set<String> context(String text, int start) {
        String before = text.substring(Math.max(0, start - 60), start);
        int cut = Math.max(Math.max(before.lastIndexOf(','), before.lastIndexOf(';')), before.lastIndexOf(':'));
        for (int i = before.length() - 1; i > cut; i--) {
            if (Character.isDigit(before.charAt(i))) { // stop at the previous number: its words are its own
                cut = before.indexOf(' ', i);
                break;
            }
        }
        if (cut >= 0) {
            before = before.substring(cut + 1);
        }
        List<String> terms = Terms.of(before);
        Set<String> out = new LinkedHashSet<>();
        for (int i = terms.size() - 1; i >= 0 && out.size() < 3; i--) {
            String t = terms.get(i);
            if (Character.isDigit(t.charAt(0)) || Set.of("than", "least", "near", "almost", "about", "around",
                    "some", "roughli", "approxim", "estim", "over", "under", "less", "fewer", "close", "mani",
                    "upward").contains(t)) {
                continue;
            }
            out.add(t);
        }
        return out;
    }

    /** Stems of the (up to two) content words after a count: its slot ("35 officers" -> offic). */
    private static String following(String text, int end) {
        String rest = text.substring(end).replaceFirst("^-", " ");
        List<Words.Word> words = Words.of(rest);
        StringBuilder sb = new StringBuilder();
        int taken = 0;
        for (Words.Word w : words) {
            if (taken == 2 || w.start() > 40) {
                break;
            }
            List<String> terms = Terms.of(w.text());
            if (terms.isEmpty() || Character.isDigit(terms.get(0).charAt(0))) {
                if (Terms.isStopWord(w.folded()) && taken == 0 && !w.folded().equals("of")) {
                    break; // "two of them", "five in" - no noun follows
                }
                continue;
            }
            sb.append(terms.get(0)).append(' ');
            taken++;
        }
        return sb.toString().strip();
    }

    /**
     * Whether two of the values (each given as the articles stating it) come from two different articles: one
     * article giving two values disagrees with itself, not with another source.
     */
    static boolean fromDifferentArticles(Collection<Set<Integer>> values) {
        List<Set<Integer>> sets = new ArrayList<>(values);
        for (int i = 0; i < sets.size(); i++) {
            for (int j = i + 1; j < sets.size(); j++) {
                for (int x : sets.get(i)) {
                    for (int y : sets.get(j)) {
                        if (x != y) {
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }
}
