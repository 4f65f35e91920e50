package dev.chorus.extract;

import dev.chorus.model.Article;
import dev.chorus.model.Metadata;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Runs the cleaner over the real scraped seed articles in {@code ../shared/corpus/seeds} (relative to the repository
 * root) when that directory exists, and checks general properties only: no outlet- or file-specific sentences.
 */
class TextCleanerSeedsTest {

    private static final Pattern NUMBERED_ITEM = Pattern.compile("^\\(?\\d{1,3}[.)]\\s.*");
    /** Credit tokens that show a line is an image caption. */
    private static final Pattern CREDIT = Pattern.compile("via (?:REUTERS|AFP)|\\(Photo:|\\[[^\\]]{0,80} via [^\\]]{1,40}\\]|Handout");

    static Path seedsDir() {
        // surefire runs with the module directory (core/) as working directory; the repository root is its parent
        Path cwd = Path.of("").toAbsolutePath();
        Path root = Files.exists(cwd.resolve("mvnw")) ? cwd : cwd.getParent();
        return root == null || root.getParent() == null ? cwd.resolve("missing")
                : root.getParent().resolve("shared/corpus/seeds");
    }

    @TestFactory
    Stream<DynamicTest> seedArticlesCleanUp() throws IOException {
        Path dir = seedsDir();
        assumeTrue(Files.isDirectory(dir), "seed corpus not found at " + dir + "; skipping");
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        assumeTrue(!files.isEmpty(), "no seed files in " + dir);
        TextCleaner cleaner = new TextCleaner();
        return files.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
            String raw = Files.readString(p);
            Article a = cleaner.clean(p.getFileName().toString(), raw, Metadata.EMPTY);
            String name = p.getFileName().toString();

            String title = a.metadata().title();
            if (title != null) {
                assertTrue(title.split("\\s+").length <= 25 && !title.endsWith("."), name + ": not a headline: " + title);
            } else {
                assertTrue(TextCleaner.isProse(raw.strip().lines().findFirst().orElse("")), name + ": no title, yet the first line is not prose");
            }
            assertTrue(a.paragraphs().size() >= 5, name + ": too few paragraphs " + a.paragraphs().size());
            Set<String> kept = new HashSet<>(a.paragraphs());
            for (String para : a.paragraphs()) {
                assertFalse(para.isBlank(), name + ": blank paragraph");
                assertFalse(para.contains("[ad_"), name + ": ad marker kept: " + para);
                assertFalse(NUMBERED_ITEM.matcher(para).matches(), name + ": numbered list item kept: " + para);
                assertFalse(para.equals(a.metadata().title()), name + ": title repeated in body");
                assertFalse(CREDIT.matcher(para).find(), name + ": caption kept as body: " + para);
            }
            // boilerplate is not also kept; the only exception is a line the input repeats (the copy is removed)
            String normRaw = TextCleaner.normalise(raw);
            for (String r : a.removed()) {
                if (kept.contains(r)) {
                    int first = normRaw.indexOf(r);
                    assertTrue(first >= 0 && normRaw.indexOf(r, first + r.length()) > 0,
                            name + ": removed line also kept: " + r);
                }
            }
            // a line with an image credit shows up as a caption
            boolean hasCredit = raw.lines().anyMatch(l -> CREDIT.matcher(l).find());
            if (hasCredit) {
                assertFalse(a.captions().isEmpty(), name + ": credit line present but no caption found");
            }
            // the body ends with a sentence, not with site chrome
            String last = a.paragraphs().get(a.paragraphs().size() - 1);
            assertTrue(TextCleaner.isProse(last), name + ": last paragraph is not prose: " + last);
            // nothing is lost: every non-blank input line ends up somewhere
            String all = String.join("\n", a.paragraphs()) + "\n" + String.join("\n", a.captions()) + "\n"
                    + String.join("\n", a.removed()) + "\n" + Objects.toString(title, "");
            String flat = all.replaceAll("\\s+", " ");
            List<String> pieces = Stream.of(a.paragraphs(), a.captions(), a.removed(), Stream.ofNullable(title).toList())
                    .flatMap(List::stream).toList();
            raw.lines().map(l -> TextCleaner.normalise(l).strip().replaceFirst("^(?:[\u2013\u2022-]|\\d{1,3}\\.)\\s+", ""))
                    .filter(l -> !l.isEmpty())
                    .forEach(l -> {
                        String rest = l;
                        if (!flat.contains(l)) {
                            for (String piece : pieces) {
                                rest = rest.replace(piece, "");
                            }
                        }
                        assertTrue(flat.contains(l) || rest.isBlank(), name + ": lost line: " + l);
                    });
        }));
    }

    @TestFactory
    Stream<DynamicTest> publishedComesOnlyFromLabelledDates() throws IOException {
        Path dir = seedsDir();
        assumeTrue(Files.isDirectory(dir), "seed corpus not found at " + dir + "; skipping");
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        TextCleaner cleaner = new TextCleaner();
        Pattern labelled = Pattern.compile("(?im)^\\s*(?:date|published|posted)\\b.{0,20}\\d{4}");
        return files.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
            String raw = Files.readString(p);
            Article a = cleaner.clean(p.getFileName().toString(), raw, Metadata.EMPTY);
            if (!labelled.matcher(raw).find()) {
                assertTrue(a.metadata().published() == null,
                        p.getFileName() + ": published set without a labelled date: " + a.metadata().published());
            } else {
                assertNotNull(a.metadata().published(), p.getFileName() + ": labelled date not used");
            }
        }));
    }
}
