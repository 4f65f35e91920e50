package dev.chorus.extract;

import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.Character.UnicodeScript;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Guesses the language of a text in two stages.
 *
 * <p><b>First stage, hand-written and small</b> (a few kilobytes, no model): the Unicode script of the letters
 * decides outright for languages that have a script of their own (Hangul: Korean; kana: Japanese; Han without
 * kana: Chinese; Greek, Thai, Hebrew, Georgian, Armenian...; Arabic script: Arabic, Persian or Urdu by their
 * own letters). For Latin and Cyrillic text, the words are scored against short lists of very frequent
 * function words per language (a word shared by several lists counts for each, divided among them, so the
 * words that tell near pairs apart, such as Spanish and Portuguese, Danish and Norwegian, Czech and Slovak,
 * Russian and Ukrainian, Serbian and Croatian, decide). It answers only when the text has enough words, enough
 * of them are function words of the winner, and the winner is clearly ahead.
 *
 * <p><b>Second stage</b>, for everything else: the OpenNLP language-detection model shipped in
 * {@code org.apache.opennlp:opennlp-models-langdetect} (103 languages). It takes about 36 MB of heap once
 * loaded, so it is loaded lazily, once per JVM, only when the first stage cannot decide.
 *
 * <p>Instances are cheap and thread-safe. Answers are ISO 639-1 codes ({@code "en"}, {@code "de"}; Norwegian
 * Bokmål is {@code "nb"}, as the model names it); {@code null} means the text is too short or neither stage is
 * confident enough to say.
 */
public final class LanguageDetector {

    private static final String MODEL_RESOURCE = "/langdetect-183.bin";
    /** Below this many letters n-gram statistics are mostly noise. */
    private static final int MIN_LETTERS = 20;
    /** Only this much text is looked at: more adds time, not accuracy. */
    static final int MAX_CHARS = 1000;
    private static final double MIN_CONFIDENCE = 0.02;
    /** The model spreads probability thinly over 103 languages; what tells is the lead over the runner-up. */
    private static final double MIN_MARGIN = 1.3;

    /** First stage: a script decides when at least this share of the letters is written in it. */
    private static final double SCRIPT_SHARE = 0.6;
    /** First stage, word lists: fewer words than this is too little to go on. */
    private static final int MIN_WORDS = 8;
    /**
     * ... at least this share of the words must be on the winner's list (the lists are short: on news text
     * they cover 15-30% of the words; text in a language without a list, or not text, covers far less).
     */
    private static final double MIN_COVERAGE = 0.12;
    /** ... the winner's weighted score must be at least this... */
    private static final double MIN_SCORE = 3.0;
    /** ... and lead the runner-up's by this much (words of its own, roughly)... */
    private static final double MIN_LEAD = 2.0;
    /** ... and by this share of its own score. */
    private static final double MIN_LEAD_SHARE = 0.25;

    /**
     * ISO 639-3 (as used by the model) to ISO 639-1; built on first use (it reads the JDK's locale data, ~10 ms
     * at start-up), which pages with a two-letter language tag and the first stage never need.
     */
    private static final class Iso3 {
        static final Map<String, String> TO_ISO1 = iso3ToIso1();
    }

