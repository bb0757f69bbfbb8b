package org.frontwire.cli.command;

import java.util.concurrent.Callable;
import org.frontwire.config.ConfigurationReference;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "config", mixinStandardHelpOptions = true,
        description = "Print the effective configuration: every key, its value and where it came from.")
public final class ConfigCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Option(names = "--markdown", description = "Print the reference of every key with its default and meaning "
            + "(docs/configuration.md) instead.")
    boolean markdown;

    @Option(names = "--topic-table", description = "Print the table of topics (as in the README) instead.")
    boolean topicTable;

    @Override
    public Integer call() {
        if (markdown) {
            System.out.print(ConfigurationReference.markdown());
            return 0;
        }
        if (topicTable) {
            System.out.print(ConfigurationReference.topicTable());
            return 0;
        }
        common.config().describe().forEach((key, valueAndOrigin) ->
                System.out.printf("%s=%s    # %s%n", key, valueAndOrigin[0], valueAndOrigin[1]));
        return 0;
    }
}
