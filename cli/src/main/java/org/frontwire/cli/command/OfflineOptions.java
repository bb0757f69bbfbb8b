package org.frontwire.cli.command;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.frontwire.cli.config.FrontwireConfig;
import picocli.CommandLine.Option;

/** Options of the commands that work without Kafka: configuration only, no broker, no data folder. */
public final class OfflineOptions {
    @Option(names = "--config", paramLabel = "FILE", description = "Configuration file (keys as in frontwire.properties).")
    Path configFile;

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "Override any configuration key (repeatable).")
    Map<String, String> overrides = new HashMap<>();

    public FrontwireConfig config() {
        return FrontwireConfig.load(configFile, System.getenv(), overrides);
    }
}
