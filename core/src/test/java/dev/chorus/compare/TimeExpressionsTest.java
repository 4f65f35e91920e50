package dev.chorus.compare;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TimeExpressionsTest {

    /** A Wednesday. */
    private static final LocalDate PUBLISHED = LocalDate.of(2021, 3, 17);

    private static List<String> labels(String sentence, LocalDate published) {
        return TimeExpressions.resolve(sentence, published).stream().map(TimeExpressions.When::label).toList();
    }

    @Test
    void weekdaysLookBackUnlessTheClauseIsInTheFuture() {
        assertEquals(List.of("2021-03-16"), labels("The talks ended on Tuesday.", PUBLISHED));
        assertEquals(List.of("2021-03-17"), labels("He resigned on Wednesday.", PUBLISHED));
        assertEquals(List.of("2021-03-10"), labels("He arrived last Wednesday.", PUBLISHED));
        assertEquals(List.of("2021-03-19"), labels("The ministers will meet on Friday.", PUBLISHED));
        assertEquals(List.of("2021-03-12"), labels("The deal will hold, she said on Friday.", PUBLISHED));
        assertEquals(List.of("2021-03-22"), labels("A vote is due next Monday.", PUBLISHED));
    }

    @Test
    void wordsForDaysMonthsAndYears() {
        assertEquals(List.of("2021-03-16", "2021-03-18"),
                labels("Yesterday the dam burst; repairs start tomorrow.", PUBLISHED));
        assertEquals(List.of("2021-03", "2020"),
                labels("Sanctions imposed earlier this month follow a purchase made last year.", PUBLISHED));
        assertEquals(List.of("2021-02", "2022"), labels("Prices rose last month and will fall next year.", PUBLISHED));
    }

    @Test
    void writtenDatesTakeThePublicationYearOrTheOneBefore() {
        assertEquals(List.of("2021-03-14"), labels("The fire broke out on Mar. 14.", PUBLISHED));
        assertEquals(List.of("2020-12-28"), labels("The law passed on Dec. 28.", PUBLISHED));
        assertEquals(List.of("2021-04-02"), labels("Polls open on 2 April.", PUBLISHED));
        assertEquals(List.of("2019-07-15"), labels("Deliveries began on July 15, 2019, in Ankara.", PUBLISHED));
        assertEquals(List.of("2020-12-29"), labels("He spoke on Tuesday (29 December) in Sochi.",
                LocalDate.of(2020, 12, 30)));
    }

    @Test
    void withoutAPublicationDateOnlyDatesWithTheirYear() {
        assertEquals(List.of("2019-07-15"), labels("On Tuesday, 15 July 2019 was recalled.", null));
        assertTrue(labels("The talks ended on Tuesday, you may 5 times ask.", PUBLISHED).equals(List.of("2021-03-16")));
    }
}
