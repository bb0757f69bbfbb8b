package org.frontwire.processors.topology;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TopologyTestDriver;
import org.frontwire.processors.pipeline.ArticlePipeline;

/** The processor topology in a {@link TopologyTestDriver}, with exactly-once as the service runs it. */
public final class TopologyDrivers {
    private TopologyDrivers() {}

    /** @param extra further application configs, such as the metrics instance */
    public static TopologyTestDriver start(String applicationId, ProcessorSettings settings, ArticlePipeline pipeline,
                                           Path stateDir, Map<String, Object> extra) {
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        props.putAll(extra);
        return new TopologyTestDriver(ProcessorTopology.build(settings, pipeline), props);
    }
}
