package org.frontwire.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.frontwire.cli.child.ProcessorProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A processor that dies (a bad JVM option, a crash) ends the bench with one line, instead of a wait for ever. */
class ProcessorExitTest {

    /** Stands for a processor that exits at once. */
    public static final class ExitsAtOnce {
        public static void main(String[] args) {
            System.exit(3);
        }
    }

    @Test
    void aProcessorThatExitedStopsTheBenchWithItsCodeAndLog(@TempDir Path dir) throws Exception {
        Path log = dir.resolve("processor.log");
        ProcessorProcess p = ProcessorProcess.start(ExitsAtOnce.class, List.of(), log);
        for (int i = 0; i < 600 && p.isAlive(); i++) {
            TimeUnit.MILLISECONDS.sleep(50);
        }
        assertThatThrownBy(() -> PipelineBenchmark.requireRunning(List.of(p), log))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("the processor exited with code 3 before its pages came out (its log: " + log + ")");
        assertThat(Files.exists(log)).isTrue();
    }
}
