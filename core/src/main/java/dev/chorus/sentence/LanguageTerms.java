package dev.chorus.sentence;

import opennlp.tools.stemmer.snowball.SnowballStemmer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How one language's text becomes content terms: its stop words and its Snowball stemmer, if it has one.
 *
 * <p>The stop-word lists are those Lucene's analyzers ship (most from the Snowball project), read from the
 * {@code lucene-analysis-common} jar and folded, so that they match folded tokens. The stemmers are OpenNLP's
 * Snowball stemmers. A stemmer is given the lower-cased token before folding, because several of them decide
 * by letters that folding takes away (Turkish ı and ş, French é, Russian й); its stem is folded afterwards,
 * so that spellings with and without diacritics still meet.
 *
 * <p>A language with a stop list but no stemmer (Czech, Bulgarian, Persian...) gets stop words only; a language
 * with neither gets folding only. English keeps the project's own short list in {@link Terms}, which the
 * summary and comparison stages were tuned with.
 */
final class LanguageTerms {

    /** Where the stop list of each language is in the Lucene jar, and which Snowball stemmer it takes. */
    private record Rule(String stopResource, SnowballStemmer.ALGORITHM stemmer) {
    }

    private static final String SNOWBALL = "/org/apache/lucene/analysis/snowball/";
    private static final String LUCENE = "/org/apache/lucene/analysis/";

    private static final Map<String, Rule> RULES = Map.ofEntries(
            Map.entry("ar", new Rule(LUCENE + "ar/stopwords.txt", SnowballStemmer.ALGORITHM.ARABIC)),
            Map.entry("ca", new Rule(LUCENE + "ca/stopwords.txt", SnowballStemmer.ALGORITHM.CATALAN)),
            Map.entry("da", new Rule(SNOWBALL + "danish_stop.txt", SnowballStemmer.ALGORITHM.DANISH)),
            Map.entry("de", new Rule(SNOWBALL + "german_stop.txt", SnowballStemmer.ALGORITHM.GERMAN)),
            Map.entry("el", new Rule(LUCENE + "el/stopwords.txt", SnowballStemmer.ALGORITHM.GREEK)),
            Map.entry("es", new Rule(SNOWBALL + "spanish_stop.txt", SnowballStemmer.ALGORITHM.SPANISH)),
            Map.entry("fi", new Rule(SNOWBALL + "finnish_stop.txt", SnowballStemmer.ALGORITHM.FINNISH)),
            Map.entry("fr", new Rule(SNOWBALL + "french_stop.txt", SnowballStemmer.ALGORITHM.FRENCH)),
            Map.entry("ga", new Rule(SNOWBALL + "irish_stop.txt", SnowballStemmer.ALGORITHM.IRISH)),
            Map.entry("hu", new Rule(SNOWBALL + "hungarian_stop.txt", SnowballStemmer.ALGORITHM.HUNGARIAN)),
            Map.entry("id", new Rule(SNOWBALL + "indonesian_stop.txt", SnowballStemmer.ALGORITHM.INDONESIAN)),
            Map.entry("it", new Rule(SNOWBALL + "italian_stop.txt", SnowballStemmer.ALGORITHM.ITALIAN)),
            Map.entry("nb", new Rule(SNOWBALL + "norwegian_stop.txt", SnowballStemmer.ALGORITHM.NORWEGIAN)),
            Map.entry("nn", new Rule(SNOWBALL + "norwegian_stop.txt", SnowballStemmer.ALGORITHM.NORWEGIAN)),
            Map.entry("no", new Rule(SNOWBALL + "norwegian_stop.txt", SnowballStemmer.ALGORITHM.NORWEGIAN)),
            Map.entry("nl", new Rule(SNOWBALL + "dutch_stop.txt", SnowballStemmer.ALGORITHM.DUTCH)),
            Map.entry("pt", new Rule(SNOWBALL + "portuguese_stop.txt", SnowballStemmer.ALGORITHM.PORTUGUESE)),
            Map.entry("ro", new Rule(LUCENE + "ro/stopwords.txt", SnowballStemmer.ALGORITHM.ROMANIAN)),
            Map.entry("ru", new Rule(SNOWBALL + "russian_stop.txt", SnowballStemmer.ALGORITHM.RUSSIAN)),
            Map.entry("sv", new Rule(SNOWBALL + "swedish_stop.txt", SnowballStemmer.ALGORITHM.SWEDISH)),
            Map.entry("tr", new Rule(LUCENE + "tr/stopwords.txt", SnowballStemmer.ALGORITHM.TURKISH)),
            Map.entry("bg", new Rule(LUCENE + "bg/stopwords.txt", null)),
            Map.entry("cs", new Rule(LUCENE + "cz/stopwords.txt", null)),
            Map.entry("et", new Rule(LUCENE + "et/stopwords.txt", null)),
            Map.entry("fa", new Rule(LUCENE + "fa/stopwords.txt", null)),
            Map.entry("hi", new Rule(LUCENE + "hi/stopwords.txt", null)),
            Map.entry("lt", new Rule(LUCENE + "lt/stopwords.txt", null)),
            Map.entry("lv", new Rule(LUCENE + "lv/stopwords.txt", null)),
            Map.entry("th", new Rule(LUCENE + "th/stopwords.txt", null)));

