package org.frontwire.records;

import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.kafka.clients.producer.Partitioner;
import org.apache.kafka.common.Cluster;

/**
 * The producer partitioner of the raw-pages topic: the record key stays the page's URL, the partition is its site's
 * ({@link Sites#partition}). With it the processor needs no repartition by site. Records without a key are spread.
 */
public final class SitePartitioner implements Partitioner {

    @Override
    public int partition(String topic, Object key, byte[] keyBytes, Object value, byte[] valueBytes, Cluster cluster) {
        int partitions = cluster.partitionsForTopic(topic).size();
        if (key == null) {
            return ThreadLocalRandom.current().nextInt(partitions);
        }
        return Sites.partition(key.toString(), partitions);
    }

    @Override
    public void configure(Map<String, ?> configs) {}

    @Override
    public void close() {}
}
