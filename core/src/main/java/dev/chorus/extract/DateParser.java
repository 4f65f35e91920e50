package dev.chorus.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the calendar dates that appear in scraped news pages into {@link LocalDate}s.
 *
 * <p>Understood forms (an optional leading weekday such as {@code "Tuesday, "} is allowed in all of them):
 * <ul>
 *   <li>ISO: {@code 2020-12-29}, {@code 2020/12/29}, {@code 2020-12-29T10:15:00Z}</li>
 *   <li>day first: {@code 29 December 2020}, {@code 29 Dec 2020}, {@code 19th Mar 2024}, {@code 29th of December, 2020}</li>
 *   <li>month first: {@code December 29, 2020}, {@code Dec. 29th 2020}</li>
 *   <li>numeric: {@code 29/12/2020}, {@code 29.12.2020}, {@code 29-12-20}. When one of the first two numbers is
 *       above 12 it must be the day; when both are 12 or less the order is ambiguous and day-first is assumed
 *       (the European and most common form outside the US), unless the parser was built month-first.</li>
 * </ul>
 * Two-digit years are read as 20xx when below 70 and 19xx otherwise. Years outside 1900..2100 are rejected.
 *
 * <p>All patterns have bounded quantifiers and no nested repetition, so matching is linear in the input.
 * Instances are immutable and thread-safe.
 */
public final class DateParser {

    /** A date found inside a longer string, with the span of text it came from. */
    public record Match(LocalDate date, int start, int end) {
    }

