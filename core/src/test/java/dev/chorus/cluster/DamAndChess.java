package dev.chorus.cluster;

import dev.chorus.model.AnalysedArticle;

import static dev.chorus.TestArticles.article;

/** Two reports of one event (a dam releasing water) and one of another (a chess title), a day apart. */
final class DamAndChess {

    static final AnalysedArticle DAM_1 = article("dam-1", "Kessel dam spillway opened as reservoir nears limit",
            "2024-05-02",
            "Engineers opened the spillway of the Kessel dam on Thursday after the reservoir rose to 98 per cent of capacity following a week of heavy rain.",
            "Villages downstream of the dam along the Weir valley were told to move cars and livestock to higher ground.");
    static final AnalysedArticle DAM_2 = article("dam-2", "Weir valley villages on alert as Kessel dam releases water",
            "2024-05-03",
            "Residents of the Weir valley were put on alert after the operator of the Kessel dam opened its spillway, saying the reservoir was almost full after days of rain.",
            "Police asked villagers downstream of the dam to move livestock and cars to higher ground.");
    static final AnalysedArticle CHESS = article("chess-1", "Teenager wins national chess title", "2024-05-02",
            "A 15-year-old from Lindau won the national chess championship on Sunday, beating the defending champion in the final round.",
            "She is the youngest winner of the title in its 90-year history.");

    private DamAndChess() {
    }
}
