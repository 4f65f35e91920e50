package dev.chorus.summarise;

import dev.chorus.compare.TimeExpressions;
import dev.chorus.model.AnalysedArticle;
import dev.chorus.model.Article;
import dev.chorus.model.Sentence;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Dates a story. Reports on one event appear within days of each other, so a publication date far from where
 * most of the others agree is not a publication date at all (typically the day a page was crawled or last
 * touched) and is not used. The event's own day comes from the articles' leads ({@link #eventDate}): "on
 * Tuesday", "yesterday", "on Dec. 28" resolved against each article's publication date
 * ({@link TimeExpressions}), so that a report published the morning after still dates the event right.
 */
public final class StoryDater {

    /** How far after the consensus an article's date may lie and still count. */
    static final int MAX_SPREAD_DAYS = 10;
    /** Sentences of each article, after its title, read for the day of the event. */
    static final int LEAD_SENTENCES = 3;
    /** How many days before its publication an article's lead may date the event. */
    static final int MAX_DAYS_BEFORE = 7;

    /**
     * The day the story's event happened: the day named first in most articles' leads (title and first
     * {@value #LEAD_SENTENCES} sentences), between {@value #MAX_DAYS_BEFORE} days before the article's
     * publication and that day (ties to the earlier day); articles without a publication date count only dates
     * written out ("29 December"), read in the year of the story, and such a day named by one article alone does
     * not date a story of several. Without any such day, the start of the publication dates' consensus
     * ({@link #date}).
     */
    public Optional<LocalDate> eventDate(List<AnalysedArticle> analysed) {
        List<Article> articles = analysed.stream().map(AnalysedArticle::article).toList();
        Optional<LocalDate> consensus = date(articles);
        Map<LocalDate, Integer> votes = new TreeMap<>();
        Set<LocalDate> fromDated = new HashSet<>();
        for (AnalysedArticle a : analysed) {
            LocalDate published = a.article().metadata().published();
            boolean dated = published != null && !isOutlier(published, articles);
            LocalDate reference = dated ? published : consensus.orElse(null);
            LocalDate day = leadDay(a, reference, dated);
            if (day != null) {
                votes.merge(day, 1, Integer::sum);
                if (dated) {
                    fromDated.add(day);
                }
            }
        }
        LocalDate best = null;
        for (Map.Entry<LocalDate, Integer> e : votes.entrySet()) {
            if (best == null || e.getValue() > votes.get(best)) {
                best = e.getKey();
            }
        }
        // A day written in the lead of one undated article, which no other article names, can be any day it
        // mentions (a release date, a hearing set for next year): it dates a story only when it is all there is.
        if (best != null && votes.get(best) == 1 && !fromDated.contains(best) && analysed.size() > 1) {
            return consensus;
        }
        return best != null ? Optional.of(best) : consensus;
    }

    /** The first day the lead of {@code a} names within the allowed window before {@code reference}, or null. */
    private static LocalDate leadDay(AnalysedArticle a, LocalDate reference, boolean dated) {
        List<String> lead = new ArrayList<>();
        if (a.article().metadata().title() != null) {
            lead.add(a.article().metadata().title());
        }
        for (Sentence s : a.sentences()) {
            if (lead.size() > LEAD_SENTENCES) {
                break;
            }
            lead.add(s.text());
        }
        for (String text : lead) {
            for (TimeExpressions.When w : TimeExpressions.resolve(text, reference)) {
                boolean written = w.surface().chars().anyMatch(Character::isDigit);
                if (w.unit() != TimeExpressions.Unit.DAY || !dated && !written) {
                    continue;
                }
                if (reference == null) {
                    return w.date();
                }
                long before = ChronoUnit.DAYS.between(w.date(), reference);
                if (before >= 0 && before <= MAX_DAYS_BEFORE) {
                    return w.date();
                }
            }
        }
        return null;
    }

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
