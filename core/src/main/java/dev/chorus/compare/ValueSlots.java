package dev.chorus.compare;

import dev.chorus.model.Story;
import dev.chorus.sentence.Terms;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads what a number in a sentence counts or dates, so that values can be compared across articles whose
 * sentences are worded too differently to align: "injuring 12 people" and "Fifteen people were injured" both
 * fill the slot "people injured"; "opened in 1987" and "which opened in 1978" the slot "year the footbridge
 * opened".
 *
 * <p>A count fills a slot only when an event word is attached to it: after it, past a counted noun and an
 * auxiliary ("12 people were injured", "15 hurt", "three deaths"), or right before it, past qualifiers only
 * ("injuring more than 900", "killed 14 people", "the death toll rose to 123"). A count followed by "of"
 * ("two of the injured") counts part of something else and fills no slot. A year fills a slot when a
 * founding word comes before "in" ("opened in 1987", "was built in the city in 1978"). Stateless.
 */
final class ValueSlots {

    /** Event words after a count ("12 people were injured"), by the event they count. */
    private static final Map<String, String> AFTER = Map.ofEntries(Map.entry("injured", "injured"),
            Map.entry("hurt", "injured"), Map.entry("wounded", "injured"), Map.entry("injuries", "injured"),
            Map.entry("killed", "killed"), Map.entry("dead", "killed"), Map.entry("died", "killed"),
            Map.entry("deaths", "killed"), Map.entry("arrested", "arrested"), Map.entry("detained", "arrested"),
            Map.entry("arrests", "arrested"), Map.entry("evacuated", "evacuated"), Map.entry("missing", "missing"),
            Map.entry("rescued", "rescued"), Map.entry("hospitalised", "hospitalised"),
            Map.entry("hospitalized", "hospitalised"));
    /** Event words before a count ("injuring 12 people", "killed 14"), by the event they count. */
    private static final Map<String, String> BEFORE = Map.ofEntries(Map.entry("injuring", "injured"),
            Map.entry("injured", "injured"), Map.entry("injures", "injured"), Map.entry("wounding", "injured"),
            Map.entry("wounded", "injured"), Map.entry("hurting", "injured"), Map.entry("killing", "killed"),
            Map.entry("killed", "killed"), Map.entry("kills", "killed"), Map.entry("arrested", "arrested"),
            Map.entry("detained", "arrested"), Map.entry("evacuated", "evacuated"), Map.entry("rescued", "rescued"));
    /** Words allowed between an event word before a count and the count. */
    private static final Set<String> BETWEEN = Set.of("at", "least", "more", "than", "about", "around", "some",
            "nearly", "almost", "over", "up", "to", "as", "many", "an", "estimated", "approximately", "roughly",
            "a", "just", "under", "fewer", "less", "close");
    /** Words allowed between "toll" and the count ("the death toll rose to 123"). */
    private static final Set<String> TOLL_VERBS = Set.of("rose", "climbed", "reached", "stood", "stands", "is",
            "was", "has", "had", "risen", "increased", "jumped", "of", "at", "to", "now", "hit", "passed");
    /** Auxiliaries allowed between a count (and its noun) and an event word after it. */
    private static final Set<String> AUXILIARIES = Set.of("were", "was", "are", "is", "have", "has", "had", "been",
            "being", "reportedly", "also", "later", "left", "confirmed", "seriously", "critically", "badly");
    /** People a casualty count may count; generic ones ("people", "others") fill the same slot. */
    private static final Set<String> COUNTED = Set.of("people", "persons", "person", "passengers", "pedestrians",
            "commuters", "children", "students", "workers", "residents", "civilians", "soldiers", "officers",
            "policemen", "protesters", "demonstrators", "migrants", "tourists", "miners", "firefighters", "men",
            "women", "others", "victims", "fans", "patients", "crew", "employees", "suspects", "journalists",
            "pupils", "staff", "villagers", "visitors", "troops", "militants", "climbers", "hikers");
    private static final Set<String> GENERIC = Set.of("people", "persons", "person", "others", "victims");
    /** Words before "in YEAR" that date when something came to be. */
    private static final Set<String> FOUNDING = Set.of("opened", "built", "completed", "constructed", "founded",
            "established", "inaugurated", "erected", "unveiled");
    /** How an event reads in "how many people were ...". */
    private static final Map<String, String> PHRASE = Map.of("injured", "were injured", "killed", "died",
            "arrested", "were arrested", "evacuated", "were evacuated", "missing", "are missing", "rescued",
            "were rescued", "hospitalised", "were taken to hospital");

