package dev.chorus.dedup;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static dev.chorus.dedup.WireCopies.EDITED;
import static dev.chorus.dedup.WireCopies.EXACT;
import static dev.chorus.dedup.WireCopies.OTHER_REPORT;
import static dev.chorus.dedup.WireCopies.REPOST;
import static dev.chorus.dedup.WireCopies.WIRE;
import static dev.chorus.TestArticles.article;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DuplicateIndexTest {

    private static final Shingler SHINGLER = new Shingler(DuplicateIndex.Settings.DEFAULTS.shingleWords());

    @Test
    void theWireCopiesAreWhereTheyShouldBeOnTheExactJaccardScale() {
        // Not a test of the index, but of the fixtures: each case sits on its side of 0.8. The re-post (0.847:
        // 30 of 275 words are another byline and footer) is 1.5 standard errors of the 128-slot estimate above
        // the threshold, so with another seed it could fall under it about one time in fifteen.
        assertTrue(jaccard(WIRE, REPOST) > 0.84, "re-post " + jaccard(WIRE, REPOST));
        assertTrue(jaccard(WIRE, EDITED) > 0.9, "light edit " + jaccard(WIRE, EDITED));
        assertTrue(jaccard(WIRE, OTHER_REPORT) < 0.1, "other report " + jaccard(WIRE, OTHER_REPORT));
        assertEquals(1.0, jaccard(WIRE, EXACT));
    }

    @Test
    void repostAndLightEditAreNearExactCopyIsExactOtherReportIsNothing() {
        DuplicateIndex index = new DuplicateIndex();
        assertEquals(Optional.empty(), index.add("wire", WIRE, null));

        DuplicateIndex.Match repost = index.add("repost", REPOST, null).orElseThrow();
        assertEquals(DuplicateGroup.Kind.NEAR, repost.kind());
        assertEquals("wire", repost.of());
        assertTrue(repost.similarity() >= 0.8 && repost.similarity() < 1, "estimate " + repost.similarity());

        DuplicateIndex.Match edited = index.add("edited", EDITED, null).orElseThrow();
        assertEquals(DuplicateGroup.Kind.NEAR, edited.kind());
        assertEquals(repost.group(), edited.group(), "joins the same group");

        assertEquals(Optional.empty(), index.add("other", OTHER_REPORT, null), "same story, not a copy");

        DuplicateIndex.Match exact = index.add("exact", EXACT, null).orElseThrow();
        assertEquals(DuplicateGroup.Kind.EXACT, exact.kind());
        assertEquals("wire", exact.of());
        assertEquals(1.0, exact.similarity());

        assertEquals(List.of(new DuplicateGroup(DuplicateGroup.Kind.NEAR, "wire",
                List.of("wire", "repost", "edited", "exact"))), index.groups());
    }

    @Test
    void aTrimmedCopyIsNearButAQuotedParagraphIsNot() {
        assertTrue(jaccard(WIRE, WireCopies.TRIMMED) < 0.8, "under the Jaccard threshold: " + jaccard(WIRE, WireCopies.TRIMMED));
        DuplicateIndex index = new DuplicateIndex();
        index.add("wire", WIRE, null);
        DuplicateIndex.Match trimmed = index.add("trimmed", WireCopies.TRIMMED, null).orElseThrow();
        assertEquals(DuplicateGroup.Kind.NEAR, trimmed.kind());
        assertEquals(Optional.empty(), index.add("column", WireCopies.QUOTING, null));
        assertEquals("wire", index.groups().getFirst().origin(), "the superset is the likely original");

        var d = DuplicateIndex.Settings.DEFAULTS;
        DuplicateIndex containmentOnly = new DuplicateIndex(new DuplicateIndex.Settings(d.shingleWords(), d.bands(),
                d.rows(), 0.99, d.containment(), d.floor(), d.seed(), d.minWords(), d.maxWalk()));
        containmentOnly.add("wire", WIRE, null);
        assertTrue(containmentOnly.add("trimmed", WireCopies.TRIMMED, null).isPresent(), "all of it is inside the wire");
    }

    @Test
    void aGroupOfIdenticalTextsIsExact() {
        DuplicateIndex index = new DuplicateIndex();
        index.add("a", WIRE, null);
        index.add("b", EXACT, null);
        index.add("c", OTHER_REPORT, null);
        assertEquals(List.of(new DuplicateGroup(DuplicateGroup.Kind.EXACT, "a", List.of("a", "b"))), index.groups());
    }

    @Test
    void originIsTheEarliestPublishedThenTheLongestThenTheFirstSeen() {
        DuplicateIndex dated = new DuplicateIndex();
        dated.add("edited", EDITED, LocalDate.of(2025, 3, 12));
        dated.add("wire", WIRE, LocalDate.of(2025, 3, 11));
        dated.add("repost", REPOST, null);
        assertEquals("wire", dated.groups().getFirst().origin(), "earliest date wins over arrival order");

        DuplicateIndex undated = new DuplicateIndex();
        undated.add("edited", EDITED, null);
        undated.add("wire", WIRE, null);
        assertEquals("wire", undated.groups().getFirst().origin(), "no dates: the longer text, the likely superset");

        DuplicateIndex same = new DuplicateIndex();
        same.add("first", WIRE, null);
        same.add("second", EXACT, null);
        assertEquals("first", same.groups().getFirst().origin(), "same date and length: first seen");
    }

    @Test
    void shortTextsAreOnlyMatchedExactly() {
        DuplicateIndex index = new DuplicateIndex();
        index.add("a", "Ferry services resume after the strike ends", null);
        assertEquals(Optional.empty(), index.add("b", "Ferry services resume after strike ends", null),
                "seven words: too few shingles to call it a near copy");
        assertEquals(DuplicateGroup.Kind.EXACT,
                index.add("c", "FERRY SERVICES RESUME AFTER THE STRIKE ENDS.", null).orElseThrow().kind());
        assertEquals(Optional.empty(), index.add("empty", " \n ", null));
        assertEquals(Optional.empty(), index.add("empty-2", "", null), "texts without words are no one's copies");
    }

    @Test
    void findLooksWithoutAdding() {
        DuplicateIndex index = new DuplicateIndex();
        index.add("wire", WIRE, null);
        DuplicateIndex.Match match = index.find(index.fingerprint(REPOST)).orElseThrow();
        assertEquals("wire", match.of());
        assertEquals(-1, match.group(), "no group started yet");
        assertEquals(1, index.size());
        assertTrue(index.groups().isEmpty());
    }

    @Test
    void sameSeedSameSignaturesAndGroupsEveryTime() {
        DuplicateIndex.Settings settings = DuplicateIndex.Settings.DEFAULTS.withSeed(1234);
        assertArrayEquals(new DuplicateIndex(settings).fingerprint(WIRE).signature,
                new DuplicateIndex(settings).fingerprint(WIRE).signature);
        assertFalse(java.util.Arrays.equals(new DuplicateIndex(settings).fingerprint(WIRE).signature,
                new DuplicateIndex(settings.withSeed(1235)).fingerprint(WIRE).signature), "the seed matters");

        var articles = List.of(article("w", null, null, WIRE.split("\n\n")), article("o", null, null, OTHER_REPORT.split("\n\n")),
                article("r", null, null, REPOST.split("\n\n")), article("e", null, null, EDITED.split("\n\n")));
        List<DuplicateGroup> first = DuplicateIndex.groupsOf(articles, settings);
        for (int run = 0; run < 5; run++) {
            assertEquals(first, DuplicateIndex.groupsOf(articles, settings), "parallel fingerprints, same groups");
        }
        assertEquals(List.of("w", "r", "e"), first.getFirst().members());
    }

    private static double jaccard(String a, String b) {
        return Shingler.jaccard(SHINGLER.shingle(a).shingles(), SHINGLER.shingle(b).shingles());
    }
}
