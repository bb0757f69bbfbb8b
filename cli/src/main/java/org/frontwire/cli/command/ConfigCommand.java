package org.frontwire.cli.command;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "config", mixinStandardHelpOptions = true,
        description = "Print the effective configuration: every key, its value and where it came from.")
public final class ConfigCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Override
    public Integer call() {
        common.config().describe().forEach((key, valueAndOrigin) ->
                System.out.printf("%s=%s    # %s%n", key, valueAndOrigin[0], valueAndOrigin[1]));
        return 0;
    }
}
