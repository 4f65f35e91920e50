package dev.chorus.read;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** What the two JSON readers share: the parser settings and turning one JSON value into sources. */
final class JsonRecords {

    private JsonRecords() {
    }

    /** A mapper whose strings are bounded by the record limit, so that one value cannot take more memory. */
    static ObjectMapper mapper(ReadLimits limits) {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxStringLength((int) Math.min(Integer.MAX_VALUE, limits.maxRecordBytes()))
                        .maxNestingDepth(200)
                        .build())
                .build();
        return new ObjectMapper(factory);
    }

    /**
     * One JSON value: a Multi-News style cluster of documents (several sources) or one news-please article.
     *
     * @param fallbackId id when the value has none; null for a hash of its content
     * @param raw        the value's text, for the rejected log
     */
    static void record(JsonNode node, String origin, String fallbackId, String raw, Sink sink) {
        if (ClusterRecord.matches(node)) {
            String clusterId = fallbackId != null ? fallbackId : NewsRecord.contentHash(node.toString());
            ClusterRecord.toSources(node, origin, clusterId).forEach(r -> emit(r, origin, raw, sink));
        } else {
            emit(NewsRecord.toSource(node, origin, fallbackId), origin, raw, sink);
        }
    }

    private static void emit(NewsRecord.Result result, String origin, String raw, Sink sink) {
        if (result.source() != null) {
            sink.source(result.source());
        } else {
            sink.rejected(origin, result.error(), raw);
        }
    }

    /** Jackson's message in one line, with the column. */
    static String reason(JsonProcessingException e) {
        String message = e.getOriginalMessage();
        int cut = message.indexOf('\n');
        if (cut > 0) {
            message = message.substring(0, cut);
        }
        JsonLocation at = e.getLocation();
        return at == null ? message : message + " (column " + at.getColumnNr() + ")";
    }
}