    /**
     * Very frequent function words, written for this class, per language. Latin-script lists first, then
     * Cyrillic; a text is only scored against the lists of its own script.
     */
    private static final WordLists LATIN_WORDS = wordLists(
            "en", "a you i your our can all one so if do what up out the of and to in is that for it was on with as he be by at from his have are this but not they "
                    + "had has were which an or their its been who will would after also more when there said about "
                    + "than we she her",
            "de", "der die und in den von zu das mit sich des auf für ist im dem nicht ein eine als auch es an "
                    + "werden aus er hat dass sie nach wird bei einer um am sind noch wie einem über einen zum war "
                    + "haben nur oder aber vor zur bis mehr durch wurde",
            "fr", "le la les de des et à en un une du est que qui dans pour pas par sur au il elle ne se plus avec "
                    + "ce sont ont son sa ses aux été cette mais comme nous vous leur ou être fait aussi déjà après",
            "es", "el la los las de del en y que a por con para una un es se su sus al lo como más pero ya o este "
                    + "esta fue han ha entre cuando muy sin sobre también hasta hay donde desde durante porque según",
            "pt", "o a os as de do da dos das em no na nos nas e que um uma para com não por se mais como mas foi ao "
                    + "ele ela você nesta neste este esta pode ser seu sua ou quando muito já também só pelo pela até isso entre depois sem são está após",
            "it", "il lo la i gli le di del della dei delle da dal dalla in nel nella con su per tra e che è un una "
                    + "non si ha sono anche come più ma al alla questo questa essere stato dopo ancora degli sulla",
            "ca", "el la els les de del i a en que per amb un una és no es al com més però va ha són seu seva "
                    + "aquest aquesta també pel dels als ni tot",
            "gl", "o a os as de do da dos das e que en no na un unha para con non por se máis como pero foi ao el ela "
                    + "seu súa ou cando moi xa tamén polo pola ata isto entre despois sen",
            "nl", "de het een en van in is dat op te zijn met voor niet aan er die ook als bij door maar om dan uit "
                    + "nog wel naar werd heeft worden wordt over tot deze zich hij ze wat kan geen meer",
            "af", "die en van in is het dat op te vir nie met wat om sy hy was aan ook word as by of na maar sal kan "
                    + "hulle ons deur",
            "sv", "och i att det som en på är av för med till den har de inte om ett var jag men så från vid kan "
                    + "eller när efter också sig hade vara ska mot under detta blir mycket bara andra",
            "da", "og i at det er en til på som de med af for ikke den har et var der jeg men fra om så kan efter "
                    + "eller også sig havde være skal når blev meget hvad nu kun mod hvor mig mellem gennem siger "
                    + "sagde nogle tilbage",
            "nb", "og i det er som en på til at av for med har ikke de den et var jeg men fra om så kan etter eller "
                    + "også seg hadde være skal når ble mye hva nå bare mot hvor meg mellom gjennom sier sa noen "
                    + "tilbake",
            "fi", "ja on ei se että oli hän ovat mutta kun tai myös jo sen hänen joka ole mukaan kanssa ollut vain "
                    + "voi olla sitten nyt tämä tämän niin kuin jälkeen vuonna kaikki siitä sekä eli vielä jossa",
            "pl", "i w na z do się nie że to jest o od po za jak co przez dla ale jego już tak jej oraz przy był "
                    + "była są który która które także tylko może być gdy ich też jako roku",
            "cs", "a v na se je že to z o s do i k jako ale by pro jsou jeho po byl bylo byla také který která "
                    + "které již už jak jen při podle než tak ve ze od aby mezi nebo být však",
            "sk", "a v na sa je že to z o s do i k ako ale by pre sú jeho po bol bolo bola tiež ktorý ktorá ktoré "
                    + "už len pri podľa než tak vo zo od aby medzi alebo byť však aj",
            "sl", "in je v na da se za so z ki pa ne to po tudi kot od bo ali iz pri še že lahko bil bila samo med "
                    + "ter",
            "hr", "i u ne na da je se su za od s sa što koji koja koje kao ali će biti bio bila to iz do po već još "
                    + "ili ako kada jer nakon ovaj ova ovo također tisuća gdje dio vrijeme tijekom poslije tko",
            "sr", "i u ne na da je se su za od sa što šta koji koja koje kao ali će biti bio bila to iz do po već "
                    + "još ili ako kada jer posle ovaj ova ovo takođe hiljada gde deo vreme ko tokom",
            "ro", "și în de la a cu pe din care că nu o un este mai pentru se au fost sunt ca dar sau lui acest "
                    + "această după prin fi al ale unei unui despre între",
            "hu", "a az és hogy nem is egy van meg de csak már el ki mint volt azt még ezt ha vagy pedig lesz után "
                    + "szerint között amely kell sem minden most nagyon lehet",
            "tr", "ve bir bu da de için ile olarak çok daha en ama gibi olan sonra kadar ne var değil her ancak göre "
                    + "ise mi şu diye yıl veya olduğu tarafından ilk başka",
            "id", "yang dan di ini itu dengan untuk dari dalam tidak akan pada juga ke ada tersebut oleh atau karena "
                    + "bisa sudah saat telah para menjadi lebih kata seperti hanya mereka bahwa",
            "ms", "yang dan di ini itu dengan untuk dari dalam tidak akan pada juga ke ada oleh atau kerana boleh "
                    + "sudah telah lebih kata seperti hanya mereka bahawa ialah iaitu daripada sahaja kepada");

