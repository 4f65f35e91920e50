package dev.chorus.extract;
import dev.chorus.model.*;
import org.junit.jupiter.api.Test;
import java.nio.file.*;
class ProbeTest {
    @Test void probe() throws Exception {
        try (var s = Files.list(Path.of(System.getProperty("probe.dir", "/work/shared/corpus/seeds")))) {
            for (Path p : s.sorted().toList()) {
                Article a = new TextCleaner().clean("x", Files.readString(p), Metadata.EMPTY);
                System.out.println("==== " + p.getFileName() + " title=" + a.metadata().title() + " | desc=" + a.metadata().description() + " | pub=" + a.metadata().published() + " | authors=" + a.metadata().authors());
                System.out.println("  #P=" + a.paragraphs().size() + " #C=" + a.captions().size() + " #R=" + a.removed().size());
                if (Boolean.getBoolean("probe.full")) a.paragraphs().forEach(x -> System.out.println("  P " + x.substring(0, Math.min(90, x.length()))));
                a.captions().forEach(x -> System.out.println("  C " + x.substring(0, Math.min(90, x.length()))));
                a.removed().forEach(x -> System.out.println("  R " + x.substring(0, Math.min(90, x.length()))));
            }
        }
    }
}
