package dev.chorus.app;

import dev.chorus.store.LuceneStoryStore;
import dev.chorus.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** {@code --data DIR}, shared by the commands that use the story store, and how they open it. */
final class StoreOptions {

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "chorus-data",
            description = "The store's directory (default: ${DEFAULT-VALUE}).")
    Path data;

    /** The store, to read; a missing or unreadable store is the user's error, in one line. */
    LuceneStoryStore openForReading() {
        try {
            return LuceneStoryStore.openForReading(data);
        } catch (StoreException e) {
            throw new Main.UserError(e.getMessage());
        }
    }

    /** The store, to ingest into; created if new; a store another process is writing is the user's error. */
    LuceneStoryStore openForWriting() {
        try {
            return LuceneStoryStore.openForWriting(data);
        } catch (StoreException e) {
            throw new Main.UserError(e.getMessage());
        }
    }

    /** Reads {@code YYYY-MM-DD} options, with a message naming the expected form. */
    static final class DateConverter implements CommandLine.ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            try {
                return LocalDate.parse(value.strip());
            } catch (DateTimeParseException e) {
                throw new CommandLine.TypeConversionException("'" + value + "' is not a date (expected YYYY-MM-DD)");
            }
        }
    }
}
