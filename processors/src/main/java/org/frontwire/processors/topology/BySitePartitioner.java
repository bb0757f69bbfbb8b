package org.frontwire.processors.topology;

import java.util.Optional;
import java.util.Set;
import org.apache.kafka.streams.processor.StreamPartitioner;
import org.frontwire.processors.pipeline.ArticlePipeline;
import org.frontwire.records.RawPage;
import org.frontwire.records.Sites;

/**
 * Places a raw page in the repartition by site on its site's partition: the partition
 * {@link org.frontwire.records.SitePartitioner} gives it at the producer, from the same {@link RawPage#site()}.
 */
public final class BySitePartitioner implements StreamPartitioner<byte[], RawPage> {

    @Override
    public Optional<Set<Integer>> partitions(String topic, byte[] key, RawPage page, int numPartitions) {
        return Optional.of(Set.of(Sites.partitionOf(ArticlePipeline.siteKeyOf(page), numPartitions)));
    }
}
