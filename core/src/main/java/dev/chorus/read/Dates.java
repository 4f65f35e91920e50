package dev.chorus.read;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The calendar day in a date as records and feeds write it: ISO 8601 ({@code 2021-03-05}, with or without a
 * time) or RFC 822 as RSS does ({@code Fri, 05 Mar 2021 14:02:00 GMT}). The day is taken as written, in the
 * writer's own time zone: that is the day the outlet says it published.
 */
final class Dates {

    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern RFC_822 = Pattern.compile("(\\d{1,2})\\s+([A-Za-z]{3})[a-z]*\\.?,?\\s+(\\d{4})");
    private static final List<String> MONTHS =
            List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");

    private Dates() {
    }

    /** The day {@code value} names, or null when it names none. */
    static LocalDate parse(String value) {
        if (value == null) {
            return null;
        }
        try {
            Matcher iso = ISO.matcher(value);
            if (iso.find()) {
                return LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
                        Integer.parseInt(iso.group(3)));
            }
            Matcher rfc = RFC_822.matcher(value);
            if (rfc.find()) {
                int month = MONTHS.indexOf(rfc.group(2).toLowerCase(Locale.ROOT)) + 1;
                if (month > 0) {
                    return LocalDate.of(Integer.parseInt(rfc.group(3)), month, Integer.parseInt(rfc.group(1)));
                }
            }
        } catch (DateTimeException e) {
            return null; // 2021-02-30 and the like
        }
        return null;
    }
}
