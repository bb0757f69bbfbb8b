package org.frontwire.ingest;

import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Counts of one pass, safe to update from fetch threads. */
final class PassCounts {
    private static final Logger LOG = LoggerFactory.getLogger(PassCounts.class);

    final AtomicInteger published = new AtomicInteger();
    final AtomicInteger failed = new AtomicInteger();
    final AtomicInteger unchanged = new AtomicInteger();
    final AtomicInteger refused = new AtomicInteger();
    final AtomicInteger lostSources = new AtomicInteger();
    private final ConcurrentLinkedQueue<String> problems = new ConcurrentLinkedQueue<>();

    void failed(String what, String reason) {
        failed.incrementAndGet();
        problems.add(what + ": " + reason);
        LOG.warn("{} failed: {}", what, reason);
    }

    /** A source that gave nothing: missing, unreadable, unfetchable, empty. */
    void sourceFailed(String source, String reason) {
        lostSources.incrementAndGet();
        failed(source, reason);
    }

    void sourceRefused(String source, String reason) {
        lostSources.incrementAndGet();
        refused(source, reason);
    }

    void refused(String what, String reason) {
        refused.incrementAndGet();
        problems.add(what + ": " + reason);
        LOG.info("{} refused: {}", what, reason);
    }

    /** Not a failure, but worth a line: part of a source was left out on purpose. */
    void skipped(String what, String reason) {
        problems.add(what + ": " + reason);
        LOG.warn("{}: {}", what, reason);
    }

    IngestReport report() {
        return new IngestReport(published.get(), failed.get(), List.copyOf(problems), unchanged.get(), refused.get(),
                lostSources.get());
    }
}
