package dev.chorus.app;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Properties;

/**
 * The {@code chorus} command line. Commands only read options, call the core pipeline and print; exit
 * codes are 0 (all inputs used), 1 (some inputs rejected), 2 (usage error or nothing usable), 3 (internal
 * error).
 */
@Command(name = "chorus",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "Turns a pile of news articles from many outlets into stories: who reports what, "
                + "where the sources agree, where they contradict each other, and who copied whom.",
        subcommands = {DigestCommand.class, ClusterCommand.class, ExtractCommand.class, EvalCommand.class, ServeCommand.class,
                IngestCommand.class, WatchCommand.class, StoriesCommand.class, StoryCommand.class, SearchCommand.class,
                CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:every input was used",
                "1:some inputs were rejected (each named on stderr)",
                "2:usage error, or nothing usable in the input",
                "3:internal error"})
public final class Main implements java.util.concurrent.Callable<Integer> {

    public static final int OK = 0;
    public static final int PARTIAL = 1;
    public static final int UNUSABLE = 2;
    public static final int INTERNAL = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line with the given streams; returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof UserError user) {
                commandLine.getErr().println("chorus: " + user.getMessage());
                return UNUSABLE;
            }
            commandLine.getErr().println("chorus: internal error: " + e
                    + (System.getenv("CHORUS_DEBUG") == null ? " (set CHORUS_DEBUG=1 for details)" : ""));
            if (System.getenv("CHORUS_DEBUG") != null) {
                e.printStackTrace(commandLine.getErr());
            }
            return INTERNAL;
        });
        return cli.execute(args);
    }

    /** {@code chorus} without a command: the usage, on stderr, as for any other usage error. */
    @Override
    public Integer call() {
        spec.commandLine().getErr().println("chorus: name a command, e.g. 'chorus digest examples'");
        spec.commandLine().usage(spec.commandLine().getErr());
        return UNUSABLE;
    }

    /** A mistake of the user's (a path that cannot be written, say): one line, no stack trace. */
    static final class UserError extends RuntimeException {
        UserError(String message) {
            super(message);
        }
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            Properties properties = new Properties();
            try (InputStream in = Main.class.getResourceAsStream("version.properties")) {
                if (in != null) {
                    properties.load(in);
                }
            }
            return new String[] {"chorus " + properties.getProperty("version", "unknown"),
                    "Java " + Runtime.version() + " (" + System.getProperty("java.vendor") + ")"};
        }
    }
}