    private ValueSlots() {
    }

    /**
     * What a value fills.
     *
     * @param key     slot identity: "count:injured:people", "year:opened:footbridge"
     * @param about   readable question: "how many people were injured", "when the footbridge opened"
     * @param subject for years, the thing founded ("footbridge"), or null
     * @param words   the stems of the slot's own words, not evidence that two sentences share a subject
     */
    record Slot(String key, String about, String subject, Set<String> words) {
    }

    /** The slot {@code v} fills in {@code text} (quotes blanked), or null. */
    static Slot of(ConflictFinder.Value v, String text, List<Words.Word> words) {
        int first = -1;
        int last = -1;
        for (int i = 0; i < words.size(); i++) {
            Words.Word w = words.get(i);
            if (w.start() >= v.start() && w.end() <= v.end() && Character.isLetterOrDigit(w.text().charAt(0))) {
                if (first < 0) {
                    first = i;
                }
                last = i;
            }
        }
        if (first < 0) {
            return null;
        }
        if (v.kind().equals("year")) {
            return year(words, first);
        }
        if (v.kind().equals("money")) {
            return money(v, text, words, first, last);
        }
        if (!v.kind().equals("count") || v.number() != Math.floor(v.number()) || v.number() < 1) {
            return null;
        }
        // what follows: "of" (a part of something else), a counted noun, auxiliaries, an event word
        int k = last + 1;
        if (k < words.size() && words.get(k).folded().equals("of")) {
            return null;
        }
        String noun = null;
        String other = null; // a word right after the count that is no auxiliary or event: what it counts
        if (k < words.size() && gapIsSpace(text, words, k - 1)) {
            String f = words.get(k).folded();
            if (COUNTED.contains(f)) {
                noun = f;
                k++;
            } else if (!AFTER.containsKey(f) && !AUXILIARIES.contains(f) && !Terms.isStopWord(f)
                    && f.chars().allMatch(Character::isLetter)) {
                other = f; // "injured 12 police officers", "killed 3 Israeli soldiers": not a head count
            }
        }
        String event = null;
        int aux = 0;
        while (k < words.size() && aux <= 3 && gapIsSpace(text, words, k - 1)) {
            String f = words.get(k).folded();
            if (AFTER.containsKey(f)) {
                event = AFTER.get(f);
                break;
            }
            if (!AUXILIARIES.contains(f)) {
                break;
            }
            aux++;
            k++;
        }
        if (event == null) {
            int j = first - 1;
            while (j >= 0 && BETWEEN.contains(words.get(j).folded()) && gapIsSpace(text, words, j)) {
                j--;
            }
            if (j >= 0 && gapIsSpace(text, words, j)) {
                event = BEFORE.get(words.get(j).folded());
                if (event == null) {
                    int t = j;
                    while (t >= 0 && t > j - 4 && TOLL_VERBS.contains(words.get(t).folded())
                            && gapIsSpace(text, words, t)) {
                        t--;
                    }
                    if (t >= 0 && t < j + 1 && words.get(t).folded().equals("toll") && gapIsSpace(text, words, t)) {
                        event = "killed";
                    }
                }
            }
        }
        if (event == null) {
            return null;
        }
        String counted = other != null ? Terms.of(other).stream().findFirst().orElse(other)
                : noun == null || GENERIC.contains(noun) ? "people" : noun;
        Set<String> own = new HashSet<>(Terms.of(counted + " " + event + " toll death dead die injur hurt wound"));
        if (noun != null) {
            own.addAll(Terms.of(noun));
        }
        // "how many officers were injured"; a count of something else ("two Russian journalists") is shown as
        // its sentence instead
        String about = other != null ? null : "how many " + counted + " " + PHRASE.get(event);
        return new Slot("count:" + event + ":" + counted, about, null, own);
    }

