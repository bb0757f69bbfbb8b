package org.frontwire.ingest.fetch;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Runs fetch jobs on a fixed pool so that each host sees one request at a time, with at least its politeness delay
 * between the end of one request and the start of the next, while many hosts are served at once. No thread sleeps
 * while waiting for a host: a host's next job is scheduled for when the host may be asked again.
 */
public final class PoliteScheduler implements AutoCloseable {
    private final ScheduledThreadPoolExecutor executor;
    private final Function<String, Duration> delayOfHost;
    private final Map<String, HostLane> lanes = new ConcurrentHashMap<>();

    public PoliteScheduler(int threads, Function<String, Duration> delayOfHost) {
        this.executor = new ScheduledThreadPoolExecutor(threads, r -> {
            Thread t = new Thread(r, "frontwire-fetch");
            t.setDaemon(true);
            return t;
        });
        this.delayOfHost = delayOfHost;
    }

    public <T> CompletableFuture<T> submit(String host, Supplier<T> job) {
        CompletableFuture<T> future = new CompletableFuture<>();
        HostLane lane = lanes.computeIfAbsent(host, HostLane::new);
        lane.add(() -> {
            try {
                future.complete(job.get());
            } catch (Throwable t) {
                future.completeExceptionally(t);
            }
        });
        return future;
    }

    /**
     * The host is not asked before {@code nanoTime} ({@link System#nanoTime}), e.g. because another instance fetched
     * it until it was handed over to this one.
     */
    public void notBefore(String host, long nanoTime) {
        lanes.computeIfAbsent(host, HostLane::new).notBefore(nanoTime);
    }

    /**
     * Waits until no job of the matching hosts is queued or running (at most {@code timeout}).
     *
     * @return true when they are all idle
     */
    public boolean awaitIdle(java.util.function.Predicate<String> hosts, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        boolean idle = true;
        for (HostLane lane : lanes.values()) {
            if (hosts.test(lane.host)) {
                idle &= lane.awaitIdle(deadline);
            }
        }
        return idle;
    }

    /** Jobs queued or running. */
    public int pending() {
        return lanes.values().stream().mapToInt(HostLane::size).sum();
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }

    private final class HostLane {
        private final String host;
        private final Queue<Runnable> queue = new ArrayDeque<>();
        private boolean scheduled;
        private long nextAllowedNanos = System.nanoTime();

        HostLane(String host) {
            this.host = host;
        }

        synchronized void add(Runnable job) {
            queue.add(job);
            if (!scheduled) {
                scheduleNext();
            }
        }

        synchronized void notBefore(long nanoTime) {
            if (nanoTime - nextAllowedNanos > 0) {
                nextAllowedNanos = nanoTime;
            }
        }

        synchronized boolean awaitIdle(long deadline) {
            while (scheduled && !executor.isShutdown()) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                try {
                    TimeUnit.NANOSECONDS.timedWait(this, left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
            return true;
        }

        synchronized int size() {
            return queue.size() + (scheduled ? 1 : 0);
        }

        private void scheduleNext() {
            scheduled = true;
            long wait = Math.max(0, nextAllowedNanos - System.nanoTime());
            executor.schedule(this::runOne, wait, TimeUnit.NANOSECONDS);
        }

        private void runOne() {
            Runnable job;
            synchronized (this) {
                long early = nextAllowedNanos - System.nanoTime();
                if (early > 0 && !executor.isShutdown()) {
                    // notBefore moved the host's turn after this run was scheduled
                    executor.schedule(this::runOne, early, TimeUnit.NANOSECONDS);
                    return;
                }
                job = queue.poll();
            }
            try {
                if (job != null) {
                    job.run();
                }
            } finally {
                synchronized (this) {
                    nextAllowedNanos = System.nanoTime() + delayOfHost.apply(host).toNanos();
                    if (queue.isEmpty()) {
                        scheduled = false;
                        notifyAll();
                    } else if (!executor.isShutdown()) {
                        scheduleNext();
                    }
                }
            }
        }
    }
}
