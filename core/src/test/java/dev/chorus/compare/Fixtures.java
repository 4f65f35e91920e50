package dev.chorus.compare;

import dev.chorus.model.AnalysedArticle;
import dev.chorus.model.Article;
import dev.chorus.model.Metadata;
import dev.chorus.sentence.SentenceSplitter;

import java.util.ArrayList;
import java.util.List;

/**
 * A fictional story written for these tests: a Portuguese-Spanish water agreement, reported by a wire service,
 * a rewrite of the wire copy, a clumsy translation that misspells the minister's name and puts the signing in
 * Lisbon, and a local paper with a different protest figure. All people and outlets are invented.
 */
final class Fixtures {

    static final String WIRE = "wire";
    static final String REWRITE = "rewrite";
    static final String TRANSLATION = "translation";
    static final String LOCAL = "local";

    private Fixtures() {
    }

    static AnalysedArticle article(String id, String... paragraphs) {
        return new SentenceSplitter().analyse(
                new Article(id, Metadata.EMPTY, List.of(paragraphs), List.of(), List.of()));
    }

    static List<AnalysedArticle> douro() {
        List<AnalysedArticle> out = new ArrayList<>();
        out.add(article(WIRE,
                "Portuguese Environment Minister Joana Albuquerque and her Spanish counterpart Íñigo Saldaña "
                        + "signed a water-sharing agreement in Porto on Monday, ending two years of dispute over "
                        + "the Douro river.",
                "The deal commits both governments to invest €1.2 billion in new reservoirs and irrigation canals "
                        + "by 2030.",
                "\"This agreement guarantees that no farmer on either side of the border will be left without "
                        + "water in a dry summer,\" Albuquerque told reporters after the ceremony.",
                "Saldaña said the accord was \"a model for the rest of Europe\" and praised the patience of the "
                        + "so-called \"river mayors\".",
                "\"We negotiated for two long years. But we never stopped talking to each other,\" he said.",
                "More than 3,000 farmers in the Douro valley had protested against water cuts last summer.",
                "The European Commission welcomed the agreement in a short statement from Brussels."));
        out.add(article(REWRITE,
                "Portugal's Environment Minister Joana Albuquerque and her Spanish counterpart Inigo Saldana "
                        + "signed a water-sharing agreement in Porto on Monday, ending two years of dispute over "
                        + "the Douro river.",
                "The deal commits both governments to invest €1.2bn in new reservoirs and irrigation canals by "
                        + "2030.",
                "“This agreement guarantees that no farmer on either side of the border will be left without "
                        + "water in a dry summer,” Albuquerque told reporters.",
                "Mr Saldana said the accord was “a model for the rest of Europe”.",
                "More than 3,000 farmers in the Douro valley had protested against water cuts last summer, "
                        + "according to local unions.",
                "Environmental groups warned that the new reservoirs could harm otters and migrating fish."));
        out.add(article(TRANSLATION,
                "The Minister of Environment of Portugal, Joanna Albuquerque, signed on Monday in Lisbon an "
                        + "agreement with the Spanish minister Íñigo Saldaña about the sharing of the water of "
                        + "the Douro river.",
                "“No farmer on either side of the border will be left without water in a dry summer,” declared "
                        + "Albuquerque.",
                "The Spanish minister explained that the negotiations lasted two years and were difficult."));
        out.add(article(LOCAL,
                "Farmers in the Douro valley cautiously welcomed the water deal signed by Joana Albuquerque and "
                        + "Inigo Saldana in Porto on Monday.",
                "More than 5,000 farmers in the Douro valley had protested against water cuts last summer, the "
                        + "regional farmers' union said.",
                "Union leader Carlos Mendes said the money would come \"far too late for families who already "
                        + "sold their land\"."));
        return out;
    }
}