    private static final WordLists CYRILLIC_WORDS = wordLists(
            "ru", "и в не на что он с как это по но из у за к о от же так все она был было его для вы то бы мы до "
                    + "только ещё уже или если когда при также который которые после этого года их во со нам может более этом",
            "uk", "і в не на що він з як це по але у за до від та так все вона був було його для ви то б ми тільки "
                    + "ще вже або якщо коли при також який які після цього року й",
            "be", "і ў не на што ён з як гэта па але ад да за быў было яго для ці таксама які якія пасля",
            "bg", "и в не на че той с като това по но от за до да се е са си ще все тя беше бяха го му ги който "
                    + "които след тази този също или ако когато при",
            "sr", "и у не на да је се су за од са што који која које као али ће бити био била то из до по већ још или "
                    + "ако када јер после овај ова ово",
            "mk", "и во не на да е се за од со што кој која кое како но ќе биде беше тоа до по веќе уште или ако "
                    + "кога бидејќи овој оваа ова");

    /** A word's languages (indexes into the list's codes) and weight: one divided by how many lists have it. */
    private record Entry(int[] languages, double weight) {
    }

    /** The languages of one script and the index from function word to {@link Entry}. */
    private record WordLists(String[] codes, Map<String, Entry> index) {
    }

    private static final class Holder {
        // Initialised on first access only, by the JVM's class-initialisation lock.
        static final LanguageDetectorModel MODEL = load();
    }

    /**
     * The ISO 639-1 code of {@code text}'s language, or {@code null} when the text is too short,
     * both stages are unsure, or the language has no two-letter code.
     */
    public String detect(String text) {
        if (text == null) {
            return null;
        }
        String sample = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
        if (letters(sample) < MIN_LETTERS) {
            return null;
        }
        String quick = quick(sample);
        return quick != null ? quick : model(sample);
    }

