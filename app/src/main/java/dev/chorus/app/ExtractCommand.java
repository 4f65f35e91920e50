package dev.chorus.app;

import dev.chorus.app.render.ArticleJson;
import dev.chorus.extract.ArticleExtractor;
import dev.chorus.model.Article;
import dev.chorus.model.Problem;
import dev.chorus.read.SourceReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code chorus extract}: the clean text and metadata of each article, in input order. */
@Command(name = "extract",
        mixinStandardHelpOptions = true,
        description = "Extracts each article's clean body text and metadata (title, authors, date, outlet, "
                + "language, URL), with captions and removed boilerplate listed separately.")
final class ExtractCommand implements Callable<Integer> {

    /** Output formats of {@code chorus extract}. */
    enum Format { jsonl, text }

    @Spec
    CommandSpec spec;

    @Mixin
    InputOutput io;

    @Option(names = "--format", defaultValue = "jsonl", paramLabel = "FORMAT",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;


    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        ArticleExtractor extractor = new ArticleExtractor();
        List<Problem> problems = new ArrayList<>();
        int[] used = {0};
        long[] empty = {0};
        SourceReader.Summary[] read = new SourceReader.Summary[1];
        try (Progress progress = Progress.of(io, err)) {
            Output.write(io.out, spec.commandLine().getOut(), writer -> read[0] = progress.reader(io).read(io.paths, source -> {
                Article article = extractor.extract(source);
                if (article.paragraphs().isEmpty()) {
                    Problem problem = Problem.rejected(source.origin(), "no article text found");
                    problems.add(problem);
                    Problems.print(err, problem);
                    progress.rejected(problem, source.body());
                    empty[0]++;
                    return;
                }
                used[0]++;
                progress.article();
                try {
                    if (format == Format.jsonl) {
                        writer.write(ArticleJson.line(article));
                        writer.write('\n');
                    } else {
                        writer.write("# " + (article.metadata().title() == null ? article.id() : article.metadata().title()));
                        writer.write("\n\n" + article.text() + "\n\n");
                    }
                    writer.flush();
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }, problem -> {
                problems.add(problem);
                Problems.print(err, problem);
            }));
            progress.finish(read[0], used[0], -1, read[0].rejected() + empty[0]);
        }
        return Problems.exitCode(problems, used[0]);
    }
}
