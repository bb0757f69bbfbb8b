package org.frontwire.cli.command;

import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.frontwire.processors.ProcessorService;

/**
 * How {@code run} stops on Ctrl-C or SIGTERM. The JVM runs shutdown hooks and then exits, whatever other threads still
 * do; so the hook only asks the run to stop and then holds the JVM until the run has closed its parts in order —
 * ingest, then processor (transactions finished, state checkpointed, group left), then the broker — which happens when
 * this is closed, after them. Then it prints one line.
 */
final class OrderedStop implements AutoCloseable {
    private final AtomicBoolean requested = new AtomicBoolean();
    private final CountDownLatch closed = new CountDownLatch(1);
    private final Duration patience;
    private final PrintStream err;
    private final Thread hook;
    private volatile ProcessorService processor;

    /** @param patience how long the hook holds the JVM for the parts to close */
    OrderedStop(Duration patience, PrintStream err) {
        this.patience = patience;
        this.err = err;
        this.hook = new Thread(this::onSignal, "frontwire-stop");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    boolean requested() {
        return requested.get();
    }

    /** The processor whose clean stop the last line reports. */
    void report(ProcessorService processor) {
        this.processor = processor;
    }

    private void onSignal() {
        requested.set(true);
        try {
            if (!closed.await(patience.toMillis(), TimeUnit.MILLISECONDS)) {
                err.println("frontwire: the parts did not stop within " + patience.toSeconds() + " s; exiting anyway");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Called once ingest, processor and broker are closed: says so and lets the JVM exit. */
    @Override
    public void close() {
        if (requested.get()) {
            ProcessorService p = processor;
            err.println(p == null || p.stop()
                    ? "frontwire stopped: ingest, processor (state saved) and broker closed in order"
                    : "frontwire stopped: the processor did not stop within 30 s; its uncommitted work is redone on the next start");
        }
        closed.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running: it returns now that everything is closed
        }
    }
}
