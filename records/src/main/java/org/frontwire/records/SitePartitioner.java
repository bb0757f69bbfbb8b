package org.frontwire.records;

import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.kafka.clients.producer.Partitioner;
import org.apache.kafka.common.Cluster;

/**
 * The producer partitioner of the raw-pages topic: the record key stays the page's URL, the partition is its site's.
 * With it the processor needs no repartition by site. A {@link RawPage} value (a producer serialising with
 * {@code JsonSerde<RawPage>}, as ingest does) is placed by {@link RawPage#siteOrDerived()}, the one site the processor
 * also keys by; a producer of bytes is placed by the site of the URL key ({@link Sites#partition}), which is the same
 * for every page requested over http(s). Records without either are spread.
 */
public final class SitePartitioner implements Partitioner {

    @Override
    public int partition(String topic, Object key, byte[] keyBytes, Object value, byte[] valueBytes, Cluster cluster) {
        int partitions = cluster.partitionsForTopic(topic).size();
        if (value instanceof RawPage page && page.siteOrDerived() != null) {
            return Sites.partitionOf(page.siteOrDerived(), partitions);
        }
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
