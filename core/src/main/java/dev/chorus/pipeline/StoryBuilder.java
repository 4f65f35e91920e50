package dev.chorus.pipeline;

import dev.chorus.compare.ClaimAligner;
import dev.chorus.compare.ClaimGroup;
import dev.chorus.compare.ConflictFinder;
import dev.chorus.compare.CopyDetector;
import dev.chorus.compare.EntityExtractor;
import dev.chorus.compare.QuoteExtractor;
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
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

/**
 * Builds one {@link Story} from the articles clustered together: compares the sources, then summarises.
 */
final class StoryBuilder {

    private final EntityExtractor entities = new EntityExtractor();
    private final QuoteExtractor quotes = new QuoteExtractor();
    private final ClaimAligner claims = new ClaimAligner();
    private final ConflictFinder conflicts = new ConflictFinder();
    private final CopyDetector copies = new CopyDetector();
    private final Summariser summariser;
    private final HeadlinePicker headlines = new HeadlinePicker();
    private final StoryDater dater = new StoryDater();

    StoryBuilder(int summaryWords) {
        this.summariser = new Summariser(summaryWords);
    }

    Story build(List<AnalysedArticle> group) {
        List<AnalysedArticle> ordered = group.stream()
                .sorted(Comparator.comparing((AnalysedArticle a) -> a.article().metadata().published(),
                        Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
        List<Article> articles = ordered.stream().map(AnalysedArticle::article).toList();
        List<Story.Entity> named = entities.extract(ordered);
        List<ClaimGroup> groups = claims.groups(ordered);
        List<Story.SummarySentence> summary = summariser.summarise(ordered, groups);
        String headline = headlines.pick(ordered, summary);
        LocalDate date = dater.date(articles).orElse(null);
        return new Story(storyId(articles), headline, date, articles, summary,
                groups.stream().map(ClaimGroup::claim).toList(),
                quotes.extract(ordered, named), named,
                conflicts.find(ordered, groups, named),
                ordered.size() > 1 ? copies.detect(ordered) : List.of());
    }

    /** A short id that stays the same for the same set of articles, whatever their order. */
    static String storyId(List<Article> articles) {
        String joined = String.join("\n", articles.stream().map(Article::id).sorted().toList());
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(joined.getBytes(StandardCharsets.UTF_8));
            return "s" + HexFormat.of().formatHex(digest, 0, 5);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
