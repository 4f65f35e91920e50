package dev.chorus.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chorus.model.AnalysedArticle;
import dev.chorus.model.Article;
import dev.chorus.model.Metadata;
import dev.chorus.sentence.SentenceSplitter;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Loads Multi-News clusters ({@code {"id", "summary", "documents": [text, ...]}} a line, gzipped) as analysed
 * articles, remembering which cluster each came from: the ground truth for story clustering.
 */
final class MultiNews {

    final List<AnalysedArticle> articles = new ArrayList<>();
    final Map<String, Integer> gold = new HashMap<>();

    static MultiNews load(Path file, int maxClusters) throws IOException {
        MultiNews corpus = new MultiNews();
        ObjectMapper json = new ObjectMapper();
        SentenceSplitter splitter = new SentenceSplitter();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(file), 1 << 16), StandardCharsets.UTF_8))) {
            String line;
            int cluster = 0;
            while ((line = lines.readLine()) != null && cluster < maxClusters) {
                JsonNode node = json.readTree(line);
                int d = 0;
                for (JsonNode doc : node.get("documents")) {
                    String id = cluster + "_" + d++;
                    List<String> paragraphs = Arrays.stream(doc.asText().split("\n+"))
                            .map(String::strip).filter(s -> !s.isEmpty()).toList();
                    if (paragraphs.isEmpty()) {
                        continue;
                    }
                    corpus.gold.put(id, cluster);
                    corpus.articles.add(splitter.analyse(new Article(id, Metadata.EMPTY, paragraphs, List.of(), List.of())));
                }
                cluster++;
            }
        }
        return corpus;
    }
}
