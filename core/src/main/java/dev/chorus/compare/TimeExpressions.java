package dev.chorus.compare;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates a sentence names, resolved against the day its article was published: "on Tuesday" (the last Tuesday
 * on or before that day; "next Tuesday" and a future word before it, "will meet on Tuesday", look forward, "last Tuesday"
 * looks back past the day itself), "yesterday", "today", "tomorrow", "last night"; "on Dec. 28", "28
 * December", "December 28, 2020", "2020-12-28" (without a year, the publication year, or the year before when
 * that would put the date more than {@value #MAX_DAYS_AHEAD} days after publication); "this month", "earlier
 * this month", "last month", "next month"; "this year", "last year", "next year". Without a publication date
 * only dates that carry their own year resolve. Stateless.
 */
public final class TimeExpressions {

    /** A date without a year may lie at most this far after publication (an announced event), else it is past. */
    static final int MAX_DAYS_AHEAD = 60;

    /** How precise a resolved expression is. */
    public enum Unit { DAY, MONTH, YEAR }

    /**
     * One resolved expression: the first day of what it names, how precise it is, and where it stands in the
     * sentence.
     */
    public record When(LocalDate date, Unit unit, int start, int end, String surface) {

        /** The value as a reader sees it: "2020-12-29", "2020-12", "2020". */
        public String label() {
            return switch (unit) {
                case DAY -> date.toString();
                case MONTH -> date.toString().substring(0, 7);
                case YEAR -> String.valueOf(date.getYear());
            };
        }
    }

    private static final List<String> MONTHS = List.of("january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december");
    private static final Map<String, DayOfWeek> WEEKDAYS = Map.of("monday", DayOfWeek.MONDAY, "tuesday",
            DayOfWeek.TUESDAY, "wednesday", DayOfWeek.WEDNESDAY, "thursday", DayOfWeek.THURSDAY, "friday",
            DayOfWeek.FRIDAY, "saturday", DayOfWeek.SATURDAY, "sunday", DayOfWeek.SUNDAY);
    private static final Set<String> FUTURE = Set.of("will", "shall", "expected", "scheduled", "due", "plans",
            "planned", "upcoming", "to be held", "going");

    private static final String MONTH = "(?<m%s>january|february|march|april|may|june|july|august|september"
            + "|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)";
    private static final Pattern DATE = Pattern.compile("\\b(?:(?<d1>\\d{1,2})(?:st|nd|rd|th)?(?:\\s+of)?\\s+"
            + MONTH.formatted("1") + "\\.?(?:,?\\s+(?<y1>(?:19|20)\\d\\d))?|" + MONTH.formatted("2")
            + "\\.?\\s+(?<d2>\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(?<y2>(?:19|20)\\d\\d))?|(?<iy>(?:19|20)\\d\\d)-"
            + "(?<im>\\d\\d)-(?<id>\\d\\d))\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern RELATIVE = Pattern.compile("\\b(?:(?<mod>last|next|this|earlier\\s+this|later"
            + "\\s+this)\\s+(?<span>month|year)|(?<word>yesterday|today|tonight|tomorrow)|last\\s+(?<night>night)"
            + "|(?:(?<wmod>last|next|this|on|since|by|until)\\s+)?(?<weekday>monday|tuesday|wednesday|thursday"
            + "|friday|saturday|sunday)(?!\\s*\\()(?:\\s+(?:morning|afternoon|evening|night))?)\\b",
            Pattern.CASE_INSENSITIVE);

    private TimeExpressions() {
    }

    /** The dates {@code sentence} names, in text order; {@code published} may be null. */
    public static List<When> resolve(String sentence, LocalDate published) {
        List<When> out = new ArrayList<>();
        Matcher d = DATE.matcher(sentence);
        while (d.find()) {
            When w = explicit(d, published);
            if (w != null) {
                out.add(w);
            }
        }
        if (published != null) {
            Matcher r = RELATIVE.matcher(sentence);
            while (r.find()) {
                if (overlaps(out, r.start(), r.end())) {
                    continue;
                }
                When w = relative(r, published, future(sentence, r.start()));
                if (w != null) {
                    out.add(w);
                }
            }
        }
        out.sort(Comparator.comparingInt(When::start));
        return out;
    }

    private static When explicit(Matcher d, LocalDate published) {
        try {
            if (d.group("iy") != null) {
                LocalDate date = LocalDate.of(Integer.parseInt(d.group("iy")), Integer.parseInt(d.group("im")),
                        Integer.parseInt(d.group("id")));
                return new When(date, Unit.DAY, d.start(), d.end(), d.group());
            }
            String m = d.group("m1") != null ? d.group("m1") : d.group("m2");
            int day = Integer.parseInt(d.group("d1") != null ? d.group("d1") : d.group("d2"));
            String y = d.group("y1") != null ? d.group("y1") : d.group("y2");
            int month = month(m);
            if (m.equalsIgnoreCase("may") && !Character.isUpperCase(m.charAt(0))) {
                return null; // "may 5" is a verb before a number
            }
            LocalDate date;
            if (y != null) {
                date = LocalDate.of(Integer.parseInt(y), month, day);
            } else if (published != null) {
                date = LocalDate.of(published.getYear(), month, day);
                if (ChronoUnit.DAYS.between(published, date) > MAX_DAYS_AHEAD) {
                    date = date.minusYears(1);
                }
            } else {
                return null;
            }
            return new When(date, Unit.DAY, d.start(), d.end(), d.group());
        } catch (DateTimeException | NumberFormatException e) {
            return null; // "31 June", a digit run that is no date
        }
    }

    private static When relative(Matcher r, LocalDate published, boolean future) {
        String surface = r.group();
        if (r.group("span") != null) {
            String mod = r.group("mod").toLowerCase(Locale.ROOT);
            int shift = mod.equals("last") ? -1 : mod.equals("next") ? 1 : 0;
            if (r.group("span").equalsIgnoreCase("month")) {
                return new When(published.withDayOfMonth(1).plusMonths(shift), Unit.MONTH, r.start(), r.end(),
                        surface);
            }
            return new When(published.withDayOfYear(1).plusYears(shift), Unit.YEAR, r.start(), r.end(), surface);
        }
        if (r.group("word") != null) {
            int shift = switch (r.group("word").toLowerCase(Locale.ROOT)) {
                case "yesterday" -> -1;
                case "tomorrow" -> 1;
                default -> 0;
            };
            return new When(published.plusDays(shift), Unit.DAY, r.start(), r.end(), surface);
        }
        if (r.group("night") != null) {
            return new When(published.minusDays(1), Unit.DAY, r.start(), r.end(), surface);
        }
        DayOfWeek day = WEEKDAYS.get(r.group("weekday").toLowerCase(Locale.ROOT));
        String mod = r.group("wmod") == null ? "" : r.group("wmod").toLowerCase(Locale.ROOT);
        LocalDate date = switch (mod) {
            case "last" -> published.with(TemporalAdjusters.previous(day));
            case "next", "until", "by" -> published.with(TemporalAdjusters.nextOrSame(day));
            default -> future && !mod.equals("since") ? published.with(TemporalAdjusters.nextOrSame(day))
                    : published.with(TemporalAdjusters.previousOrSame(day));
        };
        return new When(date, Unit.DAY, r.start(), r.end(), surface);
    }

    /**
     * Whether the clause before {@code at} speaks of what is still to come ("will meet on Friday"); a speech verb
     * after the future word ("will continue, he said on Friday") puts the date back in the past.
     */
    private static boolean future(String sentence, int at) {
        String before = " " + sentence.substring(Math.max(0, at - 60), at).toLowerCase(Locale.ROOT) + " ";
        int last = -1;
        for (String f : FUTURE) {
            last = Math.max(last, before.lastIndexOf(" " + f + " "));
        }
        if (last < 0) {
            return false;
        }
        String rest = before.substring(last);
        return !rest.matches("(?s).*\\b(said|says|told|announced|added|stressed)\\b.*");
    }

    private static int month(String name) {
        String m = name.toLowerCase(Locale.ROOT).substring(0, 3);
        for (int i = 0; i < MONTHS.size(); i++) {
            if (MONTHS.get(i).startsWith(m)) {
                return i + 1;
            }
        }
        throw new NumberFormatException(name);
    }

    private static boolean overlaps(List<When> taken, int start, int end) {
        for (When w : taken) {
            if (start < w.end() && end > w.start()) {
                return true;
            }
        }
        return false;
    }
}
