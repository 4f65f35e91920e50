package dev.chorus.compare;

import dev.chorus.model.AnalysedArticle;
import dev.chorus.model.Sentence;
import dev.chorus.model.Story;
import dev.chorus.sentence.Folding;
import dev.chorus.sentence.Terms;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Rule-based named-entity recognition for English news, over all articles of a story at once.
 *
 * <p>Candidates are runs of capitalised words (with "of", "de", "al" and the like inside), cut at punctuation
 * and after a possessive ("Russia's"). A sentence-initial word is dropped when the story also writes it in
 * lower case, as is a lone sentence-initial group noun ("Authorities said", "Police arrested") and a trailing
 * connector ("U.S. And"); a word after a lower-case abbreviation ("the u.k. Government") counts as
 * sentence-initial, as case-folded scrapes capitalise after every period. Leading titles, roles and demonyms
 * ("Russian Foreign Minister", "Mr") are stripped and kept as a person cue. Hyphenated forms with a lower-case
 * tail ("Russia-made", "Ankara-based") keep their head.
 *
 * <p>Types: a gazetteer place (countries from {@link Locale}, cities and regions from {@code places.txt}) is a
 * PLACE; a name with an organisation word (Ministry, Council, Union...) or an acronym is an ORG; otherwise cues
 * vote: titles and speech verbs for PERSON, "in X", "visited X", "X region" for PLACE. No cue gives OTHER.
 *
 * <p>Spelling variants merge into one entity: equal after accent folding; people with the same surname (or a
 * surname of five letters or more one edit away: Zelensky/Zelenskyy) and close given names (Sergei/Sergey, one
 * edit per six letters); a surname alone ("Lavrov", "Mr Lavrov") with the one full name ending in it; an acronym
 * with the one multi-word name it abbreviates. The entity's name is the full form most articles use, then the
 * most frequent (a gazetteer's canonical spelling for places); aliases are the other forms.
 *
 * <p>Output order: number of articles, then mentions, descending; then first appearance. Stateless and
 * thread-safe.
 */
public final class EntityExtractor {

    private static final Set<String> CONNECTORS = Set.of("of", "de", "del", "della", "da", "di", "du", "des",
            "la", "le", "al", "el", "bin", "ibn", "van", "von", "der", "den", "ter", "y", "the", "and");
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "at", "near", "outside", "visited",
            "visit", "visiting", "across", "inside");
    private static final Set<String> INITIAL_FILLERS = Set.of("the", "a", "an");
    /** Titles written with a period in American style ("Mr. Lavrov", "Gen. Smith"). */
    private static final Set<String> DOTTED_TITLES = Set.of("mr", "mrs", "ms", "dr", "prof", "gen", "sen", "rep",
            "gov", "lt", "col", "sgt", "capt", "cmdr", "adm", "maj", "pres", "rev", "hon", "st");
    /** Words often opening a sentence without being names, even if the story never writes them lower-case. */
    private static final Set<String> INITIAL_WORDS = Set.of("although", "though", "however", "meanwhile", "despite",
            "earlier", "later", "last", "next", "following", "according", "both", "after", "during", "since",
            "instead", "even", "still", "yet", "many", "several", "another", "every", "one", "two", "three",
            "now", "then", "once", "unlike", "like", "amid", "among", "asked", "speaking", "read",
            "join", "get", "watch", "listen", "see", "sign", "related", "latest", "top", "more", "most", "how",
            "why", "what", "who", "when", "where", "let", "please", "thanks", "thank");

    /** A capitalised candidate found in a sentence. */
    private record Mention(String surface, List<String> folded, int article, int order, boolean initial,
                           boolean acronym, String place, double person, double placeCue, boolean org) {
        String key() {
            return place != null ? Folding.fold(place) : String.join(" ", folded);
        }
    }

    /** A token of a sentence, with whether it closes a run (punctuation or possessive after it). */
    private record Tok(String text, int start, int end, boolean breakAfter) {
    }

    /** The entities of {@code articles}, with variants merged; see the class description. */
    public List<Story.Entity> extract(List<AnalysedArticle> articles) {
        Set<String> lowerVocab = new HashSet<>();
        Set<String> midCaps = new HashSet<>();
        for (AnalysedArticle a : articles) {
            for (Sentence s : a.sentences()) {
                List<Words.Word> words = Words.of(s.text());
                for (int i = 0; i < words.size(); i++) {
                    Words.Word w = words.get(i);
                    if (Character.isLowerCase(w.text().charAt(0))) {
                        lowerVocab.add(w.folded());
                    } else if (i > 0 && w.capitalised()) {
                        midCaps.add(w.folded());
                    }
                }
            }
        }
        // A plural common noun opening a sentence ("Residents said", "Officials") is no name: its singular is
        // written lower-case in the story, or it has a plural ending and is never capitalised mid-sentence.
        for (AnalysedArticle a : articles) {
            for (Sentence s : a.sentences()) {
                List<Words.Word> words = Words.of(s.text());
                if (!words.isEmpty() && commonPlural(words.get(0), lowerVocab, midCaps)) {
                    lowerVocab.add(words.get(0).folded());
                }
            }
        }
        List<Mention> mentions = new ArrayList<>();
        for (int ai = 0; ai < articles.size(); ai++) {
            for (Sentence s : articles.get(ai).sentences()) {
                scan(s.text(), ai, lowerVocab, mentions);
            }
        }
        return merge(mentions, articles);
    }

    /** Last words of street names: "Harlow Street", "Mill Road" are places. */
    private static final Set<String> STREET_WORDS = Set.of("street", "road", "avenue", "lane", "boulevard",
            "square", "drive", "terrace", "quay", "highway", "motorway", "crescent", "parkway", "alley", "plaza",
            "embankment", "strasse", "straße");

    /** Whether {@code name} is a street or square: two or more words, the last a street word. */
    static boolean isStreet(String name) {
        List<Words.Word> words = Words.of(name);
        return words.size() >= 2 && STREET_WORDS.contains(words.get(words.size() - 1).folded());
    }

    private static boolean commonPlural(Words.Word w, Set<String> lowerVocab, Set<String> midCaps) {
        String f = w.folded();
        if (!w.capitalised() || f.length() < 5 || !f.endsWith("s") || f.endsWith("ss") || f.endsWith("us")
                || f.endsWith("is") || midCaps.contains(f) || Lexicon.place(w.text()) != null) {
            return false;
        }
        String singular = f.endsWith("ies") ? f.substring(0, f.length() - 3) + "y" : f.substring(0, f.length() - 1);
        if (lowerVocab.contains(singular) || f.endsWith("es") && lowerVocab.contains(f.substring(0, f.length() - 2))) {
            return true;
        }
        for (String ending : List.of("ents", "ants", "ials", "ers", "ists", "ians", "ors", "ees", "ives", "ities",
                "ions", "ards", "eers")) {
            if (f.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }

    // ---------------------------------------------------------------------------------------------- scanning

    private static List<Tok> tokens(String text) {
        List<Tok> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                i++;
                continue;
            }
            int start = i;
            while (i < n) {
                char d = text.charAt(i);
                if (Character.isLetterOrDigit(d) || Character.getType(d) == Character.NON_SPACING_MARK) {
                    i++;
                } else if ((d == '-' || d == '.' || d == '\'' || d == '’') && i + 1 < n
                        && Character.isLetterOrDigit(text.charAt(i + 1))
                        && !(d != '-' && isPossessiveAt(text, i))) {
                    if (d == '.' && !(i + 2 < n && text.charAt(i + 2) == '.')
                            && !(i - start == 1 && Character.isUpperCase(text.charAt(start)))) {
                        break; // keep "U.S." together, split "end.Next"
                    }
                    i++;
                } else {
                    break;
                }
            }
            int end = i;
            boolean possessive = isPossessiveAt(text, i);
            if (possessive) {
                i += 2;
            } else if (i < n && text.charAt(i) == '.' && end - start <= 3 && text.substring(start, end).contains(".")) {
                end = ++i; // "U.S."
            } else if (i + 1 < n && text.charAt(i) == '.' && text.charAt(i + 1) == ' ' && i + 2 < n
                    && Character.isUpperCase(text.charAt(i + 2))) {
                String word = text.substring(start, end);
                if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
                    end = ++i; // the initial in "George W. Bush" stays in the name
                } else if (DOTTED_TITLES.contains(word.toLowerCase(Locale.ROOT))) {
                    i++; // "Mr. Lavrov": the title's period does not end the run
                }
            }
            // Anything but plain spaces between two words breaks a run.
            int j = i;
            while (j < n && text.charAt(j) == ' ') {
                j++;
            }
            boolean breakAfter = possessive || j == i && j < n || j >= n
                    || !(Character.isLetterOrDigit(text.charAt(j)));
            if (j == i && j < n && !Character.isLetterOrDigit(text.charAt(j))) {
                breakAfter = true;
            }
            out.add(new Tok(text.substring(start, end), start, end, breakAfter));
        }
        return out;
    }

    private static boolean isPossessiveAt(String s, int i) {
        return i + 1 < s.length() && (s.charAt(i) == '\'' || s.charAt(i) == '’')
                && (s.charAt(i + 1) == 's' || s.charAt(i + 1) == 'S')
                && (i + 2 == s.length() || !Character.isLetterOrDigit(s.charAt(i + 2)));
    }

    private static boolean capitalised(String t) {
        char c = t.charAt(0);
        return Character.isUpperCase(c) || Character.isTitleCase(c);
    }

    private static boolean junkToken(String t) {
        return Junk.glued(t); // "MinistersJoin": menu text glued together
    }

    private static boolean allCaps(String t) {
        boolean letter = false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letter |= Character.isLetter(c);
        }
        return letter;
    }

    private void scan(String text, int article, Set<String> lowerVocab, List<Mention> out) {
        List<Tok> toks = tokens(text);
        int i = 0;
        while (i < toks.size()) {
            Tok t = toks.get(i);
            if (!capitalised(t.text()) || junkToken(t.text())) {
                i++;
                continue;
            }
            int start = i;
            List<Tok> run = new ArrayList<>();
            run.add(t);
            int j = i;
            while (!toks.get(j).breakAfter() && j + 1 < toks.size()) {
                Tok next = toks.get(j + 1);
                if (capitalised(next.text()) && !junkToken(next.text())) {
                    run.add(next);
                    j++;
                } else if (CONNECTORS.contains(next.text()) && !next.breakAfter() && j + 2 < toks.size()
                        && !next.text().equals("and") && capitalised(toks.get(j + 2).text())) {
                    if (next.text().equals("the") && !toks.get(j).text().equals("of")) {
                        break;
                    }
                    run.add(next);
                    j++;
                } else {
                    break;
                }
            }
            while (!run.isEmpty() && !capitalised(run.get(run.size() - 1).text())) {
                run.remove(run.size() - 1);
            }
            i = start + Math.max(1, run.size());
            if (run.isEmpty()) {
                continue;
            }
            String prev = start > 0 ? toks.get(start - 1).text() : null;
            if ("of".equals(prev) && start > 1
                    && Lexicon.PLACE_WORDS.contains(Folding.fold(toks.get(start - 2).text()))) {
                prev = "in"; // "the resort of Sochi", "the city of Aghdam": as good as "in Sochi"
            }
            boolean prevBreak = start > 0 && toks.get(start - 1).breakAfter();
            // Case-folded scrapes capitalise after every period, abbreviations too ("the u.k. Government
            // says"): a word after a lower-case abbreviation is as doubtful as one opening the sentence.
            boolean initial = start == 0 || prev != null && prev.endsWith(".") && prev.equals(
                    prev.toLowerCase(Locale.ROOT));
            String next = start + run.size() < toks.size() ? toks.get(start + run.size()).text() : null;
            // "Natalie Boucly of UNRWA", "Minister of Environment of Portugal": a name, then an acronym or place.
            int of = -1;
            for (int k = run.size() - 2; k > 0 && of < 0; k--) {
                if (run.get(k).text().equals("of")) {
                    of = k;
                }
            }
            if (of > 0 && of == run.size() - 2 && splitsAtOf(run, of)) {
                candidate(new ArrayList<>(run.subList(0, of)), initial, prev, prevBreak, null, article,
                        lowerVocab, out);
                candidate(rest(run, of + 1), false, "of", false, next, article, lowerVocab, out);
            } else {
                candidate(run, initial, prev, prevBreak, next, article, lowerVocab, out);
            }
        }
    }

    /** Whether "X of Y" is two names: Y an acronym or a place, X without organisation words. */
    private static boolean splitsAtOf(List<Tok> run, int of) {
        String tail = run.get(of + 1).text();
        boolean separate = allCaps(tail) && tail.length() >= 2 || Lexicon.place(tail) != null;
        for (int k = 0; k < of && separate; k++) {
            separate = !Lexicon.ORG_WORDS.contains(Folding.fold(run.get(k).text()));
        }
        return separate;
    }

    private void candidate(List<Tok> run, boolean initial, String prev, boolean prevBreak, String next,
                           int article, Set<String> lowerVocab, List<Mention> out) {
        List<String> words = new ArrayList<>();
        for (Tok t : run) {
            words.add(t.text());
        }
        long caps = words.stream().filter(w -> allCaps(w) && w.length() >= 3).count();
        if (caps >= 3) {
            return; // shouted credit lines and menus
        }
        // A sentence-initial group noun standing alone ("Authorities said") is no name, though "Police
        // Scotland" or "Doctors Without Borders" may be.
        if (initial && words.size() == 1 && Lexicon.GROUP_NOUNS.contains(Folding.fold(words.get(0)))) {
            return;
        }
        // A sentence-initial common word ("The", "Although", "Calling") is no name.
        if (initial && !words.isEmpty()) {
            String f = Folding.fold(words.get(0));
            if (lowerVocab.contains(f) || Terms.isStopWord(f) || Lexicon.NOT_NAMES.contains(f)
                    || INITIAL_WORDS.contains(f)) {
                words.remove(0);
                initial = false;
                prev = null;
            }
        }
        // No name ends in a connector: a capitalised "And" or "Of" is a case-folded scrape's sentence case.
        while (words.size() > 1 && CONNECTORS.contains(Folding.fold(words.get(words.size() - 1)))) {
            words.remove(words.size() - 1);
        }
        // Hyphenated words with a lower-case tail: keep the head ("Russia-made" -> Russia).
        List<String> expanded = new ArrayList<>();
        boolean based = false;
        for (int k = 0; k < words.size(); k++) {
            String w = words.get(k);
            int dash = w.indexOf('-');
            if (dash > 0 && dash + 1 < w.length() && Character.isLowerCase(w.charAt(dash + 1))) {
                based = w.substring(dash + 1).toLowerCase(Locale.ROOT).equals("based");
                expanded.add(w.substring(0, dash));
                if (k + 1 < words.size()) {
                    candidate(rest(run, k + 1), false, null, true, next, article, lowerVocab, out);
                }
                next = null;
                break;
            }
            // "Russia-Turkey": two places joined.
            if (dash > 0 && !w.contains(".")) {
                String[] parts = w.split("-");
                boolean allPlaces = parts.length > 1;
                for (String p : parts) {
                    allPlaces &= Lexicon.place(p) != null || Lexicon.isDemonym(p);
                }
                if (allPlaces) {
                    for (String p : parts) {
                        if (Lexicon.place(p) != null) {
                            addMention(List.of(p), false, 0, 0, article, out);
                        }
                    }
                    if (k + 1 < words.size()) {
                        candidate(rest(run, k + 1), false, null, true, next, article, lowerVocab, out);
                    }
                    words = expanded;
                    next = null;
                    break;
                }
            }
            expanded.add(w);
        }
        words = expanded;
        if (words.isEmpty()) {
            return;
        }
        boolean orgWord = false;
        for (String w : words) {
            orgWord |= Lexicon.ORG_WORDS.contains(Folding.fold(w));
        }
        double person = 0;
        if (!orgWord) {
            // Strip leading titles, roles, demonyms and places qualifying a title ("US Secretary of State").
            int k = 0;
            while (k < words.size()) {
                String f = Folding.fold(words.get(k));
                boolean qualifier = (Lexicon.isDemonym(f) || Lexicon.place(f) != null)
                        && k + 1 < words.size() && Lexicon.TITLES.contains(Folding.fold(words.get(k + 1)));
                if (Lexicon.PERSON_TITLES.contains(f) || Lexicon.PERSON_TITLES.contains(f.replaceAll("s$", ""))) {
                    person = 2;
                } else if (!(Lexicon.TITLES.contains(f) || qualifier || INITIAL_FILLERS.contains(f)
                        || (Lexicon.isDemonym(f) && k + 1 < words.size()))) {
                    break;
                }
                k++;
            }
            words = new ArrayList<>(words.subList(k, words.size()));
            // A trailing title word is not part of the name ("Lavrov Minister" never happens; "Putin Tuesday" may).
            while (!words.isEmpty() && Lexicon.NOT_NAMES.contains(Folding.fold(words.get(words.size() - 1)))) {
                words.remove(words.size() - 1);
            }
            if (words.isEmpty()) {
                return;
            }
            if (words.size() == 1 && (Lexicon.isDemonym(words.get(0))
                    || Lexicon.NOT_NAMES.contains(Folding.fold(words.get(0))))) {
                return;
            }
            if (prev != null && !prevBreak && Lexicon.PERSON_TITLES.contains(Folding.fold(prev))) {
                person = 2;
            }
        } else if (INITIAL_FILLERS.contains(Folding.fold(words.get(0)))) {
            words = new ArrayList<>(words.subList(1, words.size()));
        }
        if (words.isEmpty()) {
            return;
        }
        double placeCue = 0;
        if (prev != null && PLACE_PREPOSITIONS.contains(Folding.fold(prev))) {
            placeCue += 1;
        }
        if (based || next != null && Lexicon.PLACE_WORDS.contains(Folding.fold(next))) {
            placeCue += 1;
        }
        if (next != null && Lexicon.SPEECH_VERBS.contains(Folding.fold(next))) {
            person += 1;
        }
        if (prev != null && Lexicon.SPEECH_VERBS.contains(Folding.fold(prev)) && !"according".equals(prev)) {
            person += 0.5;
        }
        if (!orgWord && person == 0 && words.size() >= 2 && words.size() <= 3 && personLike(words, lowerVocab)) {
            person = 0.5; // "Jamal Khashoggi": two or three rare capitalised words are most often a person
        }
        addMention(words, initial && words.size() == run.size(), person, placeCue, article, out);
    }

    /** Every word title-case letters only, not a demonym, place or title, never written lower-case in the story. */
    private static boolean personLike(List<String> words, Set<String> lowerVocab) {
        for (String w : words) {
            String f = Folding.fold(w);
            if (w.length() < 2 || !Character.isUpperCase(w.charAt(0)) || allCaps(w)
                    || !w.chars().allMatch(c -> Character.isLetter(c) || c == '\'' || c == '-')
                    || lowerVocab.contains(f) || Lexicon.isDemonym(f) || Lexicon.place(f) != null
                    || Lexicon.TITLES.contains(f) || Lexicon.PLACE_WORDS.contains(f)) {
                return false;
            }
        }
        return true;
    }

    private static List<Tok> rest(List<Tok> run, int from) {
        return new ArrayList<>(run.subList(from, run.size()));
    }

    private void addMention(List<String> words, boolean initial, double person, double placeCue, int article,
                            List<Mention> out) {
        String surface = String.join(" ", words);
        List<String> folded = new ArrayList<>();
        for (String w : words) {
            folded.add(Folding.fold(w).replace("’", "'"));
        }
        boolean acronym = words.size() == 1 && words.get(0).replace(".", "").length() >= 2
                && words.get(0).replace(".", "").length() <= 6 && allCaps(words.get(0))
                && words.get(0).chars().allMatch(c -> Character.isLetter(c) || c == '.');
        String place = Lexicon.place(surface);
        if (place == null && isStreet(surface)) {
            place = surface;
        }
        boolean org = false;
        for (String f : folded) {
            org |= Lexicon.ORG_WORDS.contains(f);
        }
        if (org) {
            place = null;
        }
        out.add(new Mention(surface, folded, article, out.size(), initial, acronym, place, person, placeCue, org));
    }

    // ---------------------------------------------------------------------------------------------- merging

    /** Mentions that turned out to name the same thing. */
    private static final class Group {
        final List<Mention> mentions = new ArrayList<>();
        final String key;

        Group(String key) {
            this.key = key;
        }

        int size() {
            return key.split(" ").length;
        }

        boolean isPlace() {
            return mentions.stream().anyMatch(m -> m.place() != null);
        }

        boolean isOrg() {
            return mentions.stream().anyMatch(m -> m.org() || m.acronym() && m.place() == null);
        }

        double person() {
            return mentions.stream().mapToDouble(Mention::person).sum();
        }

        double placeCue() {
            return mentions.stream().mapToDouble(Mention::placeCue).sum();
        }

        int first() {
            return mentions.stream().mapToInt(Mention::order).min().orElse(Integer.MAX_VALUE);
        }
    }

    private List<Story.Entity> merge(List<Mention> mentions, List<AnalysedArticle> articles) {
        Map<String, Group> groups = new LinkedHashMap<>();
        for (Mention m : mentions) {
            groups.computeIfAbsent(m.key(), Group::new).mentions.add(m);
        }
        List<Group> all = new ArrayList<>(groups.values());
        all.sort(Comparator.comparingInt(Group::first));

        // People: same surname, close given names.
        List<Group> multi = new ArrayList<>();
        for (Group g : all) {
            if (g.size() >= 2 && !g.isPlace() && !g.isOrg()) {
                multi.add(g);
            }
        }
        Map<Group, Group> parent = new HashMap<>();
        multi.sort(Comparator.comparingInt((Group g) -> -g.mentions.size()).thenComparingInt(Group::first));
        for (int x = 0; x < multi.size(); x++) {
            Group a = multi.get(x);
            if (parent.containsKey(a)) {
                continue;
            }
            for (int y = x + 1; y < multi.size(); y++) {
                Group b = multi.get(y);
                if (!parent.containsKey(b) && sameName(a.key.split(" "), b.key.split(" "))) {
                    parent.put(b, a);
                }
            }
        }
        // Surname only, or acronym of a multi-word name.
        for (Group g : all) {
            if (g.size() != 1 || g.isPlace()) {
                continue;
            }
            Group target = null;
            int candidates = 0;
            for (Group m : multi) {
                if (parent.containsKey(m)) {
                    continue;
                }
                String[] parts = m.key.split(" ");
                if (parts[parts.length - 1].equals(g.key) && !g.isOrg()) {
                    if (target == null || m.mentions.size() > target.mentions.size()) {
                        target = m;
                    }
                    candidates++;
                }
            }
            if (candidates == 0 && !g.isOrg() && g.key.length() >= 5) {
                for (Group m : multi) {
                    String[] parts = m.key.split(" ");
                    if (!parent.containsKey(m) && sameSurname(parts[parts.length - 1], g.key)) {
                        target = m;
                        candidates++;
                    }
                }
                if (candidates != 1) {
                    target = null;
                    candidates = 0;
                }
            }
            if (candidates == 0 && g.mentions.stream().anyMatch(Mention::acronym)) {
                for (Group m : all) {
                    if (m != g && m.size() >= 2 && !parent.containsKey(m) && initials(m).equals(g.key)) {
                        target = m;
                        candidates++;
                    }
                }
                if (candidates != 1) {
                    target = null;
                }
            }
            if (target != null) {
                parent.put(g, target);
            }
        }
        // The last part of a hyphenated place on its own: "Karabakh" for "Nagorno-Karabakh".
        for (Group g : all) {
            if (g.size() != 1 || parent.containsKey(g) || g.key.indexOf('-') >= 0 || g.person() > 0) {
                continue;
            }
            Group target = null;
            int candidates = 0;
            for (Group m : all) {
                if (m != g && m.size() == 1 && !parent.containsKey(m) && m.key.endsWith("-" + g.key)
                        && m.person() <= 0 && (m.isPlace() || m.placeCue() > 0 || g.isPlace() || g.placeCue() > 0)) {
                    target = m;
                    candidates++;
                }
            }
            if (candidates == 1) {
                parent.put(g, target);
            }
        }
        Map<Group, List<Group>> members = new LinkedHashMap<>();
        for (Group g : all) {
            Group root = g;
            while (parent.containsKey(root)) {
                root = parent.get(root);
            }
            members.computeIfAbsent(root, r -> new ArrayList<>()).add(g);
        }

        record Ranked(Story.Entity entity, int articles, int mentions, int first) {
        }
        List<Ranked> ranked = new ArrayList<>();
        for (Map.Entry<Group, List<Group>> e : members.entrySet()) {
            List<Mention> ms = new ArrayList<>();
            for (Group g : e.getValue()) {
                ms.addAll(g.mentions);
            }
            ms.sort(Comparator.comparingInt(Mention::order));
            // A lone sentence-initial capitalised word with no cue is too weak to report.
            boolean weak = ms.stream().allMatch(m -> m.initial() && m.folded().size() == 1 && m.place() == null
                    && m.person() == 0 && m.placeCue() == 0 && !m.acronym());
            if (weak) {
                continue;
            }
            Story.EntityType type = type(e.getValue());
            String name = name(ms, type);
            Map<String, Integer> forms = new LinkedHashMap<>();
            for (Mention m : ms) {
                forms.merge(m.surface(), 1, Integer::sum);
            }
            List<String> aliases = new ArrayList<>(forms.keySet());
            aliases.remove(name);
            aliases.sort(Comparator.comparingInt((String s) -> -forms.get(s)));
            Set<Integer> arts = new TreeSet<>();
            for (Mention m : ms) {
                arts.add(m.article());
            }
            List<String> ids = new ArrayList<>();
            for (int a : arts) {
                ids.add(articles.get(a).id());
            }
            ranked.add(new Ranked(new Story.Entity(name, type, aliases, ids), arts.size(), ms.size(),
                    ms.get(0).order()));
        }
        ranked.sort(Comparator.comparingInt((Ranked r) -> -r.articles()).thenComparingInt(r -> -r.mentions())
                .thenComparingInt(Ranked::first));
        List<Story.Entity> out = new ArrayList<>();
        for (Ranked r : ranked) {
            out.add(r.entity());
        }
        return out;
    }

    private static String initials(Group g) {
        StringBuilder sb = new StringBuilder();
        for (String w : g.key.split(" ")) {
            if (!CONNECTORS.contains(w) && !w.isEmpty()) {
                sb.append(w.charAt(0));
            }
        }
        return sb.toString();
    }

    /** Same surname, and every given name of the shorter form close to one of the longer form's. */
    static boolean sameName(String[] a, String[] b) {
        if (!sameSurname(a[a.length - 1], b[b.length - 1])) {
            return false;
        }
        String[] shorter = a.length <= b.length ? a : b;
        String[] longer = a.length <= b.length ? b : a;
        for (int i = 0; i < shorter.length - 1; i++) {
            boolean found = false;
            for (int j = 0; j < longer.length - 1 && !found; j++) {
                found = close(shorter[i], longer[j]) || transliterated(shorter[i], longer[j]);
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }

    /** Equal, or transliteration variants of a longer surname ("Zelensky" / "Zelenskyy"). */
    static boolean sameSurname(String x, String y) {
        return x.equals(y) || Math.min(x.length(), y.length()) >= 5 && close(x, y);
    }

    private static boolean close(String x, String y) {
        if (x.equals(y)) {
            return true;
        }
        if (x.length() <= 2 || y.length() <= 2) { // initials: "J." and "John"
            return x.charAt(0) == y.charAt(0) && (x.length() == 1 || x.endsWith(".") || y.length() == 1
                    || y.endsWith("."));
        }
        if (x.charAt(0) != y.charAt(0)) {
            return false;
        }
        int allowed = Math.max(1, Math.min(x.length(), y.length()) / 6);
        return distance(x, y) <= allowed;
    }

    /**
     * Given names transliterated differently, vowels and doubled letters aside: Mohammed / Muhammad /
     * Mohamad. Only for given names, next to an agreeing surname; surnames need {@link #sameSurname}.
     */
    private static boolean transliterated(String x, String y) {
        return x.length() >= 4 && y.length() >= 4 && x.charAt(0) == y.charAt(0)
                && Math.abs(x.length() - y.length()) <= 2 && skeleton(x).length() >= 3
                && skeleton(x).equals(skeleton(y));
    }

    /** Consonants of a folded word, vowels (and y) dropped and doubled letters made single: "mohammed" -> "mhmd". */
    static String skeleton(String word) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if ("aeiouy".indexOf(c) >= 0 || !Character.isLetter(c)) {
                continue;
            }
            if (sb.isEmpty() || sb.charAt(sb.length() - 1) != c) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    private static Story.EntityType type(List<Group> groups) {
        boolean place = false;
        boolean org = false;
        double person = 0;
        double placeCue = 0;
        boolean multiWordName = false;
        boolean surnameAttached = false;
        for (Group g : groups) {
            place |= g.isPlace();
            org |= g.isOrg();
            person += g.person();
            placeCue += g.placeCue();
            if (g.size() >= 2) {
                multiWordName = true;
            } else {
                surnameAttached = true;
            }
        }
        if (org) {
            return Story.EntityType.ORG;
        }
        if (place) {
            return Story.EntityType.PLACE;
        }
        if (person > placeCue) {
            return Story.EntityType.PERSON;
        }
        if (placeCue > person) {
            return Story.EntityType.PLACE;
        }
        if (multiWordName && surnameAttached) {
            return Story.EntityType.PERSON;
        }
        return Story.EntityType.OTHER;
    }

    private static String name(List<Mention> ms, Story.EntityType type) {
        if (type == Story.EntityType.PLACE) {
            for (Mention m : ms) {
                if (m.place() != null) {
                    return m.place();
                }
            }
        }
        int longest = 0;
        for (Mention m : ms) {
            longest = Math.max(longest, m.folded().size());
        }
        // the form most sources write, then the form written most: a spelling one outlet repeats ("Nato" in every
        // paragraph of one paper) does not outvote the one most outlets use ("NATO")
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, Set<Integer>> articles = new HashMap<>();
        for (Mention m : ms) {
            if (m.folded().size() == longest) {
                counts.merge(m.surface(), 1, Integer::sum);
                articles.computeIfAbsent(m.surface(), k -> new HashSet<>()).add(m.article());
            }
        }
        String best = null;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            int sources = articles.get(e.getKey()).size();
            int bestSources = best == null ? -1 : articles.get(best).size();
            if (sources > bestSources || (sources == bestSources && e.getValue() > counts.get(best))) {
                best = e.getKey();
            }
        }
        return best;
    }
}
