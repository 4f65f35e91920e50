package dev.chorus.eval;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads a file of article pairs with a human similarity judgement, in the CSV layout of SemEval-2022 Task 8
 * ("Multilingual news article similarity"): a header row, then one pair a row. The columns used are
 * {@code pair_id, lang1, lang2, text1, text2, Overall}; any others are ignored, in any order. Fields may be
 * quoted and hold newlines and doubled quotes (RFC 4180).
 */
public final class SimilarityPairs {

    /** The columns a file must have. */
    public static final List<String> COLUMNS = List.of("pair_id", "lang1", "lang2", "text1", "text2", "Overall");

    private SimilarityPairs() {
    }

    /**
     * One judged pair.
     *
     * @param id      the pair id
     * @param lang1   language of {@code text1} (as the file gives it)
     * @param lang2   language of {@code text2}
     * @param text1   the first article: title and body as plain text
     * @param text2   the second article
     * @param overall the human judgement, 1 (same story) .. 4 (very different)
     */
    public record Pair(String id, String lang1, String lang2, String text1, String text2, double overall) {

        /** The language pair as {@code lang1-lang2}, e.g. {@code de-en}. */
        public String languages() {
            return lang1 + "-" + lang2;
        }
    }

    /** Thrown for a file that cannot be used; the message names the file and the reason, on one line. */
    public static final class BadFileException extends IOException {
        public BadFileException(String message) {
            super(message);
        }
    }

    /** Every pair of {@code file}, in file order. */
    public static List<Pair> read(Path file) throws IOException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new BadFileException(file + ": no such file");
        } catch (java.nio.charset.MalformedInputException e) {
            throw new BadFileException(file + ": not UTF-8 text");
        }
        if (text.isBlank()) {
            throw new BadFileException(file + ": empty file");
        }
        return read(new java.io.StringReader(text), file.toString());
    }

    /** Every pair of the CSV text in {@code reader}; {@code name} is used in messages. */
    public static List<Pair> read(Reader reader, String name) throws IOException {
        CsvMapper mapper = new CsvMapper();
        mapper.enable(CsvParser.Feature.WRAP_AS_ARRAY);
        CsvSchema schema = CsvSchema.emptySchema().withHeader();
        List<Pair> pairs = new ArrayList<>();
        try (MappingIterator<Map<String, String>> rows =
                     mapper.readerForMapOf(String.class).with(schema).readValues(reader)) {
            boolean checked = false;
            while (rows.hasNextValue()) {
                Map<String, String> row = rows.nextValue();
                long line = rows.getCurrentLocation().getLineNr();
                if (!checked) {
                    List<String> missing = COLUMNS.stream().filter(c -> !row.containsKey(c)).toList();
                    if (!missing.isEmpty()) {
                        throw new BadFileException(name + ": missing column(s) " + String.join(", ", missing)
                                + " (needs " + String.join(", ", COLUMNS) + ")");
                    }
                    checked = true;
                }
                pairs.add(new Pair(row.get("pair_id"), row.get("lang1"), row.get("lang2"),
                        row.get("text1"), row.get("text2"), overall(row.get("Overall"), name, line)));
            }
        } catch (RuntimeException e) {
            // Jackson reports malformed CSV as unchecked exceptions wrapping its parse errors
            throw new BadFileException(name + ": not readable as CSV (" + oneLine(e) + ")");
        } catch (BadFileException e) {
            throw e;
        } catch (IOException e) {
            throw new BadFileException(name + ": not readable as CSV (" + oneLine(e) + ")");
        }
        if (pairs.isEmpty()) {
            throw new BadFileException(name + ": no pairs (needs a header row and columns "
                    + String.join(", ", COLUMNS) + ")");
        }
        return pairs;
    }

    private static double overall(String value, String name, long line) throws BadFileException {
        try {
            return Double.parseDouble(value.strip());
        } catch (NumberFormatException | NullPointerException e) {
            throw new BadFileException(name + ":" + line + ": Overall is not a number: '" + value + "'");
        }
    }

    private static String oneLine(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int cut = message.indexOf('\n');
        return cut < 0 ? message : message.substring(0, cut);
    }
}
