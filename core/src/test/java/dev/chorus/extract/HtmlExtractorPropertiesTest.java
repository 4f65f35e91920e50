package dev.chorus.extract;

import dev.chorus.eval.ExtractionScore;
import dev.chorus.model.Article;
import dev.chorus.model.Metadata;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Random and mutated HTML: extraction never throws, never hangs, and invents no words. */
class HtmlExtractorPropertiesTest {

    private static final HtmlExtractor EXTRACTOR = new HtmlExtractor();
    private static final List<String> PIECES = List.of(
            " <p> ", " </p> ", " <div> ", " </div> ", " <div class=\"share\"> ", " <div class=\"article-body\"> ",
            " <ul> ", " <li> ", " </li> ", " </ul> ", " <a href=\"/x\"> ", " </a> ", " <h2> ", " </h2> ",
            " <br> ", " <figure> ", " <figcaption> ", " </figure> ", " <nav> ", " </nav> ", " <table> ", " <td> ",
            " <script> ", " </script> ", " <!-- ", " --> ", " <article> ", " </article> ", " <blockquote> ",
            " <span style=\"display:none\"> ", " </span> ", " < ", " > ", " & ", " \" ", " <p class=\"caption\"> ",
            " <script type=\"application/ld+json\"> {\"@type\":\"NewsArticle\",\"articleBody\":\" ",
            " <time datetime=\"2024-03-05\"> ", " <html lang=\"xx\"> ", " <title> ", " </title> ", " <meta ");
    private static final List<String> WORDS = List.of(
            "harbour", "bridge", "council", "ferry", "quay", "repairs", "pontoon", "engineers", "winter",
            "Advertisement", "Share", "Read", "more", "2024", "fourteen", "months", "trade", "canal,", "said.");

    @Provide
    Arbitrary<String> html() {
        Arbitrary<String> word = Arbitraries.of(WORDS).map(w -> " " + w + " ");
        Arbitrary<String> piece = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, word), net.jqwik.api.Tuple.of(2, Arbitraries.of(PIECES)));
        return piece.list().ofMaxSize(400).map(l -> String.join("", l));
    }

    @Provide
    Arbitrary<String> mutatedPage() {
        String page = Pages.page(Pages.paragraphs());
        Arbitrary<Integer> cut = Arbitraries.integers().between(0, page.length());
        return Combinators.combine(cut, cut, Arbitraries.of(PIECES))
                .as((a, b, insert) -> page.substring(0, Math.min(a, b)) + insert + page.substring(Math.max(a, b)));
    }

    @Property(tries = 300)
    void randomHtmlNeverThrowsAndInventsNoWords(@ForAll("html") String html) {
        checkOutputWordsComeFromInput(html);
    }

    @Property(tries = 200)
    void mutatedPagesNeverThrowAndInventNoWords(@ForAll("mutatedPage") String html) {
        checkOutputWordsComeFromInput(html);
    }

    private static void checkOutputWordsComeFromInput(String html) {
        Article a = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> EXTRACTOR.extract("p", html, Metadata.EMPTY));
        Set<String> input = new HashSet<>(ExtractionScore.tokens(html));
        for (String text : concat(a.paragraphs(), a.captions())) {
            assertTrue(!text.isBlank(), "no blank paragraphs or captions");
            for (String token : ExtractionScore.tokens(text)) {
                assertTrue(input.contains(token), () -> "token '" + token + "' not in input: " + html);
            }
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
