package dev.chorus.store;

import dev.chorus.model.Article;
import dev.chorus.model.Metadata;
import dev.chorus.model.Story;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Every field of an article and of a story's analysis survives being stored. */
class StoreJsonTest {

    private static final Article WIRE = new Article("coastline-wire-0313",
            new Metadata("Footbridge collapses in Port Marren, 12 hurt", List.of("Ines Dahl", "Coastline Press Agency"),
                    LocalDate.of(2025, 3, 13), "Coastline Wire", "en", "https://coastline.example/marren-footbridge",
                    "A pedestrian bridge gave way during the morning rush.", "https://coastline.example/img/bridge.jpg"),
            List.of("A pedestrian footbridge over the Ostra river collapsed on Thursday morning, injuring 12 people.",
                    "\"We owe the families answers,\" Mayor Elena Vasquez-Whitlock said."),
            List.of("The collapsed Harlow Street footbridge. Photo: T. Reyes / Coastline"),
            List.of("Subscribe to our newsletter", "Most read: Harbour tolls rise in April"));

    @Test
    void anArticleWithEveryFieldComesBackEqual() {
        assertEquals(WIRE, StoreJson.article(StoreJson.article(WIRE)));
        Article bare = new Article("bare", null, List.of("Only text."), List.of(), List.of());
        assertEquals(bare, StoreJson.article(StoreJson.article(bare)));
    }

    @Test
    void aStoryIsStoredWithoutItsArticlesAndComesBackWithThem() {
        Story story = new Story("s0123456789", "Port Marren closes three bridges", LocalDate.of(2025, 3, 13), List.of(WIRE),
                List.of(new Story.SummarySentence("A footbridge collapsed, injuring 12 people.", List.of(WIRE.id()))),
                List.of(new Story.Claim("c1", "12 people were injured", List.of(WIRE.id()), true)),
                List.of(new Story.Quote("Elena Vasquez-Whitlock", "We owe the families answers", List.of(WIRE.id())),
                        new Story.Quote(null, "Divers found nobody else", List.of(WIRE.id()))),
                List.of(new Story.Entity("Elena Vasquez-Whitlock", Story.EntityType.PERSON, List.of("Vasquez-Whitlock"),
                        List.of(WIRE.id()))),
                List.of(new Story.Conflict("number injured", List.of(new Story.Variant("12", List.of(WIRE.id())),
                        new Story.Variant("14", List.of("radio-marren-0313"))))),
                List.of(new Story.Copy(WIRE.id(), "valley-gazette-0313", 0.83)));
        String json = StoreJson.story(story);
        assertFalse(json.contains("pedestrian footbridge over the Ostra"), "article text is stored once, with the article");
        assertEquals(story, StoreJson.story(json, List.of(WIRE)));
    }
}
