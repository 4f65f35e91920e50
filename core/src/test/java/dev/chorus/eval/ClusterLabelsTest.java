package dev.chorus.eval;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClusterLabelsTest {

    @TempDir
    Path tmp;

    @Test
    void jsonLinesInAnyOfTheLabelFields() throws IOException {
        Path file = tmp.resolve("stream.jsonl");
        Files.writeString(file, """
                {"id": "a1", "text": "Ferry strike.", "cluster": "c7"}
                {"id": "a2", "text": "Bridge shut.", "story_id": 12}
                {"id": "a3", "text": "No label here."}
                {"id": "a4", "text": "Dam opened.", "event": "dam"}
                """);
        assertEquals(Map.of("a1", "c7", "a2", "12", "a4", "dam"), ClusterLabels.read(file));
    }

    @Test
    void aGzippedJsonArray() throws IOException {
        Path file = tmp.resolve("stream.json.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write("""
                    [{"id": "x", "text": "One.", "label": "L1"}, {"id": "y", "text": "Two.", "label": "L2"}]
                    """.getBytes(StandardCharsets.UTF_8));
        }
        assertEquals(Map.of("x", "L1", "y", "L2"), ClusterLabels.read(file));
    }

    @Test
    void multiNewsClustersNeedNoLabels() throws IOException {
        Path file = tmp.resolve("clusters.jsonl");
        Files.writeString(file, "{\"id\": \"c1\", \"label\": \"x\", \"documents\": [\"Some text.\"]}\n");
        assertTrue(ClusterLabels.read(file).isEmpty());
    }

    @Test
    void aLabelWithoutAnIdIsRefusedWithTheRecordNumber() throws IOException {
        Path file = tmp.resolve("stream.jsonl");
        Files.writeString(file, "{\"id\": \"a1\", \"text\": \"A.\", \"cluster\": \"c\"}\n{\"text\": \"B.\", \"cluster\": \"c\"}\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ClusterLabels.read(file));
        assertTrue(e.getMessage().contains("record 2"), e.getMessage());
    }

    @Test
    void labelsBeforeABrokenRecordAreKept() throws IOException {
        Path file = tmp.resolve("stream.jsonl");
        Files.writeString(file, "{\"id\": \"a1\", \"text\": \"A.\", \"cluster\": \"c\"}\n{\"id\": \"a2\", \"text\n");
        assertEquals(Map.of("a1", "c"), ClusterLabels.read(file));
    }
}
