package dev.chorus.sentence;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LanguageTermsTest {

    @Test
    void germanFunctionWordsGoAndInflectionsMeet() {
        List<String> terms = Terms.of("Die Regierung hat die neuen Sanktionen gegen die Türkei verhängt", "de");
        assertFalse(terms.contains("hat"), terms::toString);
        assertFalse(terms.contains("gegen"), terms::toString);
        assertEquals(Terms.of("Sanktion", "de"), Terms.of("Sanktionen", "de"));
        assertEquals(Terms.of("Regierungen", "de"), Terms.of("Regierung", "de"));
        // folded after stemming: with and without the umlaut, one term
        assertEquals(Terms.of("Türkei", "de"), Terms.of("Turkei", "de"));
    }

    @Test
    void spanishAndFrenchPluralsMeetTheirSingulars() {
        assertEquals(Terms.of("sanción", "es"), Terms.of("sanciones", "es"));
        assertTrue(Terms.of("las sanciones de los Estados Unidos", "es").stream().noneMatch(t -> t.equals("los")));
        assertEquals(Terms.of("négociation", "fr"), Terms.of("négociations", "fr"));
        assertFalse(Terms.of("les ministres se sont rencontrés à Moscou", "fr").contains("sont"));
    }

    @Test
    void turkishIsStemmedWithItsOwnLetters() {
        // "yaptırımlar" (sanctions) and "yaptırımları" (the sanctions, accusative) share the stem only when the
        // stemmer sees the dotless ı that folding turns into i
        assertEquals(Terms.of("yaptırımlar", "tr"), Terms.of("yaptırımları", "tr"));
        assertEquals(List.of("yaptirim"), Terms.of("yaptırımlar", "tr"));
    }

    @Test
    void englishAndUnknownLanguageReadAsBefore() {
        String text = "The sanctions were imposed on the officials by Washington";
        assertEquals(Terms.of(text), Terms.of(text, "en"));
        assertEquals(Terms.of(text), Terms.of(text, null));
        assertEquals(Terms.of(text), Terms.of(text, "EN"));
    }

    @Test
    void languageWithoutRulesIsFoldedOnly() {
        assertEquals(List.of("sankcje", "wobec", "turcji"), Terms.of("Sankcje wobec Turcji", "pl"));
    }

    @Test
    void chineseGivesCharacterPairs() {
        List<String> terms = Terms.of("美国对土耳其实施制裁", "zh");
        assertTrue(terms.contains("美国"), terms::toString);
        assertTrue(terms.contains("制裁"), terms::toString);
        assertTrue(terms.contains("土耳"), terms::toString);
    }

    @Test
    void figuresAreKeptUnstemmed() {
        List<String> terms = Terms.of("2,5 Milliarden Dollar für 12 Systeme", "de");
        assertEquals("2.5", terms.getFirst());
        assertTrue(terms.contains("12"), terms::toString);
    }
}
