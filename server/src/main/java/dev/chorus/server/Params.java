package dev.chorus.server;

import io.helidon.common.parameters.Parameters;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Reads query parameters, refusing bad values with a 400 that names the parameter and the value. */
final class Params {

    /** The most results one page may ask for. */
    static final int MAX_LIMIT = 100;
    /** The furthest into a result list a page may start: deep paging is not what a reader does. */
    static final int MAX_OFFSET = 10_000;
    /** Longest accepted value of one parameter, in characters. */
    static final int MAX_VALUE_CHARS = 500;

    private final Parameters query;

    Params(Parameters query) {
        this.query = query;
    }

    /** The trimmed value, or null when absent or blank. */
    String text(String name) {
        if (!query.contains(name)) {
            return null;
        }
        String value = query.first(name).orElse("").strip();
        if (value.length() > MAX_VALUE_CHARS) {
            throw ApiError.badRequest(name + " is longer than " + MAX_VALUE_CHARS + " characters");
        }
        return value.isEmpty() ? null : value;
    }

    int integer(String name, int defaultValue, int min, int max) {
        String value = text(name);
        if (value == null) {
            return defaultValue;
        }
        try {
            int n = Integer.parseInt(value);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // fall through to the one message for every bad value
        }
        throw ApiError.badRequest(name + " must be a whole number from " + min + " to " + max + ", not '"
                + shorten(value) + "'");
    }

    int limit(int defaultValue) {
        return integer("limit", defaultValue, 1, MAX_LIMIT);
    }

    int offset() {
        return integer("offset", 0, 0, MAX_OFFSET);
    }

    LocalDate date(String name) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw ApiError.badRequest(name + " must be a date as YYYY-MM-DD, not '" + shorten(value) + "'");
        }
    }

    /** One of {@code allowed} (case-insensitive), or the first of them when absent. */
    String choice(String name, String... allowed) {
        String value = text(name);
        if (value == null) {
            return allowed[0];
        }
        for (String a : allowed) {
            if (a.equalsIgnoreCase(value)) {
                return a;
            }
        }
        throw ApiError.badRequest(name + " must be one of " + String.join(", ", allowed) + ", not '"
                + shorten(value) + "'");
    }

    /** A value as a message may quote it: short, one line. */
    static String shorten(String value) {
        String line = value.replaceAll("\\s+", " ");
        return line.length() <= 40 ? line : line.substring(0, 40) + "...";
    }
}