    /** Stems memoised per thread and language; word frequencies are Zipfian, so a small memo answers most. */
    private static final int MAX_MEMO = 100_000;

    private static final Map<String, LanguageTerms> LOADED = new ConcurrentHashMap<>();
    /** For languages with neither list nor stemmer: folding only. */
    private static final LanguageTerms FOLDING_ONLY = new LanguageTerms(Set.of(), null);

    private final Set<String> stopWords;
    private final ThreadLocal<SnowballStemmer> stemmer;
    private final ThreadLocal<Map<String, String>> stems = ThreadLocal.withInitial(HashMap::new);

    private LanguageTerms(Set<String> stopWords, SnowballStemmer.ALGORITHM algorithm) {
        this.stopWords = stopWords;
        this.stemmer = algorithm == null ? null : ThreadLocal.withInitial(() -> new SnowballStemmer(algorithm));
    }

    /**
     * The rules for {@code language} (an ISO 639-1 code, any case), or null when Chorus has none for it, in which
     * case the caller decides (English, for text whose language is not known).
     */
    static LanguageTerms forLanguage(String language) {
        if (language == null) {
            return null;
        }
        String code = language.toLowerCase(java.util.Locale.ROOT);
        Rule rule = RULES.get(code);
        if (rule == null) {
            return null;
        }
        return LOADED.computeIfAbsent(code, c -> new LanguageTerms(readStopList(rule.stopResource()), rule.stemmer()));
    }

    /** Folding only: for a language known to be neither English nor one with rules here. */
    static LanguageTerms foldingOnly() {
        return FOLDING_ONLY;
    }

    /** Whether this language's rules stem words. */
    boolean stems() {
        return stemmer != null;
    }

    /** Whether the folded token is a stop word of this language. */
    boolean isStopWord(String folded) {
        return stopWords.contains(folded);
    }

    /** The folded stem of a lower-cased, unfolded token. */
    String stem(String lowerCase) {
        if (stemmer == null) {
            return Folding.fold(lowerCase);
        }
        Map<String, String> memo = stems.get();
        String stem = memo.get(lowerCase);
        if (stem == null) {
            stem = Folding.fold(stemmer.get().stem(lowerCase).toString());
            if (memo.size() >= MAX_MEMO) {
                memo.clear();
            }
            memo.put(lowerCase, stem);
        }
        return stem;
    }

    /**
     * The words of a stop list in either of Lucene's formats, folded: one word a line with {@code #} comments,
     * or the Snowball format, words separated by spaces with {@code |} comments.
     */
    private static Set<String> readStopList(String resource) {
        Set<String> words = new HashSet<>();
        try (InputStream in = LanguageTerms.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("stop list " + resource + " is missing from the class path");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                int comment = line.indexOf('|');
                if (comment >= 0) {
                    line = line.substring(0, comment);
                }
                if (line.startsWith("#")) {
                    continue;
                }
                for (String word : line.strip().split("\\s+")) {
                    if (!word.isEmpty()) {
                        words.add(Folding.fold(word));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read stop list " + resource, e);
        }
        return Set.copyOf(words);
    }
}
