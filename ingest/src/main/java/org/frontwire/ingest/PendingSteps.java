package org.frontwire.ingest;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentLinkedQueue;

/** Outstanding asynchronous steps of a pass; a step adds its follow-up steps before it completes. */
final class PendingSteps {
    private final ConcurrentLinkedQueue<CompletableFuture<?>> pending = new ConcurrentLinkedQueue<>();

    void add(CompletableFuture<?> step) {
        pending.add(step);
    }

    void awaitAll() {
        CompletableFuture<?> step;
        while ((step = pending.poll()) != null) {
            try {
                step.join();
            } catch (CompletionException | java.util.concurrent.CancellationException ignored) {
                // every step reports its own failure in the tally
            }
        }
    }
}
