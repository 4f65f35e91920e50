package dev.chorus.eval;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SimilarityPairsTest {

    @TempDir
    Path tmp;

    @Test
    void readsQuotedFieldsWithNewlinesAndQuotesInAnyColumnOrder() throws IOException {
        String csv = """
                ,pair_id,lang1,lang2,text1,text2,Geography,Overall,Tone
                0,111_222,en,de,"Storm hits coast
                
                Residents said ""it was the worst in years"", officials added.","Sturm trifft Küste, sagen Behörden",1.0,1.5,2
                1,333_444,fr,fr,Plain text one,"Plain, with comma",4.0,3.6666666667,1
                """;
        List<SimilarityPairs.Pair> pairs = SimilarityPairs.read(new StringReader(csv), "t.csv");
        assertEquals(2, pairs.size());
        SimilarityPairs.Pair first = pairs.get(0);
        assertEquals("111_222", first.id());
        assertEquals("en-de", first.languages());
        assertEquals("Storm hits coast\n\nResidents said \"it was the worst in years\", officials added.", first.text1());
        assertEquals("Sturm trifft Küste, sagen Behörden", first.text2());
        assertEquals(1.5, first.overall());
        assertEquals("Plain, with comma", pairs.get(1).text2());
        assertEquals(3.6666666667, pairs.get(1).overall(), 1e-12);
    }

    @Test
    void aMissingColumnIsNamed() {
        String csv = "pair_id,lang1,lang2,text1,text2,Narrative\n1,en,en,a,b,2\n";
        IOException e = assertThrows(IOException.class, () -> SimilarityPairs.read(new StringReader(csv), "x.csv"));
        assertTrue(e.getMessage().startsWith("x.csv: missing column(s) Overall"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
    }

    @Test
    void aNonNumericJudgementIsNamedWithItsLine() {
        String csv = "pair_id,lang1,lang2,text1,text2,Overall\n1,en,en,a,b,2\n2,en,en,c,d,high\n";
        IOException e = assertThrows(IOException.class, () -> SimilarityPairs.read(new StringReader(csv), "x.csv"));
        assertTrue(e.getMessage().contains("x.csv") && e.getMessage().contains("'high'"), e.getMessage());
    }

    @Test
    void aMissingFileIsOneLine() {
        Path missing = tmp.resolve("nope.csv");
        IOException e = assertThrows(IOException.class, () -> SimilarityPairs.read(missing));
        assertEquals(missing + ": no such file", e.getMessage());
    }

    @Test
    void anEmptyFileOrAHeaderAloneHasNoPairs() throws IOException {
        Path empty = Files.writeString(tmp.resolve("empty.csv"), "");
        IOException e = assertThrows(IOException.class, () -> SimilarityPairs.read(empty));
        assertEquals(empty + ": empty file", e.getMessage());
        Path header = Files.writeString(tmp.resolve("header.csv"), String.join(",", SimilarityPairs.COLUMNS) + "\n");
        e = assertThrows(IOException.class, () -> SimilarityPairs.read(header));
        assertTrue(e.getMessage().startsWith(header + ": no pairs"), e.getMessage());
    }

    @Test
    void anUnterminatedQuoteIsABadFile() {
        String csv = "pair_id,lang1,lang2,text1,text2,Overall\n1,en,en,\"never closed,b,2\n";
        IOException e = assertThrows(IOException.class, () -> SimilarityPairs.read(new StringReader(csv), "q.csv"));
        assertTrue(e.getMessage().startsWith("q.csv: "), e.getMessage());
    }
}
