package dev.chorus.pipeline;

import dev.chorus.model.Digest;
import dev.chorus.model.Metadata;
import dev.chorus.model.Problem;
import dev.chorus.model.Source;
import dev.chorus.model.Story;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DigestPipelineTest {

    private static final String WIRE = """
            Wildfire forces evacuation of Selva Alta

            SELVA ALTA, Aug 4 - Firefighters ordered the evacuation of 3,000 residents of Selva Alta on Monday as a wildfire driven by strong winds reached the edge of the town, regional officials said.

            "The wind changed direction in the afternoon and the fire jumped the river," regional fire commander Lucia Marenco told reporters.

            Four water-bombing aircraft and 200 firefighters were working to contain the blaze, which has burned 1,800 hectares since Saturday.
            """;
    private static final String REWRITE = """
            Selva Alta evacuated as wildfire reaches town

            Around 3,000 people were told to leave Selva Alta on Monday after a wildfire reached the outskirts of the town, officials in the region said.

            Fire commander Lucia Marenco said the wind had changed direction in the afternoon, pushing the fire across the river.

            The blaze has burned 1,800 hectares since it started on Saturday; four aircraft and 200 firefighters are fighting it.
            """;
    private static final String OTHER = """
            Orchestra names new principal conductor

            The Halvard Philharmonic named the Finnish conductor Aino Saari as its principal conductor on Monday, starting with the autumn season.

            Saari, 41, has been the orchestra's guest conductor since 2021 and will lead 30 concerts a year.
            """;

    @Test
    void buildsCitedStoriesAndKeepsProblemsInOrder() {
        List<Source> sources = List.of(
                new Source("wire", "in/wire.txt", Source.Kind.TEXT, WIRE, null),
                new Source("music", "in/music.txt", Source.Kind.TEXT, OTHER, null),
                new Source("rewrite", "in/feed.jsonl:3", Source.Kind.RECORD, REWRITE,
                        Metadata.EMPTY.withPublished(LocalDate.of(2025, 8, 4))),
                new Source("menu", "in/menu.html", Source.Kind.HTML, "<html><body><nav>Home</nav></body></html>", null));
        List<Problem> readProblems = List.of(Problem.rejected("in/bad.json", "invalid JSON: unexpected end"));

        Digest digest = new DigestPipeline(60).run(sources, readProblems);

        assertEquals(List.of("in/bad.json", "in/menu.html"), digest.problems().stream().map(Problem::origin).toList());
        assertEquals(2, digest.stories().size());
        Story fire = digest.stories().getFirst();
        assertEquals(List.of("rewrite", "wire"), fire.articles().stream().map(a -> a.id()).toList(),
                "dated articles first, then undated");
        assertEquals(LocalDate.of(2025, 8, 4), fire.date());
        assertFalse(fire.summary().isEmpty());
        assertTrue(fire.summary().stream().anyMatch(s -> s.articles().size() == 2), "a fact both report is cited to both");
        assertTrue(fire.entities().stream().anyMatch(e -> e.name().equals("Lucia Marenco") && e.articles().size() == 2),
                fire.entities().toString());
        assertEquals(List.of("music"), digest.stories().get(1).articles().stream().map(a -> a.id()).toList());
    }

    @Test
    void storyIdsDependOnMembersNotOrder() {
        List<Source> forward = List.of(new Source("wire", "a", Source.Kind.TEXT, WIRE, null),
                new Source("rewrite", "b", Source.Kind.TEXT, REWRITE, null));
        List<Source> backward = List.of(forward.get(1), forward.get(0));
        assertEquals(new DigestPipeline(60).run(forward, List.of()).stories().getFirst().id(),
                new DigestPipeline(60).run(backward, List.of()).stories().getFirst().id());
    }

    @Test
    void theSummaryTellsTheVenueMostSourcesGiveAndTheConflictShowsTheOther() {
        String wire = """
                Ministers agree to reopen the Arlo rail link

                Transport ministers Hanna Lind and Pavel Orsk held talks in Geneva on Tuesday and agreed to reopen the Arlo rail link by the spring, officials said.

                Norland's minister Hanna Lind said the first trains would carry freight only.

                The link has been closed since a landslide in March damaged two bridges.
                """;
        String daily = """
                Arlo rail link to reopen by spring

                Lind and Orsk held talks in Geneva on Tuesday and agreed that the Arlo rail link would reopen by the spring.

                Freight trains will run first, Norland's minister Hanna Lind said.

                Two bridges on the line were damaged by a landslide in March.
                """;
        String weekly = """
                Norland and Vesta to restore Arlo line

                Transport ministers Hanna Lind and Pavel Orsk held talks in Vienna on Tuesday, where they also signed a customs agreement for the Tarn border crossing and named a joint inspector for the damaged bridges.

                Hanna Lind, Norland's minister, said the line would first carry freight.

                A landslide in March damaged two bridges and closed the link.
                """;
        List<Source> sources = List.of(new Source("wire", "in/wire.txt", Source.Kind.TEXT, wire, null),
                new Source("daily", "in/daily.txt", Source.Kind.TEXT, daily, null),
                new Source("weekly", "in/weekly.txt", Source.Kind.TEXT, weekly, null));

        // a budget that tells every claim but repeats: only the outnumbered venue is left out
        Story story = new DigestPipeline(500).run(sources, List.of()).stories().getFirst();

        assertEquals(3, story.articles().size());
        assertTrue(story.conflicts().stream().anyMatch(c -> c.variants().stream().anyMatch(v -> v.value().equals("Vienna"))),
                story.conflicts().toString());
        assertFalse(story.summary().isEmpty());
        assertTrue(story.summary().stream().noneMatch(s -> s.text().contains("Vienna")), story.summary().toString());
    }
}
