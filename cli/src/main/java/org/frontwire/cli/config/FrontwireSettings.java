package org.frontwire.cli.config;

import java.nio.file.Path;
import org.frontwire.config.ConfigKeys;
import org.frontwire.config.ConfigValues;
import org.frontwire.config.TopicSettings;
import org.frontwire.ingest.IngestSettings;
import org.frontwire.processors.topology.ProcessorSettings;

/**
 * Every setting, typed, read from the configuration values (defaults file, --config file, environment, flags).
 *
 * @param dataDir   local directory of the embedded broker's data and the processor's state stores
 * @param kafka     the cluster and its client settings
 * @param topics    every topic's name and how topics are created
 * @param processor the processor service
 * @param ingest    the ingest service
 */
public record FrontwireSettings(Path dataDir, KafkaSettings kafka, TopicSettings topics, ProcessorSettings processor,
                                IngestSettings ingest) {

    public static FrontwireSettings from(ConfigValues config) {
        return new FrontwireSettings(Path.of(config.get(ConfigKeys.DATA_DIR)), KafkaSettings.from(config),
                TopicSettings.from(config), ProcessorSettings.from(config), IngestSettings.from(config));
    }
}
