package org.frontwire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.frontwire.cli.datadir.DataDirLock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two {@code run}s on one data folder: the second says who holds it, in one line, and exits 2. */
class DataDirLockTest {

    @Test
    void aSecondRunOnTheSameFolderSaysWhoRunsThereAndExitsTwo(@TempDir Path dir) {
        Path data = dir.resolve(".frontwire");
        try (DataDirLock first = DataDirLock.acquire(data)) {
            CliRunner.Result second = CliRunner.run("run", "--once", "--data-dir", data.toString());
            assertThat(second.exitCode()).isEqualTo(2);
            assertThat(second.err().strip()).isEqualTo("frontwire: a Frontwire is already running on " + data
                    + " (pid " + ProcessHandle.current().pid() + "); use --data-dir");
            assertThat(second.out()).isEmpty();
        }
    }

    @Test
    void theFolderIsFreeAgainOnceTheFirstHasStopped(@TempDir Path dir) {
        DataDirLock.acquire(dir).close();
        DataDirLock.acquire(dir).close();
    }
}
