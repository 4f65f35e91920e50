package dev.chorus.cluster;

import dev.chorus.fingerprint.IncrementalTfIdfVectorizer;
import dev.chorus.fingerprint.TermVector;
import dev.chorus.model.AnalysedArticle;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static dev.chorus.TestArticles.article;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StreamingStoryClustererTest {

    private static AnalysedArticle ferry(String id, String date) {
        return article(id, "Ferry Aster runs aground off Kelby island", date,
                "The passenger ferry Aster ran aground on a sandbank off Kelby island, and coastguard boats took its 212 passengers ashore.",
                "The operator said the Aster would be towed to Kelby harbour once the tide rose.");
    }

    private static AnalysedArticle ferryFollowUp(String id, String date) {
        return article(id, "Aster ferry towed to Kelby harbour", date,
                "Tugs towed the grounded ferry Aster off the sandbank near Kelby island at high tide, the coastguard said.",
                "Divers found no breach in the Aster's hull; the 212 passengers had been taken ashore on Sunday.");
    }

    @Test
    void aQuietStoryClosesAndTheTopicStartsAnew() {
        StreamingStoryClusterer clusterer = new StreamingStoryClusterer(new StreamingStoryClusterer.Options(0.2, 30, 3, 1000));
        int first = clusterer.add(ferry("f1", "2024-03-03"));
        int followUp = clusterer.add(ferryFollowUp("f2", "2024-03-04"));
        assertEquals(first, followUp, "a day later joins");
        int weeksLater = clusterer.add(ferryFollowUp("f3", "2024-03-20"));
        assertNotEquals(first, weeksLater, "16 quiet days later the story is closed");
        assertEquals(0, clusterer.activeCount() - 1, "only the new story is still open");
    }

    @Test
    void theTimeWindowBoundsAStoryEvenWhileItIsActive() {
        StreamingStoryClusterer clusterer = new StreamingStoryClusterer(new StreamingStoryClusterer.Options(0.2, 2, 30, 1000));
        int first = clusterer.add(ferry("f1", "2024-03-03"));
        assertEquals(first, clusterer.add(ferryFollowUp("f2", "2024-03-05")));
        assertNotEquals(first, clusterer.add(ferryFollowUp("f3", "2024-03-06")), "would span three days");
    }

    @Test
    void theLeastRecentlyJoinedStoryClosesWhenTooManyAreOpen() {
        StreamingStoryClusterer clusterer = new StreamingStoryClusterer(new StreamingStoryClusterer.Options(0.2, 7, 3, 2));
        int ferryStory = clusterer.add(ferry("f1", null));
        clusterer.add(article("c1", "Chess final drawn", null, "The national chess final in Orvik was drawn after 94 moves."));
        clusterer.add(article("w1", "Wind farm approved", null, "Regulators approved a 40-turbine wind farm off the Tessel coast."));
        assertEquals(2, clusterer.activeCount());
        assertNotEquals(ferryStory, clusterer.add(ferryFollowUp("f2", null)), "the ferry story was closed first");
    }

    @Test
    void everyArrivalIsInExactlyOneStory() {
        StreamingStoryClusterer clusterer = new StreamingStoryClusterer();
        List<AnalysedArticle> stream = syntheticStream(900, 7);
        stream.forEach(clusterer::add);
        clusterer.finish();
        int[] seen = new int[stream.size()];
        for (int[] story : clusterer.stories()) {
            for (int arrival : story) {
                seen[arrival]++;
            }
        }
        int[] once = new int[stream.size()];
        Arrays.fill(once, 1);
        assertArrayEquals(once, seen);
    }

    @Test
    void theIndexFindsTheRightStoryAmongHundredsOfOpenOnes() {
        // 1,200 articles on 400 invented events: more open stories than are scored exhaustively, so candidates
        // come from the term index.
        List<AnalysedArticle> stream = syntheticStream(1200, 11);
        StreamingStoryClusterer clusterer = new StreamingStoryClusterer();
        int[] storyOf = stream.stream().mapToInt(clusterer::add).toArray();
        assertTrue(clusterer.activeCount() > 300, "index path exercised: " + clusterer.activeCount());
        int split = 0;
        int merged = 0;
        for (int i = 0; i < stream.size(); i++) {
            for (int j = i + 1; j < stream.size(); j++) {
                boolean same = event(stream.get(i)) == event(stream.get(j));
                if (same && storyOf[i] != storyOf[j]) {
                    split++;
                } else if (!same && storyOf[i] == storyOf[j]) {
                    merged++;
                }
            }
        }
        assertTrue(split + merged <= 30, split + " pairs of one event split, " + merged + " pairs of two events merged");
    }

    /** The join score, words alone, of {@code second} with a story of {@code first} alone, as the clusterer sees it. */
    private static double loneJoinScore(AnalysedArticle first, AnalysedArticle second) {
        IncrementalTfIdfVectorizer vectorizer = new IncrementalTfIdfVectorizer();
        TermVector a = vectorizer.add(first);
        TermVector b = vectorizer.add(second);
        return b.dot(a) + StreamingStoryClusterer.DEFAULT_THRESHOLD - StreamingStoryClusterer.LEXICAL_THRESHOLD;
    }

    @Test
    void aLoneArticleGetsASecondChanceAtTheEndOfTheInput() {
        double score = loneJoinScore(ferry("f1", null), ferryFollowUp("f2", null));
        double margin = StreamingStoryClusterer.SECOND_CHANCE_MARGIN;
        StreamingStoryClusterer near = new StreamingStoryClusterer(new StreamingStoryClusterer.Options(score + margin / 2, 7, 3, 100));
        int first = near.add(ferry("f1", null));
        assertNotEquals(first, near.add(ferryFollowUp("f2", null)), "below the threshold on arrival");
        near.finish();
        List<int[]> stories = near.stories();
        assertArrayEquals(new int[0], stories.get(0), "the first lone article joined the second");
        assertArrayEquals(new int[] {1, 0}, stories.get(1));
        assertEquals(1, near.activeCount());

        StreamingStoryClusterer far = new StreamingStoryClusterer(new StreamingStoryClusterer.Options(score + 1.5 * margin, 7, 3, 100));
        far.add(ferry("f1", null));
        far.add(ferryFollowUp("f2", null));
        far.finish();
        assertEquals(2, far.activeCount(), "more than the margin below: still apart");
        assertArrayEquals(new int[] {0}, far.stories().get(0));
    }

    @Test
    void aLoneArticleGetsASecondChanceWhenItsStoryCloses() {
        double score = loneJoinScore(ferry("f1", null), ferryFollowUp("f2", null));
        StreamingStoryClusterer clusterer = new StreamingStoryClusterer(new StreamingStoryClusterer.Options(
                score + StreamingStoryClusterer.SECOND_CHANCE_MARGIN / 2, 7, 3, 100));
        int first = clusterer.add(ferry("f1", "2024-03-01"));
        int second = clusterer.add(ferryFollowUp("f2", "2024-03-03"));
        assertNotEquals(first, second);
        clusterer.add(article("c1", "Chess final drawn", "2024-03-05", "The national chess final in Orvik was drawn after 94 moves."));
        // the ferry story of 1 March has closed, four days quiet; its article joined the one of 3 March, still open
        assertEquals(2, clusterer.activeCount());
        assertArrayEquals(new int[0], clusterer.stories().get(first));
        assertArrayEquals(new int[] {1, 0}, clusterer.stories().get(second));
    }

    @Test
    void theSameStreamGivesTheSameStories() {
        List<AnalysedArticle> stream = syntheticStream(600, 3);
        StreamingStoryClusterer one = new StreamingStoryClusterer();
        StreamingStoryClusterer two = new StreamingStoryClusterer();
        assertArrayEquals(stream.stream().mapToInt(one::add).toArray(), stream.stream().mapToInt(two::add).toArray());
    }

    @Test
    void badOptionsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new StreamingStoryClusterer.Options(0, 7, 3, 10));
        assertThrows(IllegalArgumentException.class, () -> new StreamingStoryClusterer.Options(0.3, 7, 3, 0));
    }

    private static int event(AnalysedArticle a) {
        return Integer.parseInt(a.id().substring(1, a.id().indexOf('-')));
    }

    /**
     * Three reports each of {@code n / 3} invented events: every event has its own place and people (made-up
     * words, so events share no names) in one of a few kinds of news, and the reports word it differently.
     */
    static List<AnalysedArticle> syntheticStream(int n, long seed) {
        Random random = new Random(seed);
        String[] kinds = {
            "flood|river|burst|banks|homes|evacuated|rain", "strike|workers|union|pay|walked|talks|offer",
            "fire|blaze|firefighters|hectares|wind|crews|smoke", "election|votes|candidate|ballots|turnout|mayor|count"};
        List<AnalysedArticle> out = new ArrayList<>();
        int events = n / 3;
        for (int e = 0; e < events; e++) {
            String place = name(random) + "ville";
            String person = name(random) + " " + name(random);
            String[] own = {name(random), name(random), name(random), name(random), name(random)};
            String[] words = kinds[e % kinds.length].split("\\|");
            LocalDate day = LocalDate.of(2024, 1, 1).plusDays(e / 200);
            for (int r = 0; r < 3; r++) {
                StringBuilder text = new StringBuilder();
                for (int s = 0; s < 4; s++) {
                    text.append(s % 2 == 0 ? place : person).append(' ')
                            .append(words[random.nextInt(words.length)]).append(' ')
                            .append(own[random.nextInt(own.length)].toLowerCase()).append(" near the ")
                            .append(own[random.nextInt(own.length)].toLowerCase()).append(" as the ")
                            .append(own[random.nextInt(own.length)].toLowerCase()).append(". ");
                }
                out.add(article("e" + e + "-" + r, null, day.toString(), text.toString().strip()));
            }
        }
        // Reports of one event arrive apart, interleaved with others of the same day.
        List<AnalysedArticle> shuffled = new ArrayList<>(out);
        java.util.Collections.shuffle(shuffled, random);
        shuffled.sort(java.util.Comparator.comparing(a -> a.article().metadata().published()));
        return shuffled;
    }

    private static String name(Random random) {
        String consonants = "bdfgklmnprstvz";
        String vowels = "aeiou";
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 3; i++) {
            b.append(consonants.charAt(random.nextInt(consonants.length()))).append(vowels.charAt(random.nextInt(vowels.length())));
        }
        return Character.toUpperCase(b.charAt(0)) + b.substring(1);
    }
}
