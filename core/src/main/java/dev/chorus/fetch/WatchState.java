package dev.chorus.fetch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * What a watcher remembers between polls and between runs: each feed's validators (for conditional requests)
 * and the article links already taken in. Saved as one small JSON file replaced atomically, so a crash leaves
 * either the old state or the new one; a link is remembered only after its article was handed on, so a crash
 * can make a link be fetched again (the store ignores an article it already has) but never lose one.
 */
public final class WatchState {

    /** Links remembered; the oldest are forgotten first, since feeds list only their recent entries. */
    static final int MAX_LINKS = 100_000;

    private final Path file;
    private final Map<String, PoliteFetcher.Validators> validators = new HashMap<>();
    private final Set<String> seen = new HashSet<>();
    private final Deque<String> seenOrder = new ArrayDeque<>();
    private final ObjectMapper json = new ObjectMapper();

    private WatchState(Path file) {
        this.file = file;
    }

    /**
     * The state saved in {@code file}, or an empty one when there is no such file.
     *
     * @throws IOException when the file exists but cannot be read or is not a state file
     */
    public static WatchState load(Path file) throws IOException {
        WatchState state = new WatchState(file);
        if (!Files.exists(file)) {
            return state;
        }
        JsonNode root;
        try {
            root = state.json.readTree(file.toFile());
        } catch (IOException e) {
            throw new IOException(file + ": not a watch state file (" + e.getMessage().lines().findFirst().orElse("") + ")");
        }
        if (root == null || !root.isObject()) {
            throw new IOException(file + ": not a watch state file");
        }
        root.path("feeds").properties().forEach(entry -> state.validators.put(entry.getKey(),
                new PoliteFetcher.Validators(textOrNull(entry.getValue().get("etag")),
                        textOrNull(entry.getValue().get("lastModified")))));
        root.path("seen").forEach(link -> state.remember(link.asText()));
        return state;
    }

    public PoliteFetcher.Validators validators(String feed) {
        return validators.getOrDefault(feed, PoliteFetcher.Validators.NONE);
    }

    public void setValidators(String feed, PoliteFetcher.Validators newValidators) {
        validators.put(feed, newValidators);
    }

    public boolean seen(String link) {
        return seen.contains(link);
    }

    public void remember(String link) {
        if (seen.add(link)) {
            seenOrder.addLast(link);
            while (seenOrder.size() > MAX_LINKS) {
                seen.remove(seenOrder.removeFirst());
            }
        }
    }

    /** Writes the state durably: a temporary file is written, forced to disk, then moved over the old one. */
    public void save() throws IOException {
        ObjectNode root = json.createObjectNode();
        ObjectNode feeds = root.putObject("feeds");
        validators.forEach((feed, v) -> {
            ObjectNode node = feeds.putObject(feed);
            node.put("etag", v.etag());
            node.put("lastModified", v.lastModified());
        });
        ArrayNode links = root.putArray("seen");
        seenOrder.forEach(links::add);
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        try (OutputStream out = Files.newOutputStream(temp)) {
            json.writeValue(out, root);
        }
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
        try {
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static String textOrNull(JsonNode node) {
        return node == null || node.isNull() ? null : node.asText();
    }
}
