package dev.chorus.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * Two helpers for {@code bench/digest-multinews.sh}, so that the whole {@code chorus digest} command can be
 * measured on Multi-News as a user would run it:
 * <ul>
 *   <li>{@code MultiNewsArticles split IN.jsonl.gz OUT.jsonl [CLUSTERS]}: one news-please style record per
 *       source document, with id {@code c<cluster>-<n>} so that the true story of every article is in its id;</li>
 *   <li>{@code MultiNewsArticles score DIGEST.json}: B-cubed precision/recall/F1 of the digest's stories
 *       against those true stories;</li>
 *   <li>{@code MultiNewsArticles prefix IN.jsonl.gz OUT.jsonl.gz TEXTS}: the first clusters of IN, whole, until
 *       they hold at least TEXTS documents (for {@code bench/cluster-scale.sh}).</li>
 * </ul>
 */
public final class MultiNewsArticles {

    public static void main(String[] args) throws IOException {
        switch (args[0]) {
            case "split" -> split(Path.of(args[1]), Path.of(args[2]), args.length > 3 ? Integer.parseInt(args[3]) : Integer.MAX_VALUE);
            case "score" -> score(Path.of(args[1]));
            case "prefix" -> prefix(Path.of(args[1]), Path.of(args[2]), Integer.parseInt(args[3]));
            default -> throw new IllegalArgumentException("split or score, not " + args[0]);
        }
    }

    private static void split(Path in, Path out, int maxClusters) throws IOException {
        ObjectMapper json = new ObjectMapper();
        int articles = 0;
        int cluster = 0;
        try (BufferedReader lines = gzipLines(in);
             Writer writer = Files.newBufferedWriter(out);
             JsonGenerator gen = new JsonFactory().createGenerator(writer)) {
            gen.setRootValueSeparator(new com.fasterxml.jackson.core.io.SerializedString("\n"));
            String line;
            while ((line = lines.readLine()) != null && cluster < maxClusters) {
                int n = 0;
                for (JsonNode doc : json.readTree(line).get("documents")) {
                    if (doc.asText().isBlank()) {
                        continue;
                    }
                    gen.writeStartObject();
                    gen.writeStringField("id", "c" + cluster + "-" + n++);
                    gen.writeStringField("maintext", doc.asText());
                    gen.writeStringField("language", "en");
                    gen.writeEndObject();
                    articles++;
                }
                cluster++;
            }
            gen.writeRaw('\n');
        }
        System.err.printf("wrote %d articles of %d stories to %s%n", articles, cluster, out);
    }

    private static void prefix(Path in, Path out, int texts) throws IOException {
        ObjectMapper json = new ObjectMapper();
        int documents = 0;
        int clusters = 0;
        try (BufferedReader lines = gzipLines(in);
             Writer writer = new java.io.OutputStreamWriter(
                     new java.util.zip.GZIPOutputStream(Files.newOutputStream(out), 1 << 16), StandardCharsets.UTF_8)) {
            String line;
            while (documents < texts && (line = lines.readLine()) != null) {
                documents += json.readTree(line).get("documents").size();
                clusters++;
                writer.write(line);
                writer.write('\n');
            }
        }
        System.err.printf("wrote %d clusters, %d documents to %s%n", clusters, documents, out);
    }

    private static BufferedReader gzipLines(Path file) throws IOException {
        return new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(file), 1 << 16), StandardCharsets.UTF_8));
    }

    private static void score(Path digest) throws IOException {
        JsonNode stories = new ObjectMapper().readTree(digest.toFile()).get("stories");
        Map<String, Integer> goldSizes = new HashMap<>();
        Set<String> seen = new HashSet<>();
        stories.forEach(s -> s.get("articles").forEach(a -> {
            String id = a.get("id").asText();
            seen.add(id);
            goldSizes.merge(gold(id), 1, Integer::sum);
        }));
        double precision = 0;
        double recall = 0;
        for (JsonNode story : stories) {
            Map<String, Integer> byGold = new HashMap<>();
            story.get("articles").forEach(a -> byGold.merge(gold(a.get("id").asText()), 1, Integer::sum));
            int size = story.get("articles").size();
            for (JsonNode a : story.get("articles")) {
                int both = byGold.get(gold(a.get("id").asText()));
                precision += (double) both / size;
                recall += (double) both / goldSizes.get(gold(a.get("id").asText()));
            }
        }
        int n = seen.size();
        precision /= n;
        recall /= n;
        System.out.printf("stories=%d articles=%d B-cubed P=%.3f R=%.3f F1=%.3f%n", stories.size(), n, precision,
                recall, 2 * precision * recall / (precision + recall));
    }

    private static String gold(String id) {
        return id.substring(0, id.indexOf('-'));
    }
}
