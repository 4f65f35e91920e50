package dev.chorus.eval;

import dev.chorus.model.AnalysedArticle;
import dev.chorus.summarise.WordBudget;

import java.util.ArrayList;
import java.util.List;

/**
 * The lead baseline of multi-document summarisation: the first sentence of each source in turn, then the second
 * of each, and so on (round-robin, sources in input order), until the word budget ({@link WordBudget}) is met.
 */
public final class LeadBaseline {

    private LeadBaseline() {
    }

    /** The summary sentences of {@code articles} at {@code words} words. */
    public static List<String> summarise(List<AnalysedArticle> articles, int words) {
        WordBudget budget = new WordBudget(words);
        List<String> out = new ArrayList<>();
        for (int i = 0; budget.open(); i++) {
            boolean any = false;
            for (AnalysedArticle article : articles) {
                if (i < article.sentences().size() && budget.open()) {
                    String text = article.sentences().get(i).text();
                    out.add(text);
                    budget.take(text);
                    any = true;
                }
            }
            if (!any) {
                break;
            }
        }
        return out;
    }
}
