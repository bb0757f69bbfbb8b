package org.frontwire.cli.command;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.frontwire.cli.bench.BenchPages;
import org.frontwire.cli.fuzz.FuzzRun;
import org.frontwire.processors.pipeline.ArticlePipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "fuzz", mixinStandardHelpOptions = true,
        description = {"Fuzz run: random mutations of real pages through extraction, language detection and classification.",
                "Prints articles, rejections (dead letters), escaped exceptions, time per page and heap.",
                "Exits 1 when an exception escaped or a page took longer than a second."})
public final class FuzzCommand implements Callable<Integer> {
    @Option(names = "--pages", paramLabel = "DIR", defaultValue = "samples/pages",
            description = "Folder of real pages to mutate (default: ${DEFAULT-VALUE}, the sample pages shipped with "
                    + "the project; give a larger folder for figures worth quoting).")
    Path pages;

    @Option(names = "--mutations", defaultValue = "10000", description = "Mutated pages to process (default: ${DEFAULT-VALUE}).")
    int mutations;

    @Option(names = "--seed", defaultValue = "42", description = "Random seed of the mutations (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--save", paramLabel = "DIR", description = "Write the mutants that were slow or failed to this folder.")
    Path save;

    @Override
    public Integer call() throws Exception {
        FuzzRun.Result result = new FuzzRun(ArticlePipeline.createDefault(), BenchPages.load(pages)).run(mutations, seed, save);
        System.out.print(result.summary());
        return result.escaped() == 0 && result.overOneSecond() == 0 ? 0 : 1;
    }
}
