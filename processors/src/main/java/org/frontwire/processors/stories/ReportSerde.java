package org.frontwire.processors.stories;

import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;
import org.frontwire.records.Article;
import org.frontwire.records.JsonSerde;
import org.frontwire.records.SmileSerde;

/**
 * The story-group repartition's records: a {@link ReportToCluster} in Smile. An earlier version put the bare article
 * there as JSON; such a record, still in the topic when the processor is upgraded, is read as that article with its
 * fingerprint read here.
 */
final class ReportSerde implements Serde<ReportToCluster> {
    private final SmileSerde<ReportToCluster> reports = new SmileSerde<>(ReportToCluster.class);
    private final JsonSerde<Article> articles = new JsonSerde<>(Article.class);

    @Override
    public Serializer<ReportToCluster> serializer() {
        return reports.serializer();
    }

    @Override
    public Deserializer<ReportToCluster> deserializer() {
        Deserializer<ReportToCluster> smile = reports.deserializer();
        Deserializer<Article> json = articles.deserializer();
        return (topic, bytes) -> {
            if (bytes != null && bytes.length > 0 && bytes[0] == '{') {
                Article article = json.deserialize(topic, bytes);
                return article == null ? null : ReportToCluster.of(article);
            }
            return smile.deserialize(topic, bytes);
        };
    }
}