    /**
     * "a $2.5bn deal", "a $2.5 billion arms deal", "a deal worth $2.5 billion", "the contract, valued at
     * €40m": the sum a deal is worth, slotted by the deal word and the currency.
     */
    private static Slot money(ConflictFinder.Value v, String text, List<Words.Word> words, int first, int last) {
        String deal = null;
        for (int k = last + 1; k < words.size() && k <= last + 3 && gapIsSpace(text, words, k - 1); k++) {
            String f = words.get(k).folded();
            if (DEALS.contains(f)) {
                deal = f;
                break;
            }
        }
        if (deal == null && first >= 2 && gapIsSpace(text, words, first - 1)) {
            String before = words.get(first - 1).folded();
            int from = before.equals("at") && words.get(first - 2).folded().equals("valued") ? first - 3
                    : Set.of("worth", "of").contains(before) ? first - 2 : -1;
            for (int k = from; k >= 0 && k >= from - 2 && gapIsSpace(text, words, k); k--) {
                if (DEALS.contains(words.get(k).folded())) {
                    deal = words.get(k).folded();
                    break;
                }
            }
        }
        if (deal == null) {
            return null;
        }
        String singular = deal.endsWith("s") ? deal.substring(0, deal.length() - 1) : deal;
        return new Slot("money:" + singular + ":" + v.slot(), "how much the " + singular + " is worth", null,
                new HashSet<>(Terms.of(deal + " worth valu")));
    }

    /** Words naming what a sum pays for. */
    private static final Set<String> DEALS = Set.of("deal", "deals", "contract", "contracts", "agreement",
            "package", "loan", "bailout", "settlement", "takeover", "acquisition", "merger", "order", "fine");

    /** "opened in 1987", "was built in the port in 1978": the founding word, at most three words, "in", the year. */
    private static Slot year(List<Words.Word> words, int at) {
        if (at < 2 || !words.get(at - 1).folded().equals("in")) {
            return null;
        }
        for (int j = at - 2; j >= 0 && j >= at - 5; j--) {
            String f = words.get(j).folded();
            if (FOUNDING.contains(f)) {
                String subject = subject(words, j);
                String about = subject == null ? null : "when the " + subject + " " + (f.equals("opened")
                        ? "opened" : "was " + f);
                return new Slot("year:" + f, about, subject,
                        new HashSet<>(Terms.of(f)));
            }
        }
        return null;
    }

    /**
     * The noun before a founding verb: "The steel footbridge opened", "The pier at Kessel, which was built": the
     * nearest lower-case content word among the five before it, names and function words passed over.
     */
    private static String subject(List<Words.Word> words, int verb) {
        for (int j = verb - 1; j >= 0 && j >= verb - 5; j--) {
            Words.Word w = words.get(j);
            String f = w.folded();
            boolean word = w.text().chars().allMatch(Character::isLetter) && Character.isLowerCase(w.text().charAt(0));
            if (word && !Terms.isStopWord(f) && f.length() > 2 && !Set.of("first", "originally", "officially",
                    "been", "later", "finally").contains(f)) {
                return f;
            }
        }
        return null;
    }

    private static boolean gapIsSpace(String text, List<Words.Word> words, int i) {
        if (i < 0 || i + 1 >= words.size()) {
            return false;
        }
        String gap = text.substring(words.get(i).end(), words.get(i + 1).start());
        return gap.isBlank() || gap.equals("-") || gap.strip().equals("$") || gap.strip().equals("€")
                || gap.strip().equals("£") || gap.strip().equals("US$");
    }

    /** Content stems of a sentence that may show two sentences share a subject: not numbers, not the slot's words. */
    static Set<String> subjectTerms(String text, Slot slot) {
        Set<String> out = new LinkedHashSet<>();
        for (String t : Terms.of(text)) {
            if (!Character.isDigit(t.charAt(0)) && !slot.words().contains(t) && !WEAK.contains(t)) {
                out.add(t);
            }
        }
        return out;
    }

    /** Stems too common in any news report to show that two sentences are about the same thing. */
    private static final Set<String> WEAK = Set.of("offici", "peopl", "citi", "accord", "report", "local",
            "morn", "even", "night", "day", "week", "year", "time", "last", "first", "new", "monday", "tuesday",
            "wednesday", "thursday", "friday", "saturday", "sunday", "polic", "author", "govern", "state",
            "nation", "includ", "least", "total", "other", "one", "two", "sever", "hospit", "told", "ad",
            "confirm", "statement", "spokesman", "spokeswoman", "news", "agenc");

    /** Entities named in a sentence. */
    static Set<Story.Entity> entities(String text, EntityIndex index) {
        Set<Story.Entity> out = new HashSet<>();
        for (EntityIndex.Mention m : index.find(text)) {
            out.add(m.entity());
        }
        return out;
    }
}