    /**
     * The first stage alone: the language by script or function words, or null when it cannot tell (and the
     * model would be asked). Package-private for tests.
     */
    static String quick(String sample) {
        int letters = 0;
        int latin = 0;
        int cyrillic = 0;
        int han = 0;
        int kana = 0;
        int hangul = 0;
        int arabic = 0;
        int persian = 0;
        int urdu = 0;
        int otherArabic = 0;
        int yiddish = 0;
        Map<UnicodeScript, Integer> other = null;
        for (int i = 0; i < sample.length(); ) {
            int cp = sample.codePointAt(i);
            i += Character.charCount(cp);
            if (!Character.isLetter(cp)) {
                continue;
            }
            letters++;
            if (cp < 0x250) {
                latin++;
                continue;
            }
            UnicodeScript script = UnicodeScript.of(cp);
            switch (script) {
                case LATIN -> latin++;
                case CYRILLIC -> cyrillic++;
                case HAN -> han++;
                case HIRAGANA, KATAKANA -> kana++;
                case HEBREW -> {
                    // Yiddish's double vav/yod ligatures (U+05F0-05F2); Hebrew does not use them
                    if (cp >= 0x05F0 && cp <= 0x05F2) {
                        yiddish++;
                    }
                    if (other == null) {
                        other = new HashMap<>();
                    }
                    other.merge(script, 1, Integer::sum);
                }
                case HANGUL -> hangul++;
                case ARABIC -> {
                    arabic++;
                    switch (cp) {
                        // Persian (and Urdu) letters Arabic does not use: pe, che, zhe, gaf, keheh, farsi yeh
                        case 0x067E, 0x0686, 0x0698, 0x06AF, 0x06A9, 0x06CC -> persian++;
                        // Urdu's own: tteh, ddal, rreh, noon ghunna, yeh barree, heh doachashmee
                        case 0x0679, 0x0688, 0x0691, 0x06BA, 0x06D2, 0x06BE -> urdu++;
                        // Pashto, Sindhi, Kurdish, Uyghur letters: leave those to the model
                        case 0x067C, 0x0681, 0x0685, 0x0689, 0x0693, 0x0696, 0x069A, 0x06AB, 0x06BC, 0x06D0,
                             0x067A, 0x067B, 0x0680, 0x0684, 0x068A, 0x068D, 0x068F, 0x06A6, 0x06B3, 0x06B1,
                             0x06B5, 0x0695, 0x06CE, 0x06C6, 0x06D5, 0x06C7, 0x06C8, 0x06CB -> otherArabic++;
                        default -> { }
                    }
                }
                default -> {
                    if (other == null) {
                        other = new HashMap<>();
                    }
                    other.merge(script, 1, Integer::sum);
                }
            }
        }
        if (letters < MIN_LETTERS) {
            return null;
        }
        double need = letters * SCRIPT_SHARE;
        if (han + kana >= need) {
            // Japanese mixes kanji with kana; Chinese has no kana at all.
            return kana >= Math.max(2, (han + kana) / 20) ? "ja" : kana == 0 ? "zh" : null;
        }
        if (hangul >= need) {
            return "ko";
        }
        if (yiddish > 0) {
            return null;
        }
        if (arabic >= need) {
            if (otherArabic > 0) {
                return null;
            }
            if (urdu >= 2) {
                return "ur";
            }
            if (persian >= 2) {
                return "fa";
            }
            return persian == 0 && urdu == 0 ? "ar" : null;
        }
        if (latin >= need) {
            return byWords(sample, LATIN_WORDS);
        }
        if (cyrillic >= need) {
            return byWords(sample, CYRILLIC_WORDS);
        }
        if (other != null) {
            for (Map.Entry<UnicodeScript, Integer> e : other.entrySet()) {
                if (e.getValue() >= need) {
                    return ownScript(e.getKey());
                }
            }
        }
        return null;
    }

    /** Languages that are (nearly) the only ones written in their script; null for shared scripts. */
    private static String ownScript(UnicodeScript script) {
        return switch (script) {
            case GREEK -> "el";
            case HEBREW -> "he";
            case THAI -> "th";
            case GEORGIAN -> "ka";
            case ARMENIAN -> "hy";
            case KHMER -> "km";
            case LAO -> "lo";
            case SINHALA -> "si";
            case TAMIL -> "ta";
            case TELUGU -> "te";
            case KANNADA -> "kn";
            case MALAYALAM -> "ml";
            case GUJARATI -> "gu";
            case GURMUKHI -> "pa";
            case MYANMAR -> "my";
            // Devanagari (Hindi, Marathi, Nepali), Bengali (Bengali, Assamese), Ethiopic... are shared: model
            default -> null;
        };
    }

    private static String byWords(String sample, WordLists lists) {
        Map<String, Entry> index = lists.index();
        int languages = lists.codes().length;
        double[] score = new double[languages];
        int[] hits = new int[languages];
        int words = 0;
        StringBuilder word = new StringBuilder(24);
        for (int i = 0; i <= sample.length(); ) {
            int cp = i < sample.length() ? sample.codePointAt(i) : ' ';
            i += i < sample.length() ? Character.charCount(cp) : 1;
            if (Character.isLetter(cp)) {
                word.appendCodePoint(Character.toLowerCase(cp));
                continue;
            }
            if (word.isEmpty()) {
                continue;
            }
            words++;
            Entry entry = index.get(word.toString());
            word.setLength(0);
            if (entry != null) {
                for (int l : entry.languages()) {
                    score[l] += entry.weight();
                    hits[l]++;
                }
            }
        }
        if (words < MIN_WORDS) {
            return null;
        }
        int best = 0;
        int second = -1;
        for (int l = 1; l < languages; l++) {
            if (score[l] > score[best]) {
                second = best;
                best = l;
            } else if (second < 0 || score[l] > score[second]) {
                second = l;
            }
        }
        if (score[best] < MIN_SCORE || hits[best] < words * MIN_COVERAGE
                || score[best] - score[second] < Math.max(MIN_LEAD, MIN_LEAD_SHARE * score[best])) {
            return null;
        }
        return lists.codes()[best];
    }

