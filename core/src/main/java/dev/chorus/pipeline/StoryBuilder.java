package dev.chorus.pipeline;

import dev.chorus.compare.ClaimGrid;
import dev.chorus.compare.CompareStage;
import dev.chorus.compare.Comparison;
import dev.chorus.embed.TextEmbedder;
import dev.chorus.model.AnalysedArticle;
import dev.chorus.model.Article;
import dev.chorus.model.Story;
import dev.chorus.summarise.HeadlinePicker;
import dev.chorus.summarise.StoryDater;
import dev.chorus.summarise.Summariser;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

/**
 * Builds one {@link Story} from the articles clustered together: compares the sources, then summarises. The
 * digest builds every story with it; {@code chorus eval summary} uses it on stories given ready-made.
 * Thread-safe.
 */
public final class StoryBuilder {

    private final CompareStage compare;
    private final Summariser summariser;
    private final HeadlinePicker headlines = new HeadlinePicker();
    private final StoryDater dater = new StoryDater();

    /** @param summaryWords about how many words the summary should have ({@link Summariser}) */
    public StoryBuilder(int summaryWords) {
        this(summaryWords, null);
    }

    /**
     * @param summaryWords     about how many words the summary should have ({@link Summariser})
     * @param sentenceEmbedder finds claims told in other words ({@link dev.chorus.compare.ClaimAligner}), or null
     *                         to align claims on words alone; the caller's to close
     */
    public StoryBuilder(int summaryWords, TextEmbedder sentenceEmbedder) {
        this.summariser = new Summariser(summaryWords);
        this.compare = new CompareStage(sentenceEmbedder);
    }

    /** The story of {@code group}, the analysed articles of one story. */
    public Story build(List<AnalysedArticle> group) {
        List<AnalysedArticle> ordered = group.stream()
                .sorted(Comparator.comparing((AnalysedArticle a) -> a.article().metadata().published(),
                        Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
        List<Article> articles = ordered.stream().map(AnalysedArticle::article).toList();
        Comparison found = compare.compare(ordered);
        ClaimGrid.Contradictions contradictions = ClaimGrid.Contradictions.of(found.conflicts());
        List<Story.SummarySentence> summary = citedTrue(summariser.summarise(ordered, found.groups(),
                found.quotes(), text -> !contradictions.outnumbered(text)), contradictions);
        String headline = headlines.pick(ordered, summary);
        LocalDate date = dater.eventDate(ordered).orElse(null);
        return new Story(storyId(articles), headline, date, articles, summary, found.claims(), found.quotes(),
                found.entities(), found.conflicts(), found.copies());
    }

    /**
     * {@code summary} with each sentence citing only the articles that do not contradict it: alignment can count
     * as support an article that gives the same words another speaker or the same event another place, which
     * the conflicts tell (as the claims grid marks it). A sentence no article is left to cite keeps its own.
     */
    static List<Story.SummarySentence> citedTrue(List<Story.SummarySentence> summary,
                                                 ClaimGrid.Contradictions contradictions) {
        List<Story.SummarySentence> out = new ArrayList<>(summary.size());
        for (Story.SummarySentence sentence : summary) {
            Set<String> against = contradictions.of(sentence.text(), sentence.articles());
            List<String> kept = sentence.articles().stream().filter(id -> !against.contains(id)).toList();
            out.add(against.isEmpty() || kept.isEmpty() ? sentence : new Story.SummarySentence(sentence.text(), kept));
        }
        return out;
    }

    /** A short id that stays the same for the same set of articles, whatever their order. */
    static String storyId(List<Article> articles) {
        return storyIdOf(articles.stream().map(Article::id).toList());
    }

    /** {@link #storyId} of the articles with these ids. */
    static String storyIdOf(List<String> articleIds) {
        String joined = String.join("\n", articleIds.stream().sorted().toList());
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(joined.getBytes(StandardCharsets.UTF_8));
            return "s" + HexFormat.of().formatHex(digest, 0, 5);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
