package dev.chorus.fingerprint;

import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.chorus.TestArticles.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TfIdfVectorizerTest {

    @Test
    void vectorsAreUnitLengthAndSimilarTextsAreCloser() {
        var a = article("a", null, null, "The harbour authority closed the northern pier after a crane collapsed on Monday.");
        var b = article("b", null, null, "A crane collapse forced the harbour authority to shut the northern pier on Monday.");
        var c = article("c", null, null, "The orchestra announced its new season with three world premieres.");
        List<TermVector> v = new TfIdfVectorizer().vectorize(List.of(a, b, c));

        assertEquals(1.0, v.get(0).cosine(v.get(0)), 1e-5);
        assertTrue(v.get(0).cosine(v.get(1)) > 0.5, "paraphrases share most content terms");
        assertEquals(0.0, v.get(0).cosine(v.get(2)), 1e-9, "no shared content term");
    }

    @Test
    void titleTermsWeighMore() {
        String body = "A crane collapsed at the harbour on Monday and the northern pier was closed to the public.";
        var withTitle = article("a", "Northern pier closed", null, body);
        var withoutTitle = article("b", null, null, body);
        var aboutThePier = article("c", null, null, "The northern pier stays closed.");
        List<TermVector> v = new TfIdfVectorizer().vectorize(List.of(withTitle, withoutTitle, aboutThePier));
        assertTrue(v.get(0).cosine(v.get(2)) > v.get(1).cosine(v.get(2)) + 0.1,
                "the title's terms pull the article towards texts on the same subject");
    }
}
