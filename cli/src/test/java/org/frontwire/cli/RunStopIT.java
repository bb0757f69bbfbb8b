package org.frontwire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code run} stopped by Ctrl-C (SIGINT to the whole process group, broker child included) and by SIGTERM: it closes
 * ingest, processor and broker in order, says so in one line, and the next start finds the processor's state as it left
 * it: no store restored from scratch. Kafka Streams 4.3's key-value stores keep their changelog offsets themselves, so
 * no {@code .checkpoint} file shows a clean close; the next start's log does. (Persistent window stores found no
 * offsets after a clean close under exactly-once and were rebuilt; the processor keeps none.)
 */
class RunStopIT {
    private static final Duration PATIENCE = Duration.ofSeconds(240);

    @Test
    void stopsInOrderOnCtrlCAndSigtermAndTheNextStartFindsItsState(@TempDir Path work) throws Exception {
        Assumptions.assumeFalse(sigintIgnored(), "SIGINT is ignored here (a background job of a shell without job"
                + " control): the run inherits that and no Ctrl-C can reach it");
        Path pages = Files.createDirectories(work.resolve("pages"));
        for (String name : List.of("caucasus-shelling.html", "derby.html")) {
            Files.copy(PipelineIT.samplePages().resolve(name), pages.resolve(name));
        }
        Path data = work.resolve("data");

        Path firstLog = work.resolve("first.log");
        Process first = startRun(data, pages, firstLog);
        try {
            awaitLog(first, firstLog, "Shelling resumes near Stepanakert");
            interruptGroup(first);
            boolean stopped = first.waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS);
            assertThat(stopped).as("stopped in time; its output:\n%s", stopped ? "" : Files.readString(firstLog)).isTrue();
        } finally {
            first.destroyForcibly();
        }
        String firstOutput = Files.readString(firstLog);
        assertThat(firstOutput).contains("frontwire stopped: ingest, processor (state saved) and broker closed in order");
        assertThat(firstOutput).doesNotContain("ERROR").doesNotContain("Exception");

        Files.writeString(pages.resolve("ceasefire.html"), """
                <html><head><title>Ceasefire holds along the Armenia–Azerbaijan border</title></head><body><article>
                <h1>Ceasefire holds along the Armenia–Azerbaijan border</h1>
                <p>Monitors reported no shelling along the Armenia–Azerbaijan border on Sunday, the third quiet day since the
                ceasefire agreed in Moscow, while both ministries of defence accused each other of moving troops near Lachin.</p>
                <p>Residents of villages near the line of contact said they had returned to their fields for the first time
                in weeks, though many still sleep in basements at night for fear the fighting over Nagorno-Karabakh resumes.</p>
                </article></body></html>""");
        Path secondLog = work.resolve("second.log");
        Process second = startRun(data, pages, secondLog);
        try {
            awaitLog(second, secondLog, "Ceasefire holds along");
            second.destroy();
            assertThat(second.waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS)).as("stopped in time").isTrue();
        } finally {
            second.destroyForcibly();
        }
        String secondOutput = Files.readString(secondLog);
        assertThat(secondOutput).contains("frontwire stopped: ingest, processor (state saved) and broker closed in order");
        assertThat(secondOutput.lines().filter(l -> l.contains("did not find checkpoint offset")))
                .as("stores the next start found without their offsets, to restore from scratch").isEmpty();
        assertThat(secondOutput).doesNotContain("TaskCorrupted").doesNotContain("ERROR").doesNotContain("Exception");
        assertThat(secondOutput).as("the unchanged pages are not published again")
                .doesNotContain("Shelling resumes near Stepanakert");
    }

    private static Process startRun(Path data, Path pages, Path log) throws IOException {
        List<String> command = new ArrayList<>();
        if (new File("/usr/bin/setsid").canExecute()) {
            command.add("/usr/bin/setsid"); // its own process group, as a shell gives a foreground job
        }
        command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-Dorg.slf4j.simpleLogger.log.org.apache.kafka=warn",
                "-cp", System.getProperty("java.class.path"), Frontwire.class.getName(),
                "run", "--data-dir", data.toString(), "--source", pages.toString(), "--http-port", "0",
                "--progress", "lines", "--set", "ingest.http-port=0"));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    /** Whether this JVM, and so every child it starts, was started with SIGINT ignored (bit 2 of SigIgn). */
    private static boolean sigintIgnored() throws IOException {
        Path status = Path.of("/proc/self/status");
        if (!Files.isReadable(status)) {
            return false;
        }
        return Files.readAllLines(status).stream().filter(l -> l.startsWith("SigIgn:"))
                .map(l -> Long.parseUnsignedLong(l.substring("SigIgn:".length()).trim(), 16))
                .anyMatch(mask -> (mask & 0x2) != 0);
    }

    /** What Ctrl-C in a terminal does: SIGINT to every process of the foreground group. */
    private static void interruptGroup(Process run) throws Exception {
        if (!new File("/usr/bin/setsid").canExecute()) {
            run.destroy();
            return;
        }
        Process kill = new ProcessBuilder("kill", "-INT", "--", "-" + run.pid()).inheritIO().start();
        assertThat(kill.waitFor(10, TimeUnit.SECONDS)).isTrue();
    }

    private static void awaitLog(Process run, Path log, String text) throws Exception {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            if (Files.exists(log) && new String(Files.readAllBytes(log), StandardCharsets.UTF_8).contains(text)) {
                return;
            }
            if (!run.isAlive()) {
                break;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("run never printed \"" + text + "\"; its output:\n" + Files.readString(log));
    }
}
