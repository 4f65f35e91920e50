package dev.chorus.summarise;

import dev.chorus.model.Article;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Dates a story from its articles' publication dates. Reports on one event appear within days of each
 * other, so a date far from where most of the others agree is not a publication date at all (typically the
 * day a page was crawled or last touched) and is not used.
 */
public final class StoryDater {

    /** How far after the consensus an article's date may lie and still count. */
    static final int MAX_SPREAD_DAYS = 10;

    /** The earliest date of the largest group of dates that lie within {@link #MAX_SPREAD_DAYS} of each other. */
    public Optional<LocalDate> date(List<Article> articles) {
        List<LocalDate> dates = new ArrayList<>();
        for (Article article : articles) {
            if (article.metadata().published() != null) {
                dates.add(article.metadata().published());
            }
        }
        return consensusStart(dates);
    }

    /**
     * Whether {@code date} disagrees with the consensus of the other dates of the story; a lone date is never
     * an outlier, since nothing contradicts it.
     */
    public boolean isOutlier(LocalDate date, List<Article> articles) {
        Optional<LocalDate> start = date(articles);
        if (date == null || start.isEmpty()) {
            return false;
        }
        long support = articles.stream().map(a -> a.metadata().published())
                .filter(d -> d != null && within(start.get(), d)).count();
        return support >= 1 && !within(start.get(), date) && !date.equals(start.get());
    }

    private static Optional<LocalDate> consensusStart(List<LocalDate> dates) {
        if (dates.isEmpty()) {
            return Optional.empty();
        }
        dates.sort(Comparator.naturalOrder());
        int bestStart = 0;
        int bestCount = 0;
        int end = 0;
        for (int start = 0; start < dates.size(); start++) {
            while (end < dates.size() && within(dates.get(start), dates.get(end))) {
                end++;
            }
            if (end - start > bestCount) {
                bestCount = end - start;
                bestStart = start;
            }
        }
        return Optional.of(dates.get(bestStart));
    }

    private static boolean within(LocalDate start, LocalDate date) {
        long days = ChronoUnit.DAYS.between(start, date);
        return days >= 0 && days <= MAX_SPREAD_DAYS;
    }
}
