package org.frontwire.processors.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.Map;

/**
 * The processor's own meters. Kafka Streams creates the processors, so the instance travels to them in the
 * application config under {@link #CONFIG}; without it (tests) the meters go to a private registry.
 *
 * <ul>
 *   <li>{@code frontwire_articles_total{topic}}: articles produced, by conflict topic ({@code none} for the others)</li>
 *   <li>{@code frontwire_chrome_removed_ratio}: 1 - article text length / page text length, a distribution</li>
 *   <li>{@code frontwire_raw_to_article_seconds}: from the page's fetch (or the raw record's timestamp) to the
 *       article, with p50 and p99</li>
 *   <li>{@code frontwire_dead_letters_total{stage}}: dead letters by stage (deserialize, parse, extract, produce …)</li>
 *   <li>{@code frontwire_dead_letters_dropped_total{error}}: dead letters that could not be written themselves and were
 *       logged and skipped (never retried, never made a dead letter of their own)</li>
 * </ul>
 */
public final class PipelineMetrics {
    public static final String CONFIG = "frontwire.pipeline.metrics";

    private final MeterRegistry registry;
    private final DistributionSummary chromeRemoved;
    private final Timer latency;

    public PipelineMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.chromeRemoved = DistributionSummary.builder("frontwire.chrome.removed")
                .description("Share of the page text removed as chrome: 1 - article text length / page text length")
                .baseUnit("ratio")
                .publishPercentiles(0.1, 0.5, 0.9)
                .serviceLevelObjectives(0.1, 0.25, 0.5, 0.75, 0.9, 1.0)
                .register(registry);
        this.latency = Timer.builder("frontwire.raw.to.article")
                .description("From the raw page's fetch to its article being produced")
                .publishPercentiles(0.5, 0.99)
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(1))
                .maximumExpectedValue(Duration.ofHours(1))
                .register(registry);
    }

    /** The instance Kafka Streams was configured with, or one on a private registry. */
    public static PipelineMetrics from(Map<String, Object> appConfigs) {
        return appConfigs.get(CONFIG) instanceof PipelineMetrics configured
                ? configured : new PipelineMetrics(new SimpleMeterRegistry());
    }

    public void article(String topic, Duration sinceFetch, Integer pageTextLength, int articleTextLength) {
        Counter.builder("frontwire.articles").description("Articles produced, by conflict topic")
                .tag("topic", topic).register(registry).increment();
        if (!sinceFetch.isNegative()) {
            latency.record(sinceFetch);
        }
        if (pageTextLength != null && pageTextLength > 0) {
            chromeRemoved.record(Math.max(0.0, 1.0 - (double) articleTextLength / pageTextLength));
        }
    }

    public void deadLetter(String stage) {
        Counter.builder("frontwire.dead.letters").description("Records sent to the dead-letter topic, by stage")
                .tag("stage", stage).register(registry).increment();
    }

    public void deadLetterDropped(Exception error) {
        Counter.builder("frontwire.dead.letters.dropped")
                .description("Dead letters that could not be written and were logged and skipped, by error")
                .tag("error", error.getClass().getSimpleName()).register(registry).increment();
    }

    public Timer latency() {
        return latency;
    }

    public DistributionSummary chromeRemoved() {
        return chromeRemoved;
    }

    public MeterRegistry registry() {
        return registry;
    }
}
