package dev.chorus.fetch;

import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Keeps a minimum pause between two requests to the same host, so a watcher never hammers a site however many
 * of its links a feed lists. Hosts are independent: a slow site does not hold back the others' turns.
 */
final class HostPacer {

    /** Where time comes from; tests pass a fake one so that no test sleeps. */
    interface Clock {
        long nanoTime();

        void sleep(Duration duration) throws InterruptedException;

        Clock SYSTEM = new Clock() {
            @Override
            public long nanoTime() {
                return System.nanoTime();
            }

            @Override
            public void sleep(Duration duration) throws InterruptedException {
                Thread.sleep(duration);
            }
        };
    }

    private final Clock clock;
    private final Map<String, Long> nextTurn = new HashMap<>();

    HostPacer(Clock clock) {
        this.clock = clock;
    }

    /**
     * Waits until a request to {@code host} is allowed, then books the next turn {@code pause} later.
     *
     * @throws InterruptedException when the wait is interrupted (the watcher is stopping)
     */
    void awaitTurn(String host, Duration pause) throws InterruptedException {
        String key = host.toLowerCase(Locale.ROOT);
        long wait;
        synchronized (nextTurn) {
            long now = clock.nanoTime();
            long turn = Math.max(now, nextTurn.getOrDefault(key, now));
            nextTurn.put(key, turn + pause.toNanos());
            wait = turn - now;
        }
        if (wait > 0) {
            clock.sleep(Duration.ofNanos(wait));
        }
    }
}
