package dev.chorus.extract;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DateParserTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2020-12-29|2020-12-29",
            "2020/12/29|2020-12-29",
            "2020-12-29T10:15:00Z|2020-12-29",
            "29 December 2020|2020-12-29",
            "29 Dec 2020|2020-12-29",
            "19th Mar 2024|2024-03-19",
            "1st of June, 2021|2021-06-01",
            "Tuesday, 29 December 2020|2020-12-29",
            "Tuesday 29 December 2020 14:05 GMT|2020-12-29",
            "December 29, 2020|2020-12-29",
            "Dec. 29th 2020|2020-12-29",
            "Sept 3, 2019|2019-09-03",
            "Monday, March 4, 2024 at 9:30 a.m. EST|2024-03-04",
            "29/12/2020|2020-12-29",
            "12/29/2020|2020-12-29",
            "29.12.2020|2020-12-29",
            "03/04/2021|2021-04-03",
            "29-12-20|2020-12-29",
            "5/1/99|1999-01-05",
    })
    void parsesCommonFormats(String text, String expected) {
        assertEquals(Optional.of(LocalDate.parse(expected)), DateParser.parse(text));
    }

    @Test
    void monthFirstParserReadsAmbiguousNumericDatesTheUsWay() {
        assertEquals(Optional.of(LocalDate.of(2021, 3, 4)), new DateParser(true).parseWhole("03/04/2021"));
        // an unambiguous date is read the same way by both
        assertEquals(Optional.of(LocalDate.of(2020, 12, 29)), new DateParser(true).parseWhole("29/12/2020"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "", "Tuesday", "31/02/2021", "2020-13-01", "32 December 2020", "December 2020",
            "29 December 2020 the minister said", "In 2020 things changed", "1850-01-01", "12345",
            "Smarch 3, 2020", "1.5.2.2020"
    })
    void rejectsWhatIsNotExactlyADate(String text) {
        assertEquals(Optional.empty(), DateParser.parse(text));
    }

    @Test
    void findsADateInsideASentence() {
        String s = "The accord, signed on 4 July 2019 in Valmora, was renewed.";
        DateParser.Match m = DateParser.find(s).orElseThrow();
        assertEquals(LocalDate.of(2019, 7, 4), m.date());
        assertEquals("4 July 2019", s.substring(m.start(), m.end()));
    }

    @Test
    void findReturnsTheEarliestDate() {
        DateParser.Match m = DateParser.find("Filed 2021-05-02, revised March 3, 2021").orElseThrow();
        assertEquals(LocalDate.of(2021, 5, 2), m.date());
        assertTrue(DateParser.find("no dates here at all").isEmpty());
    }

    @Test
    void matchAtOnlyAcceptsADateAtThatPosition() {
        String s = "date 2020-12-29 Ministers met";
        assertEquals(LocalDate.of(2020, 12, 29), DateParser.DEFAULT.matchAt(s, 4).orElseThrow().date());
        assertTrue(DateParser.DEFAULT.matchAt(s, 0).isEmpty());
    }

    @Test
    void isFastOnLongHostileInput() {
        String junk = "1/".repeat(50_000) + "29 December " + "9".repeat(50_000);
        long t0 = System.nanoTime();
        DateParser.find(junk);
        DateParser.parse(junk);
        assertTrue(System.nanoTime() - t0 < 2_000_000_000L, "date search should be linear");
    }
}
