package org.frontwire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.frontwire.cli.bench.BenchPages;
import org.frontwire.cli.chaos.FaultInjectionHarness;
import org.frontwire.cli.command.ProcessCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The short version of the fault-injection harness: a few hundred pages, two kill -9s, one broker restart. */
class FaultInjectionIT {

    @Test
    void nothingIsLostAndNothingIsDuplicatedAcrossCrashes(@TempDir Path work) throws Exception {
        Path pages = SharedData.dir().map(d -> d.resolve("eval/extraction-dev/html")).orElse(PipelineIT.samplePages());
        FaultInjectionHarness.Result result = new FaultInjectionHarness(work, BenchPages.load(pages), 7, System.err, ProcessCommand.class)
                .run(400, 2, Duration.ofMinutes(4));
        System.err.println(result.summary());

        assertThat(result.lostKeys()).isEmpty();
        assertThat(result.duplicatedKeys()).isEmpty();
        assertThat(result.articles() + result.deadLetters()).isEqualTo(result.published());
        assertThat(result.deadLetters()).isGreaterThanOrEqualTo(result.bad());
    }
}
