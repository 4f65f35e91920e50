package dev.chorus.extract;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The inline character tests of {@link BlockCollector} answer exactly as the JDK's, for every char. */
class BlockCollectorCharsTest {

    @Test
    void whitespaceMatchesTheJdkForEveryChar() {
        for (int i = 0; i <= Character.MAX_VALUE; i++) {
            char c = (char) i;
            assertEquals(Character.isWhitespace(c), BlockCollector.isWhitespace(c), "char " + i);
        }
    }

    @Test
    void normaliseTreatsEverySpaceLikeCharAsBefore() {
        for (int i = 0; i <= Character.MAX_VALUE; i++) {
            char c = (char) i;
            boolean space = Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200b';
            String expected = c == '\n' ? "a\nb" : space ? "a b" : "a" + c + "b";
            assertEquals(expected, BlockCollector.normalise("a" + c + "b"), "char " + i);
        }
    }
}
