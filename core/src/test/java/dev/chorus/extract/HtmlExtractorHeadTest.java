package dev.chorus.extract;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

class HtmlExtractorHeadTest {

    @Test
    void headIsTheStartOfTheFullJoin() {
        Random random = new Random(7);
        for (int round = 0; round < 2000; round++) {
            List<String> paragraphs = new ArrayList<>();
            int n = random.nextInt(6);
            for (int i = 0; i < n; i++) {
                paragraphs.add("x".repeat(random.nextInt(4) == 0 ? 0 : random.nextInt(40)));
            }
            int limit = random.nextInt(60);
            String full = String.join(" ", paragraphs);
            String head = HtmlExtractor.head(paragraphs, limit);
            assertEquals(full.substring(0, Math.min(limit, full.length())),
                    head.substring(0, Math.min(limit, head.length())), paragraphs + " limit " + limit);
            assertEquals(true, full.startsWith(head) && head.length() >= Math.min(limit, full.length()),
                    paragraphs + " limit " + limit);
        }
    }
}
