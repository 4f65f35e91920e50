package dev.chorus.extract;

import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Guesses the language of a text with the OpenNLP language-detection model shipped in
 * {@code org.apache.opennlp:opennlp-models-langdetect} (103 languages).
 *
 * <p>The model is loaded lazily, once per JVM, on first use; instances are cheap and thread-safe.
 * Answers are ISO 639-1 codes ({@code "en"}, {@code "de"}); {@code null} means the text is too short
 * or the model is not confident enough to say.
 */
public final class LanguageDetector {

    private static final String MODEL_RESOURCE = "/langdetect-183.bin";
    /** Below this many letters n-gram statistics are mostly noise. */
    private static final int MIN_LETTERS = 20;
    /** Only this much text is looked at: more adds time, not accuracy. */
    private static final int MAX_CHARS = 1000;
    private static final double MIN_CONFIDENCE = 0.02;
    /** The model spreads probability thinly over 103 languages; what tells is the lead over the runner-up. */
    private static final double MIN_MARGIN = 1.3;

    /** ISO 639-3 (as used by the model) to ISO 639-1. */
    private static final Map<String, String> TO_ISO1 = iso3ToIso1();

    private static final class Holder {
        // Initialised on first access only, by the JVM's class-initialisation lock.
        static final LanguageDetectorModel MODEL = load();
    }

    /**
     * The ISO 639-1 code of {@code text}'s language, or {@code null} when the text is too short,
     * the model is unsure, or the language has no two-letter code.
     */
    public String detect(String text) {
        if (text == null) {
            return null;
        }
        String sample = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
        if (letters(sample) < MIN_LETTERS) {
            return null;
        }
        Language[] ranked = new LanguageDetectorME(Holder.MODEL).predictLanguages(sample);
        if (ranked.length == 0) {
            return null;
        }
        double best = ranked[0].getConfidence();
        double second = ranked.length > 1 ? ranked[1].getConfidence() : 0;
        if (best < MIN_CONFIDENCE || best < second * MIN_MARGIN) {
            return null;
        }
        return TO_ISO1.get(ranked[0].getLang());
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
        return t.length() == 3 ? TO_ISO1.get(t) : null;
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