    /** The shared day-first parser. */
    public static final DateParser DEFAULT = new DateParser(false);

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("january", 1), Map.entry("feb", 2), Map.entry("february", 2),
            Map.entry("mar", 3), Map.entry("march", 3), Map.entry("apr", 4), Map.entry("april", 4),
            Map.entry("may", 5), Map.entry("jun", 6), Map.entry("june", 6), Map.entry("jul", 7),
            Map.entry("july", 7), Map.entry("aug", 8), Map.entry("august", 8), Map.entry("sep", 9),
            Map.entry("sept", 9), Map.entry("september", 9), Map.entry("oct", 10), Map.entry("october", 10),
            Map.entry("nov", 11), Map.entry("november", 11), Map.entry("dec", 12), Map.entry("december", 12));

    private static final String MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
            + "|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final String WEEKDAY = "(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\\.?,?\\s{1,3})?";
    private static final String ORD = "(?:st|nd|rd|th)?";

    private static final Pattern ISO = Pattern.compile(
            "(?<![\\d/.-])(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})(?![\\d/])", Pattern.CASE_INSENSITIVE);
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "\\b" + WEEKDAY + "(\\d{1,2})" + ORD + "(?:\\s{1,3}of)?[\\s-]{1,3}" + MONTH + ",?[\\s-]{1,3}(\\d{4})(?!\\d)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "\\b" + WEEKDAY + MONTH + "\\s{1,3}(\\d{1,2})" + ORD + ",?\\s{1,3}(\\d{4})(?!\\d)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMERIC = Pattern.compile(
            "(?<![\\d/.-])" + WEEKDAY + "(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4}|\\d{2})(?![\\d/])",
            Pattern.CASE_INSENSITIVE);
    /** What may follow a date on a date-only line: a time, a zone, "at", separators. */
    private static final Pattern TIME_TAIL = Pattern.compile(
            "(?:\\s{0,3}(?:,|at|-|\\||\\u2013|\\u2014|T)?\\s{0,3}\\d{1,2}[:.]\\d{2}(?:[:.]\\d{2})?(?:\\.\\d{1,9})?"
                    + "\\s{0,2}(?:[ap]\\.?m\\.?)?\\s{0,2}(?:Z|[A-Z]{2,5}|[+-]\\d{2}:?\\d{2})?)?\\s{0,3}[.,]?",
            Pattern.CASE_INSENSITIVE);

    private final boolean monthFirst;

    /** @param monthFirst read ambiguous numeric dates such as {@code 03/04/2021} as month/day (US) rather than day/month */
    public DateParser(boolean monthFirst) {
        this.monthFirst = monthFirst;
    }

    /** Parses a string that is a date and nothing else (a trailing time or zone is allowed), day-first. */
    public static Optional<LocalDate> parse(String s) {
        return DEFAULT.parseWhole(s);
    }

    /** Finds the first date anywhere in {@code s}, day-first. */
    public static Optional<Match> find(String s) {
        return DEFAULT.findFirst(s, 0);
    }

    /** Parses a string that is a date and nothing else (a trailing time or zone is allowed). */
    public Optional<LocalDate> parseWhole(String s) {
        if (s == null) {
            return Optional.empty();
        }
        String t = s.strip();
        if (t.isEmpty() || t.length() > 80 || !hasDigit(t, 0)) {
            return Optional.empty();
        }
        return matchAt(t, 0).filter(m -> restIsTime(t, m.end())).map(Match::date);
    }

    /** A date that begins exactly at {@code from} (after optional spaces), with the end of its text. */
    public Optional<Match> matchAt(String s, int from) {
        int start = from;
        while (start < s.length() && s.charAt(start) == ' ') {
            start++;
        }
        for (Pattern p : new Pattern[]{ISO, DAY_MONTH_YEAR, MONTH_DAY_YEAR, NUMERIC}) {
            Matcher m = p.matcher(s);
            m.region(start, s.length());
            m.useTransparentBounds(true);
            if (m.lookingAt()) {
                Optional<LocalDate> d = toDate(p, m);
                if (d.isPresent()) {
                    return Optional.of(new Match(d.get(), start, m.end()));
                }
            }
        }
        return Optional.empty();
    }

    /** The end of a time/zone suffix that starts at {@code from}, or {@code from} when there is none. */
    public static int skipTime(String s, int from) {
        Matcher m = TIME_TAIL.matcher(s);
        m.region(from, s.length());
        m.useTransparentBounds(true);
        return m.lookingAt() ? m.end() : from;
    }

    /** The earliest date in {@code s} at or after {@code from}. */
    public Optional<Match> findFirst(String s, int from) {
        if (s == null || !hasDigit(s, from)) {
            return Optional.empty();
        }
        Match best = null;
        for (Pattern p : new Pattern[]{ISO, DAY_MONTH_YEAR, MONTH_DAY_YEAR, NUMERIC}) {
            Matcher m = p.matcher(s);
            int pos = from;
            while (pos < s.length() && m.find(pos)) {
                Optional<LocalDate> d = toDate(p, m);
                if (d.isPresent()) {
                    if (best == null || m.start() < best.start()) {
                        best = new Match(d.get(), m.start(), m.end());
                    }
                    break;
                }
                pos = m.start() + 1;
            }
        }
        return Optional.ofNullable(best);
    }

    private static boolean hasDigit(String s, int from) {
        for (int i = Math.max(0, from); i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    private static boolean restIsTime(String s, int end) {
        return skipTime(s, end) == s.length();
    }

    private Optional<LocalDate> toDate(Pattern p, Matcher m) {
        try {
            int y;
            int mo;
            int d;
            if (p == ISO) {
                y = Integer.parseInt(m.group(1));
                mo = Integer.parseInt(m.group(2));
                d = Integer.parseInt(m.group(3));
            } else if (p == DAY_MONTH_YEAR) {
                d = Integer.parseInt(m.group(1));
                mo = MONTHS.get(m.group(2).toLowerCase(Locale.ROOT));
                y = Integer.parseInt(m.group(3));
            } else if (p == MONTH_DAY_YEAR) {
                mo = MONTHS.get(m.group(1).toLowerCase(Locale.ROOT));
                d = Integer.parseInt(m.group(2));
                y = Integer.parseInt(m.group(3));
            } else {
                int a = Integer.parseInt(m.group(1));
                int b = Integer.parseInt(m.group(3));
                y = year(m.group(4));
                if (a > 12 && b <= 12) {
                    d = a;
                    mo = b;
                } else if (b > 12 && a <= 12) {
                    mo = a;
                    d = b;
                } else if (monthFirst) {
                    mo = a;
                    d = b;
                } else {
                    d = a;
                    mo = b;
                }
            }
            if (y < 1900 || y > 2100) {
                return Optional.empty();
            }
            return Optional.of(LocalDate.of(y, mo, d));
        } catch (DateTimeException | NullPointerException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static int year(String s) {
        int y = Integer.parseInt(s);
        if (s.length() == 2) {
            y += y < 70 ? 2000 : 1900;
        }
        return y;
    }
}
