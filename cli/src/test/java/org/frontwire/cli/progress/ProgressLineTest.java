package org.frontwire.cli.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProgressLineTest {
    private final ProgressLine line = new ProgressLine(2);

    @Test
    void showsPagesArticlesByTopicDeadLettersErrorsAndRates() {
        ProgressCounts before = new ProgressCounts(10, -1, Map.of("armenia-azerbaijan", 4), 0, 0);
        ProgressCounts now = new ProgressCounts(120, -1,
                Map.of("armenia-azerbaijan", 80, "none", 30, "sudan", 2), 3, 1);
        assertThat(line.render(now, Duration.ofSeconds(65), before, Duration.ofSeconds(10))).isEqualTo(
                "00:01:05  pages in 120 · 112 articles (armenia-azerbaijan 80, none 30, +1 more) · 3 dead letters"
                        + " · 1 error · 10.8 articles/s (avg 1.7)");
    }

    @Test
    void withAnExpectedCountShowsHowManyPagesAreAnsweredFor() {
        ProgressCounts now = new ProgressCounts(5, 5, Map.of("none", 1), 1, 0);
        assertThat(line.render(now, Duration.ofHours(1).plusSeconds(2), ProgressCounts.NONE, Duration.ZERO)).isEqualTo(
                "01:00:02  pages in 5 · out 2/5: 1 article (none 1) · 1 dead letter · 0 errors · 0.0 articles/s (avg 0.0)");
    }

    @Test
    void aLogLineOnStderrStartsOnALineOfItsOwnAndTheProgressComesBackBelowIt() throws Exception {
        ByteArrayOutputStream tty = new ByteArrayOutputStream();
        PrintStream original = System.err;
        ProgressDisplay display = new ProgressDisplay(new PrintStream(tty, true, StandardCharsets.UTF_8),
                ProgressDisplay.Mode.REDRAW, true, Duration.ofSeconds(5));
        try (PrintStream capture = new PrintStream(tty, true, StandardCharsets.UTF_8)) {
            System.setErr(capture);
            try (AutoCloseable routed = display.routeStandardError()) {
                display.showNow(ProgressCounts.NONE);
                System.err.println("09:12:01 [frontwire-fetch] WARN Tally - http://x.example/feed failed: HTTP 503");
                display.showNow(ProgressCounts.NONE);
            }
            assertThat(System.err).isSameAs(capture);
        } finally {
            System.setErr(original);
        }
        String shown = tty.toString(StandardCharsets.UTF_8);
        assertThat(shown).contains("(avg 0.0)\033[K\r\033[K09:12:01 [frontwire-fetch] WARN")
                .contains("HTTP 503\n\r00:00:00");
    }

    @Test
    void nothingYet() {
        assertThat(line.render(ProgressCounts.NONE, Duration.ofMillis(300), ProgressCounts.NONE, Duration.ofMillis(300)))
                .isEqualTo("00:00:00  pages in 0 · 0 articles · 0 dead letters · 0 errors · 0.0 articles/s (avg 0.0)");
    }

    @Test
    void aTerminalGetsTheLineRedrawnInPlaceAndAPipeGetsPlainLines() {
        ByteArrayOutputStream tty = new ByteArrayOutputStream();
        ProgressDisplay redraw = new ProgressDisplay(new PrintStream(tty, true, StandardCharsets.UTF_8),
                ProgressDisplay.Mode.AUTO, true, Duration.ofSeconds(10));
        ProgressCounts counts = new ProgressCounts(3, -1, Map.of("none", 2), 0, 0);
        redraw.showNow(counts);
        redraw.clear();
        redraw.showNow(counts);
        redraw.finish();
        String drawn = tty.toString(StandardCharsets.UTF_8);
        assertThat(drawn).startsWith("\r00:00:00  pages in 3 · 2 articles (none 2)").contains("\033[K")
                .contains("\r\033[K\r00:00:00").endsWith("\033[K" + System.lineSeparator()).doesNotContain("progress:");

        ByteArrayOutputStream pipe = new ByteArrayOutputStream();
        ProgressDisplay lines = new ProgressDisplay(new PrintStream(pipe, true, StandardCharsets.UTF_8),
                ProgressDisplay.Mode.AUTO, false, Duration.ofSeconds(10));
        lines.showNow(counts);
        lines.clear();
        lines.tick(() -> counts); // not due yet
        lines.finish();
        assertThat(pipe.toString(StandardCharsets.UTF_8)).doesNotContain("\r").doesNotContain("\033")
                .startsWith("progress: 00:00:00  pages in 3 · 2 articles (none 2)").hasLineCount(1);

        ByteArrayOutputStream none = new ByteArrayOutputStream();
        ProgressDisplay off = new ProgressDisplay(new PrintStream(none, true, StandardCharsets.UTF_8),
                ProgressDisplay.Mode.parse("off"), true, Duration.ZERO);
        off.tick(() -> counts);
        off.showNow(counts);
        off.finish();
        assertThat(none.size()).isZero();
    }
}
