package org.frontwire.cli.progress;

import java.io.OutputStream;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Shows {@code run}'s progress on stderr. On a terminal the line is redrawn in place every second (carriage return,
 * erase to end of line), and cleared while article lines are printed; otherwise (a pipe, a log file, a test) a plain
 * {@code progress: …} line is printed every {@code interval}, so logs stay readable.
 */
public final class ProgressDisplay {
    public enum Mode {
        /** redraw on a terminal, lines otherwise */
        AUTO,
        /** redraw one line in place every second */
        REDRAW,
        /** a plain line every interval */
        LINES,
        /** nothing */
        OFF;

        public static Mode parse(String value) {
            try {
                return valueOf(value.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--progress must be auto, redraw, lines or off, not '" + value + "'");
            }
        }
    }

    private static final String ERASE_LINE = "\033[K";

    private final PrintStream err;
    private final boolean redraw;
    private final boolean off;
    private final long intervalNanos;
    private final ProgressLine line;
    private final long start = System.nanoTime();
    private ProgressCounts before = ProgressCounts.NONE;
    private long beforeAt = start;
    private long next;
    private boolean drawn;

    /** @param linesInterval how often a plain line is printed when not redrawing */
    public ProgressDisplay(PrintStream err, Mode mode, boolean terminal, Duration linesInterval) {
        this.err = err;
        this.off = mode == Mode.OFF;
        this.redraw = mode == Mode.REDRAW || (mode == Mode.AUTO && terminal);
        this.intervalNanos = redraw ? Duration.ofSeconds(1).toNanos() : linesInterval.toNanos();
        this.line = new ProgressLine(redraw ? 3 : 8);
        this.next = start + intervalNanos;
    }

    /** Whether stderr looks like a terminal (the JVM has a console: stdin and stdout are terminals). */
    public static boolean terminal() {
        return System.console() != null && System.getenv("TERM") != null && !"dumb".equals(System.getenv("TERM"));
    }

    public boolean redraws() {
        return redraw;
    }

    /**
     * Until closed, everything else written to {@code System.err} (log lines of any thread) first takes the redrawn
     * line off the terminal, so a warning starts on a line of its own; the next tick draws the line again below it.
     */
    public AutoCloseable routeStandardError() {
        if (!redraw || off) {
            return () -> { };
        }
        PrintStream previous = System.err;
        System.setErr(new PrintStream(new OutputStream() {
            @Override
            public void write(int b) {
                synchronized (ProgressDisplay.this) {
                    clear();
                    previous.write(b);
                }
            }

            @Override
            public void write(byte[] b, int off, int len) {
                synchronized (ProgressDisplay.this) {
                    clear();
                    previous.write(b, off, len);
                }
            }

            @Override
            public void flush() {
                previous.flush();
            }
        }, true));
        return () -> System.setErr(previous);
    }

    /** Shows the line when it is due. */
    public synchronized void tick(Supplier<ProgressCounts> counts) {
        long now = System.nanoTime();
        if (off || now - next < 0) {
            return;
        }
        next = now + intervalNanos;
        show(counts.get(), now, true);
    }

    /** Before printing other output: takes the redrawn line off the terminal. */
    public synchronized void clear() {
        if (redraw && drawn) {
            err.print("\r" + ERASE_LINE);
            err.flush();
            drawn = false;
        }
    }

    /** Shows the line now (after other output, or at the end); a redrawn line is left in place. */
    public synchronized void showNow(ProgressCounts counts) {
        if (!off) {
            show(counts, System.nanoTime(), false);
        }
    }

    /** At the end: a redrawn line is finished with a newline. */
    public synchronized void finish() {
        if (redraw && drawn) {
            err.println();
            err.flush();
            drawn = false;
        }
    }

    /** @param advance whether this line starts a new interval for the current rate */
    private void show(ProgressCounts counts, long now, boolean advance) {
        String text = line.render(counts, Duration.ofNanos(now - start), before, Duration.ofNanos(now - beforeAt));
        if (advance) {
            before = counts;
            beforeAt = now;
        }
        if (redraw) {
            err.print("\r" + text + ERASE_LINE);
            drawn = true;
        } else {
            err.println("progress: " + text);
        }
        err.flush();
    }
}
