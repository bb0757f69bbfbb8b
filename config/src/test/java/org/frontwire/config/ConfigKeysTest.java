package org.frontwire.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ConfigKeysTest {

    @Test
    void theKeyNamesInCodeAreExactlyTheKeysOfTheDefaultsFile() throws Exception {
        Set<String> named = new TreeSet<>();
        for (Field f : ConfigKeys.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && !f.getName().endsWith("_PREFIX")) {
                named.add((String) f.get(null));
            }
        }
        Set<String> topicKeys = Arrays.stream(FrontwireTopic.values()).map(FrontwireTopic::nameKey).collect(Collectors.toSet());
        assertThat(named).doesNotContainAnyElementsOf(topicKeys);
        named.addAll(topicKeys);
        assertThat(named).isEqualTo(new TreeSet<>(ConfigValues.defaults().asMap().keySet()));
    }

    @Test
    void everyTopicHasItsOwnNameAndLabel() {
        TopicSettings topics = TopicSettings.from(ConfigValues.defaults());
        assertThat(topics.names().values()).doesNotHaveDuplicates().hasSize(FrontwireTopic.values().length);
        assertThat(Arrays.stream(FrontwireTopic.values()).map(FrontwireTopic::label)).doesNotHaveDuplicates();
        assertThat(FrontwireTopic.byLabel("articles")).contains(FrontwireTopic.ARTICLES);
    }

    @Test
    void topicsAreCreatedAsConfigured() {
        TopicSettings topics = TopicSettings.from(ConfigValues.defaults()
                .with(ConfigKeys.TOPICS_PARTITIONS, "6").with(ConfigKeys.TOPICS_RETENTION_HOURS, "-1"));
        assertThat(topics.newTopic(FrontwireTopic.RAW_PAGES).numPartitions()).isEqualTo(6);
        assertThat(topics.newTopic(FrontwireTopic.RAW_PAGES).configs()).containsEntry("retention.ms", "-1");
        assertThat(topics.newTopic(FrontwireTopic.INGEST_SEEN).configs()).containsEntry("cleanup.policy", "compact")
                .doesNotContainKey("retention.ms");
    }

    @Test
    void wrongValuesAndUnknownKeysAreClearErrors() {
        assertThatThrownBy(() -> ConfigValues.defaults().with("topics.partitionz", "4"))
                .hasMessage("unknown configuration key topics.partitionz");
        assertThatThrownBy(() -> ConfigValues.defaults().with(ConfigKeys.INGEST_OBEY_ROBOTS, "yes").getBoolean(ConfigKeys.INGEST_OBEY_ROBOTS))
                .hasMessage("ingest.obey-robots must be true or false, not 'yes'");
        assertThatThrownBy(() -> TopicSettings.from(ConfigValues.defaults().with(ConfigKeys.TOPICS_PARTITIONS, "0")))
                .hasMessageContaining("topics.partitions");
    }
}
