package org.frontwire.cli.command;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.frontwire.cli.bench.BenchPages;
import org.frontwire.cli.chaos.FaultInjectionHarness;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "chaos", mixinStandardHelpOptions = true,
        description = {"Fault injection: kill the processor and the broker mid-stream, then count lost and duplicated pages.",
                "Publishes pages (every tenth one bad), kills -9 the processor at random moments and restarts it,",
                "restarts the embedded broker once, then counts lost, duplicated and dead-lettered pages",
                "(read_committed). Expected: 0 lost, 0 duplicated."})
public final class ChaosCommand implements Callable<Integer> {
    @Option(names = "--pages", paramLabel = "DIR", defaultValue = "samples/pages",
            description = "Folder of real pages to cycle through (default: ${DEFAULT-VALUE}, the sample pages shipped with "
                    + "the project; give a larger folder for figures worth quoting).")
    Path pages;

    @Option(names = "--count", defaultValue = "5000", description = "Raw pages to publish (default: ${DEFAULT-VALUE}).")
    int count;

    @Option(names = "--kills", defaultValue = "5", description = "Times the processor is killed (default: ${DEFAULT-VALUE}).")
    int kills;

    @Option(names = "--seed", defaultValue = "42", description = "Random seed for the kill moments (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "900",
            description = "How long to wait for the processor to finish after the last kill (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    @Override
    public Integer call() throws Exception {
        Path work = Files.createTempDirectory("frontwire-chaos");
        var result = new FaultInjectionHarness(work, BenchPages.load(pages), seed, System.err, ProcessCommand.class)
                .run(count, kills, Duration.ofSeconds(timeoutSeconds));
        System.out.println(result.summary());
        if (!result.lostKeys().isEmpty()) {
            System.out.println("lost (first 10): " + result.lostKeys());
        }
        if (!result.duplicatedKeys().isEmpty()) {
            System.out.println("duplicated (first 10): " + result.duplicatedKeys());
        }
        return result.lost() == 0 && result.duplicated() == 0 ? 0 : 1;
    }
}
