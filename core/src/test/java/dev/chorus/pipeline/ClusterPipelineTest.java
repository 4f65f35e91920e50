package dev.chorus.pipeline;

import dev.chorus.dedup.DuplicateGroup;
import dev.chorus.model.Article;
import dev.chorus.model.Metadata;
import dev.chorus.model.Problem;
import dev.chorus.model.Source;
import dev.chorus.model.StoryOutline;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClusterPipelineTest {

    private static final String QUAKE = """
            Magnitude 5.8 earthquake shakes Teruma Valley

            A magnitude 5.8 earthquake struck the Teruma Valley early on Saturday, damaging dozens of old houses in the town of Ostra and cutting the main road to the coast, the national seismic institute said.

            The quake hit at 4:12 am at a depth of 10 kilometres, about 15 kilometres north of Ostra. Firefighters said three people were treated for minor injuries after roof tiles fell in the old town.

            Engineers were inspecting the Ostra viaduct, which was closed to traffic as a precaution, and schools in the valley will stay shut on Monday while buildings are checked.
            """;
    private static final String QUAKE_REWRITE = """
            Ostra counts damage after strong quake in Teruma Valley

            Dozens of old houses in Ostra were damaged when a 5.8 magnitude earthquake struck the Teruma Valley before dawn on Saturday, according to the seismic institute, which put the epicentre 15 kilometres north of the town.

            Three people had minor injuries from falling roof tiles, firefighters said. The viaduct on the coast road was closed while engineers inspected it, and the valley's schools will remain closed on Monday for safety checks.
            """;
    private static final String CHOIR = """
            Village choir wins national title

            The Kessendorf village choir won the national amateur choir championship on Sunday with a programme of folk songs arranged by its conductor, Hanna Veit.

            The 32 singers, the youngest 16 and the oldest 81, beat eleven other finalists. They will represent the country at the European festival in Tallinn next summer.
            """;

    @Test
    void storiesLargestFirstWithTheDigestsIdsAndCopiesFound() {
        List<Source> sources = List.of(
                new Source("choir", "in/choir.txt", Source.Kind.TEXT, CHOIR, null),
                new Source("quake-repost", "in/feed.jsonl:2", Source.Kind.RECORD, QUAKE,
                        new Metadata("Magnitude 5.8 earthquake shakes Teruma Valley", List.of(), LocalDate.of(2025, 6, 8),
                                "valley-news.example", "en", null, null, null)),
                new Source("quake", "in/quake.txt", Source.Kind.TEXT, QUAKE, null),
                new Source("quake-2", "in/rewrite.txt", Source.Kind.TEXT, QUAKE_REWRITE, null),
                new Source("junk", "in/junk.txt", Source.Kind.TEXT, " \n \n", null));

        ClusterPipeline.Result result = new ClusterPipeline().run(sources, List.of(Problem.rejected("in/x.pdf", "unsupported")));

        assertEquals(2, result.stories().size(), result.stories().toString());
        StoryOutline quake = result.stories().getFirst();
        List<String> ids = quake.articles().stream().map(Article::id).toList();
        assertEquals(List.of("quake-repost", "quake", "quake-2"), ids, "dated first, then input order");
        assertEquals(StoryBuilder.storyId(quake.articles()), quake.id());
        assertEquals("Magnitude 5.8 earthquake shakes Teruma Valley", quake.headline());
        assertEquals(List.of("choir"), result.stories().get(1).articles().stream().map(Article::id).toList());
        assertEquals(4, result.articleCount());

        assertEquals(List.of(new DuplicateGroup(DuplicateGroup.Kind.EXACT, "quake-repost", List.of("quake-repost", "quake"))),
                result.duplicates(), "the rewrite is the same story but not a copy");
        assertEquals(List.of("in/x.pdf", "in/junk.txt"), result.problems().stream().map(Problem::origin).toList());
        assertTrue(result.problems().get(1).reason().contains("no article text"));
    }
}
