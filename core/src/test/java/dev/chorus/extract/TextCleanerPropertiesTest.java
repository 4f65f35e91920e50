package dev.chorus.extract;

import dev.chorus.model.Article;
import dev.chorus.model.Metadata;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Properties of {@link TextCleaner} on random mixes of typical scraped lines and arbitrary text. */
class TextCleanerPropertiesTest {

    private static final List<String> LINES = List.of(
            "Valmora port strike ends after nine-day standoff",
            "Dockworkers accept a revised pay offer",
            "The union said 78 percent of its members backed the offer.",
            "\"We got what we came for,\" said Amal Treviso.",
            "Cranes stand idle at the port. Lena Orsk/Handout via REUTERS",
            "Islanders cheer as the ferry docks [Marta Quell via AFP]",
            "(Photo: harbourtrust.example)",
            "[ad_1]", "[ad_2]", "Advertisement", "Source: News Agencies",
            " date 2020-12-29 The council approved the plan on Tuesday.",
            "Published 3 March 2023", "Updated: 5 March 2023 10:42 GMT", "Tuesday", "19th Mar 2024",
            "By Jane Doe and Omar Kestrel", "4 min read", "Share this article", "Follow us on Twitter",
            "Read more: How a warm winter confused the bees", "Sign up for our newsletter",
            "Read and decide", "Join The Ledger today", "... or subscribe as a group",
            "Opinion", "Latest News", "  1. Drought hits olive harvest", "  2. Port strike enters second week",
            "  \u2013 Corridor deal: ships will be inspected once", "Corridor deal: ships will be inspected once",
            "Vaccine cooperation", "Join us", "\u00a9 2024 The Valley Herald. All rights reserved.",
            "MOSCOW (Reuters) - Talks resumed on Friday.", "Home \u00bb News \u00bb Politics",
            "and the committee went on to discuss the budget at\nsome length before adjourning",
            "\u00a0\t  ", "", "No.");

    @Provide
    Arbitrary<String> pages() {
        Arbitrary<String> known = Arbitraries.of(LINES);
        Arbitrary<String> random = Arbitraries.strings().withCharRange(' ', '~').withChars('\n', '\u00a0', '\u2013', '\u201c')
                .ofMaxLength(120);
        Arbitrary<String> line = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(5, known), net.jqwik.api.Tuple.of(1, random));
        Arbitrary<String> sep = Arbitraries.of("\n", "\n\n", "\r\n\r\n", "\n\n\n");
        return Arbitraries.lazy(() -> line.list().ofMaxSize(40).flatMap(ls ->
                sep.list().ofSize(ls.size()).map(ss -> {
                    StringBuilder b = new StringBuilder();
                    for (int i = 0; i < ls.size(); i++) {
                        b.append(ls.get(i)).append(ss.get(i));
                    }
                    return b.toString();
                })));
    }

    @Property(tries = 300)
    void nothingIsLostAndParagraphsAreClean(@ForAll("pages") String page) {
        Article a = new TextCleaner().clean("p", page, Metadata.EMPTY);
        Map<Integer, Integer> in = letters(page);
        StringBuilder out = new StringBuilder();
        a.paragraphs().forEach(p -> out.append(p).append('\n'));
        a.captions().forEach(p -> out.append(p).append('\n'));
        a.removed().forEach(p -> out.append(p).append('\n'));
        if (a.metadata().title() != null) {
            out.append(a.metadata().title());
        }
        Map<Integer, Integer> got = letters(out.toString());
        in.forEach((c, n) -> assertTrue(got.getOrDefault(c, 0) >= n,
                "lost '" + Character.toString(c) + "' from:\n" + page + "\n=> " + a));
        for (String p : a.paragraphs()) {
            assertFalse(p.isBlank());
            assertFalse(p.contains("[ad_"), p);
            assertEquals(p.strip(), p);
            assertFalse(p.contains("\n") || p.contains("\t") || p.contains("\u00a0") || p.contains("  "), p);
        }
    }

    @Property(tries = 200)
    void cleaningIsDeterministic(@ForAll("pages") String page) {
        TextCleaner c = new TextCleaner();
        assertEquals(c.clean("p", page, Metadata.EMPTY), c.clean("p", page, Metadata.EMPTY));
    }

    private static Map<Integer, Integer> letters(String s) {
        Map<Integer, Integer> m = new HashMap<>();
        s.codePoints().filter(Character::isLetterOrDigit).forEach(c -> m.merge(c, 1, Integer::sum));
        return m;
    }
}
