package dev.chorus.extract;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The schema.org objects of a page's {@code <script type="application/ld+json">} blocks, flattened
 * ({@code @graph} and arrays unpacked), with the main article object picked out.
 */
final class JsonLd {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_TRAILING_COMMA,
                    JsonReadFeature.ALLOW_SINGLE_QUOTES, JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .build();
    static {
        MAPPER.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(200).build());
        MAPPER.getFactory().disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
    }

    private static final Set<String> ARTICLE_TYPES = Set.of("article", "newsarticle", "reportagenewsarticle",
            "analysisnewsarticle", "opinionnewsarticle", "backgroundnewsarticle", "reviewnewsarticle",
            "blogposting", "liveblogposting", "socialmediaposting", "scholarlyarticle", "techarticle", "report",
            "webpage", "creativework");

    private final List<JsonNode> objects;
    private final JsonNode article;

    private JsonLd(List<JsonNode> objects, JsonNode article) {
        this.objects = objects;
        this.article = article;
    }

    static JsonLd of(Document doc) {
        List<JsonNode> objects = new ArrayList<>();
        for (Element script : doc.select("script[type~=(?i)application/ld\\+json]")) {
            String json = script.data().trim();
            if (json.isEmpty() || json.length() > 2_000_000) {
                continue;
            }
            try {
                flatten(MAPPER.readTree(json), objects);
            } catch (Exception malformed) {
                // Broken JSON-LD is common; the page is still worth extracting without it.
            }
        }
        return new JsonLd(objects, pickArticle(objects));
    }

    /** The article-like object (NewsArticle and kin, before WebPage), or a missing node. */
    JsonNode article() {
        return article;
    }

    List<JsonNode> objects() {
        return objects;
    }

    /** First non-blank text of {@code field} on the article object. */
    String articleText(String field) {
        return text(article.path(field));
    }

    /** First non-blank text of {@code field} on any object, the article first. */
    String anyText(String field) {
        String s = articleText(field);
        if (s != null) {
            return s;
        }
        for (JsonNode o : objects) {
            s = text(o.path(field));
            if (s != null) {
                return s;
            }
        }
        return null;
    }

    /** A string, the first string of an array, or the {@code name}/{@code url}/{@code @id} of an object. */
    static String text(JsonNode node) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            return null;
        }
        if (node.isArray()) {
            for (JsonNode n : node) {
                String s = text(n);
                if (s != null) {
                    return s;
                }
            }
            return null;
        }
        if (node.isObject()) {
            for (String key : List.of("name", "url", "@value", "@id")) {
                String s = text(node.get(key));
                if (s != null) {
                    return s;
                }
            }
            return null;
        }
        String s = node.asText().trim();
        return s.isEmpty() ? null : s;
    }

    private static void flatten(JsonNode node, List<JsonNode> out) {
        Deque<JsonNode> todo = new ArrayDeque<>();
        todo.add(node);
        while (!todo.isEmpty() && out.size() < 200) {
            JsonNode n = todo.poll();
            if (n.isArray()) {
                n.forEach(todo::add);
            } else if (n.isObject()) {
                out.add(n);
                if (n.has("@graph")) {
                    todo.add(n.get("@graph"));
                }
                JsonNode main = n.get("mainEntity");
                if (main != null && main.isObject()) {
                    todo.add(main);
                }
            }
        }
    }

    private static JsonNode pickArticle(List<JsonNode> objects) {
        JsonNode best = null;
        int bestRank = Integer.MAX_VALUE;
        for (JsonNode o : objects) {
            int rank = rank(o.path("@type"));
            if (rank != Integer.MAX_VALUE && o.hasNonNull("articleBody")) {
                rank = 0;
            }
            if (rank < bestRank) {
                best = o;
                bestRank = rank;
            }
        }
        return best == null ? com.fasterxml.jackson.databind.node.MissingNode.getInstance() : best;
    }

    /** 0 for objects with an article body, 1 for news/blog articles, 2 for pages, MAX for anything else. */
    private static int rank(JsonNode type) {
        List<String> types = new ArrayList<>();
        if (type.isArray()) {
            type.forEach(t -> types.add(t.asText()));
        } else {
            types.add(type.asText());
        }
        int rank = Integer.MAX_VALUE;
        for (String t : types) {
            String k = t.toLowerCase(Locale.ROOT);
            if (ARTICLE_TYPES.contains(k) || k.endsWith("article")) {
                rank = Math.min(rank, k.equals("webpage") || k.equals("creativework") ? 2 : 1);
            }
        }
        return rank;
    }
}
