package org.frontwire.cli.command;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.frontwire.cli.config.FrontwireConfig;
import picocli.CommandLine.Option;
import org.frontwire.config.ConfigKeys;

/** Options every command that talks to Kafka shares. */
public final class CommonOptions {
    @Option(names = "--config", paramLabel = "FILE", description = "Configuration file (keys as in frontwire.properties).")
    Path configFile;

    @Option(names = "--bootstrap-servers", paramLabel = "HOST:PORT[,…]",
            description = "Kafka cluster to use. Without it, an embedded single-node KRaft broker is started.")
    String bootstrapServers;

    @Option(names = "--data-dir", paramLabel = "DIR", description = "Local data (embedded broker, state stores). Default: .frontwire")
    Path dataDir;

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "Override any configuration key (repeatable).")
    Map<String, String> overrides = new HashMap<>();

    public FrontwireConfig config() {
        return config(Map.of());
    }

    public FrontwireConfig config(Map<String, String> commandFlags) {
        Map<String, String> flags = new HashMap<>(overrides);
        flags.putAll(commandFlags);
        if (bootstrapServers != null) {
            flags.put(ConfigKeys.KAFKA_BOOTSTRAP_SERVERS, bootstrapServers);
        }
        if (dataDir != null) {
            flags.put(ConfigKeys.DATA_DIR, dataDir.toString());
        }
        return FrontwireConfig.load(configFile, System.getenv(), flags);
    }
}
