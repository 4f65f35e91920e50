package dev.chorus.compare;

import dev.chorus.model.AnalysedArticle;
import dev.chorus.model.Article;
import dev.chorus.model.Metadata;
import dev.chorus.sentence.SentenceSplitter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/** Loads the shared seed corpus (outside the repository) as analysed articles, one per file. */
final class SeedCorpus {

    private SeedCorpus() {
    }

    /** The seed directory, looked up from the working directory and its parents, or null. */
    static Path find() {
        Path dir = Path.of("").toAbsolutePath();
        for (int i = 0; i < 4 && dir != null; i++) {
            Path candidate = dir.resolve("../shared/corpus/seeds").normalize();
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
            dir = dir.getParent();
        }
        return null;
    }

    static List<AnalysedArticle> load(Path dir) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        SentenceSplitter splitter = new SentenceSplitter();
        List<AnalysedArticle> out = new ArrayList<>();
        for (Path f : files) {
            String text = Files.readString(f, StandardCharsets.UTF_8);
            List<String> paragraphs = Arrays.stream(text.split("\\n\\s*\\n"))
                    .map(String::strip).filter(p -> !p.isEmpty()).toList();
            String id = f.getFileName().toString().replace(".txt", "");
            out.add(splitter.analyse(new Article(id, Metadata.EMPTY, paragraphs, List.of(), List.of())));
        }
        return out;
    }
}
