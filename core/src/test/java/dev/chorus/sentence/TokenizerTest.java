package dev.chorus.sentence;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TokenizerTest {

    @Test
    void foldsDiacriticsAndTurkishDotlessI() {
        assertEquals("mevlut cavusoglu", Folding.fold("Mevlüt Çavuşoğlu"));
        assertEquals("istanbul", Folding.fold("İstanbul"));
        assertEquals("sergei lavrov", Folding.fold("Sergei Lavrov"));
        assertEquals("strasse", Folding.fold("Straße"));
    }

    @Test
    void numbersCompareByValue() {
        assertEquals(List.of("more", "than", "6000", "died"), Tokenizer.tokens("more than 6,000 died"));
        assertEquals(List.of("2.5", "billion"), Tokenizer.tokens("$2.5 billion"));
        assertEquals(List.of("2.5", "bn"), Tokenizer.tokens("$2.5bn"));
        assertEquals(List.of("1", "2"), Tokenizer.tokens("1, 2"));
    }

    @Test
    void possessivesAndApostrophes() {
        assertEquals(List.of("russia", "missile"), Tokenizer.tokens("Russia’s missile"));
        assertEquals(List.of("we've", "never"), Tokenizer.tokens("We’ve never"), "contractions stay whole");
        assertEquals(List.of("o'neill", "spoke"), Tokenizer.tokens("O'Neill spoke"));
    }

    @Test
    void termsDropStopWordsAndStem() {
        List<String> terms = Terms.of("The sanctions were imposed on the officials by Washington");
        assertEquals(List.of("sanction", "impos", "offici", "washington"), terms);
        assertTrue(Terms.of("Sanctioned").contains("sanction"));
    }

    @Test
    void chineseAndJapaneseRunsGiveCharacterPairs() {
        assertEquals(List.of("美国", "国制", "制裁"), Tokenizer.tokens("美国制裁"));
        assertEquals(List.of("iphone", "手机"), Tokenizer.tokens("iPhone手机"), "a Latin word ends where Han begins");
        assertEquals(List.of("国"), Tokenizer.tokens("国"));
        assertEquals(List.of("東京", "2020"), Tokenizer.tokens("東京2020"));
    }

    @Test
    void lowerCaseTokensKeepLettersThatFoldingRemoves() {
        List<String> lower = Tokenizer.lowerCaseTokens("Çavuşoğlu’s Yaptırımları");
        assertEquals(List.of("çavuşoğlu", "yaptırımları"), lower);
        assertEquals(Tokenizer.tokens("Çavuşoğlu’s Yaptırımları"), lower.stream().map(Folding::fold).toList());
    }

    @Test
    void lowerCaseWordsAreTheWordsWordCountCounts() {
        String text = "Turkey's S-400 deal cost $2.5bn, Çavuşoğlu said.";
        List<String> words = Tokenizer.lowerCaseWords(text);
        assertEquals(List.of("turkey", "s", "s", "400", "deal", "cost", "2", "5bn", "çavuşoğlu", "said"), words,
                "split at every non-letter, not folded");
        assertEquals(Tokenizer.wordCount(text), words.size());
        assertEquals(List.of(), Tokenizer.lowerCaseWords(" -- "));
    }
}
