package dev.chorus.read;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chorus.model.Source;

import java.util.ArrayList;
import java.util.List;

/**
 * Maps one Multi-News style cluster ({@code {"id", "summary", "documents": [text, ...]}}) to one source per
 * document, with id {@code <cluster id>/<index>} (index from 0, counting every document so that an id always
 * names the same position in the file). A document that is a string is plain text scraped from a page, so it
 * goes to the text cleaner like a {@code .txt} file; a document that is an object is an article with the
 * fields of a news-please record ({@link NewsRecord}: title, text, publication date, outlet...), so labelled
 * clusters of dated articles can be given in the same layout. The cluster's {@code summary} is not an article
 * and is not read.
 * A document's origin is {@code path:line[index]}, so that a later problem with one document names it.
 *
 * <p>Recognised by content rather than by file name: a JSON object with a {@code documents} array, which no
 * news-please article has. That way the same file works as {@code .jsonl}, {@code .jsonl.gz} or {@code .json}.
 */
final class ClusterRecord {

    private ClusterRecord() {
    }

    /** True when {@code node} is a cluster of documents rather than one article. */
    static boolean matches(JsonNode node) {
        return node.isObject() && node.has("documents");
    }

    /**
     * One result per document of {@code node}: a source, or why that document cannot be one.
     *
     * @param fallbackId cluster id to use when the record has none
     */
    static List<NewsRecord.Result> toSources(JsonNode node, String origin, String fallbackId) {
        JsonNode documents = node.get("documents");
        if (!documents.isArray()) {
            return List.of(NewsRecord.Result.error("\"documents\" is not an array of texts"));
        }
        JsonNode idNode = node.get("id");
        String id = idNode != null && idNode.isValueNode() && !idNode.asText().isBlank()
                ? idNode.asText().strip() : fallbackId;
        if (documents.isEmpty()) {
            return List.of(NewsRecord.Result.error("cluster " + id + " has no documents"));
        }
        List<NewsRecord.Result> out = new ArrayList<>(documents.size());
        for (int i = 0; i < documents.size(); i++) {
            JsonNode document = documents.get(i);
            String docId = id + "/" + i;
            if (document.isObject()) {
                NewsRecord.Result article = NewsRecord.toSource(document, origin + "[" + i + "]", docId);
                out.add(article.source() == null
                        ? NewsRecord.Result.error("document " + docId + ": " + article.error())
                        : new NewsRecord.Result(withId(article.source(), docId), null));
            } else if (!document.isTextual()) {
                out.add(NewsRecord.Result.error("document " + docId + " is neither a text nor an article object"));
            } else if (document.asText().isBlank()) {
                out.add(NewsRecord.Result.error("document " + docId + " is empty"));
            } else {
                Source source = new Source(docId, origin + "[" + i + "]", Source.Kind.TEXT, document.asText(), null);
                out.add(new NewsRecord.Result(source, null));
            }
        }
        return out;
    }

    /** The position names a document of a cluster, whatever id its own record carries. */
    private static Source withId(Source source, String id) {
        return new Source(id, source.origin(), source.kind(), source.body(), source.metadata());
    }
}