    private String model(String sample) {
        Language[] ranked = new LanguageDetectorME(Holder.MODEL).predictLanguages(sample);
        if (ranked.length == 0) {
            return null;
        }
        double best = ranked[0].getConfidence();
        double second = ranked.length > 1 ? ranked[1].getConfidence() : 0;
        if (best < MIN_CONFIDENCE || best < second * MIN_MARGIN) {
            return null;
        }
        return Iso3.TO_ISO1.get(ranked[0].getLang());
    }

    /** Normalises a language tag such as {@code en-US}, {@code en_GB} or {@code eng} to ISO 639-1, or null. */
    public static String normalise(String tag) {
        if (tag == null) {
            return null;
        }
        String t = tag.trim().toLowerCase(Locale.ROOT);
        int cut = 0;
        while (cut < t.length() && Character.isLetter(t.charAt(cut))) {
            cut++;
        }
        t = t.substring(0, cut);
        if (t.length() == 2) {
            return t;
        }
        return t.length() == 3 ? Iso3.TO_ISO1.get(t) : null;
    }

    private static int letters(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetter(s.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    /** Builds the lists of one script from pairs of language code and space-separated words. */
    private static WordLists wordLists(String... codeAndWords) {
        // Plain loops, no streams or lambdas: this runs at start-up, where their bootstrap costs milliseconds.
        String[] codes = new String[codeAndWords.length / 2];
        Map<String, int[]> languagesOf = new HashMap<>();
        for (int l = 0; l < codes.length; l++) {
            codes[l] = codeAndWords[2 * l];
            for (String w : codeAndWords[2 * l + 1].split(" ")) {
                int[] ls = languagesOf.get(w);
                if (ls == null) {
                    languagesOf.put(w, new int[] {l});
                } else if (ls[ls.length - 1] != l) {
                    int[] more = java.util.Arrays.copyOf(ls, ls.length + 1);
                    more[ls.length] = l;
                    languagesOf.put(w, more);
                }
            }
        }
        Map<String, Entry> index = new HashMap<>(languagesOf.size() * 2);
        for (Map.Entry<String, int[]> e : languagesOf.entrySet()) {
            index.put(e.getKey(), new Entry(e.getValue(), 1.0 / e.getValue().length));
        }
        return new WordLists(codes, index);
    }

    private static LanguageDetectorModel load() {
        try (InputStream in = LanguageDetector.class.getResourceAsStream(MODEL_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("language model " + MODEL_RESOURCE + " is not on the class path");
            }
            return new LanguageDetectorModel(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read language model " + MODEL_RESOURCE, e);
        }
    }

    private static Map<String, String> iso3ToIso1() {
        Map<String, String> map = new HashMap<>();
        for (String iso1 : Locale.getISOLanguages()) {
            try {
                map.put(Locale.of(iso1).getISO3Language(), iso1);
            } catch (java.util.MissingResourceException ignored) {
                // a language without a three-letter code cannot come out of the model
            }
        }
        // The model names some individual languages where ISO 639-1 only has the macrolanguage.
        map.putAll(Map.ofEntries(
                Map.entry("cmn", "zh"), Map.entry("yue", "zh"), Map.entry("pes", "fa"), Map.entry("prs", "fa"),
                Map.entry("lvs", "lv"), Map.entry("ekk", "et"), Map.entry("swh", "sw"), Map.entry("zsm", "ms"),
                Map.entry("arb", "ar"), Map.entry("azj", "az"), Map.entry("uzn", "uz"), Map.entry("khk", "mn"),
                Map.entry("plt", "mg"), Map.entry("npi", "ne"), Map.entry("ory", "or"), Map.entry("pbu", "ps"),
                Map.entry("als", "sq"), Map.entry("gug", "gn"), Map.entry("ydd", "yi"), Map.entry("quz", "qu"),
                Map.entry("nob", "nb"), Map.entry("nno", "nn"), Map.entry("ind", "id"), Map.entry("fil", "tl"),
                Map.entry("tgl", "tl")));
        return Map.copyOf(map);
    }
}
