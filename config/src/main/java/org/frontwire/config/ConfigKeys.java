package org.frontwire.config;

/**
 * The name of every configuration key, in the order of {@code frontwire.properties}, where each is documented with
 * its default; the keys naming topics are in {@link FrontwireTopic}, with the topics. Code names keys only through
 * these; {@code ConfigKeysTest} checks that they and the file list the same keys.
 */
public final class ConfigKeys {
    private ConfigKeys() {}

    /** Keys starting with this are passed to every Kafka client without the prefix (kafka.client.security.protocol). */
    public static final String KAFKA_CLIENT_PREFIX = "kafka.client.";

    public static final String KAFKA_BOOTSTRAP_SERVERS = "kafka.bootstrap.servers";
    public static final String KAFKA_STARTUP_WAIT_SECONDS = "kafka.startup-wait-seconds";
    public static final String DATA_DIR = "data.dir";
    public static final String HTTP_BIND_ADDRESS = "http.bind-address";
    public static final String TOPICS_PARTITIONS = "topics.partitions";
    public static final String TOPICS_REPLICATION_FACTOR = "topics.replication-factor";
    public static final String TOPICS_RETENTION_HOURS = "topics.retention-hours";
    public static final String TOPICS_PER_CONFLICT_TOPICS = "topics.per-conflict-topics";
    public static final String TOPICS_CONFLICT_PREFIX = "topics.conflict-prefix";
    public static final String PROCESSOR_APPLICATION_ID = "processor.application-id";
    public static final String PROCESSOR_THREADS = "processor.threads";
    public static final String PROCESSOR_COMMIT_INTERVAL_MS = "processor.commit-interval-ms";
    public static final String PROCESSOR_COMPRESSION_TYPE = "processor.compression-type";
    public static final String PROCESSOR_REPARTITION_BY_SITE = "processor.repartition-by-site";
    public static final String PROCESSOR_SESSION_TIMEOUT_MS = "processor.session-timeout-ms";
    public static final String PROCESSOR_TAXONOMY = "processor.taxonomy";
    public static final String PROCESSOR_HTTP_PORT = "processor.http-port";
    public static final String PROCESSOR_APPLICATION_SERVER = "processor.application-server";
    public static final String INGEST_DEFAULT_SOURCES = "ingest.default-sources";
    public static final String INGEST_USER_AGENT = "ingest.user-agent";
    public static final String INGEST_CONNECT_TIMEOUT_MS = "ingest.connect-timeout-ms";
    public static final String INGEST_READ_TIMEOUT_MS = "ingest.read-timeout-ms";
    public static final String INGEST_MAX_BODY_BYTES = "ingest.max-body-bytes";
    public static final String INGEST_MAX_ITEMS_PER_SOURCE = "ingest.max-items-per-source";
    public static final String INGEST_MAX_COMPRESSION_RATIO = "ingest.max-compression-ratio";
    public static final String INGEST_POLITENESS_DELAY_MS = "ingest.politeness-delay-ms";
    public static final String INGEST_MAX_CRAWL_DELAY_SECONDS = "ingest.max-crawl-delay-seconds";
    public static final String INGEST_MAX_REDIRECTS = "ingest.max-redirects";
    public static final String INGEST_MAX_RETRIES = "ingest.max-retries";
    public static final String INGEST_RETRY_BACKOFF_MS = "ingest.retry-backoff-ms";
    public static final String INGEST_MAX_RETRY_AFTER_SECONDS = "ingest.max-retry-after-seconds";
    public static final String INGEST_FETCH_THREADS = "ingest.fetch-threads";
    public static final String INGEST_POLL_INTERVAL_SECONDS = "ingest.poll-interval-seconds";
    public static final String INGEST_OBEY_ROBOTS = "ingest.obey-robots";
    public static final String INGEST_CONSUMER_GROUP = "ingest.consumer-group";
    public static final String INGEST_ALLOW_PRIVATE_ADDRESSES = "ingest.allow-private-addresses";
    public static final String INGEST_HTTP_PORT = "ingest.http-port";
    public static final String INGEST_METRICS_MAX_HOSTS = "ingest.metrics-max-hosts";
    public static final String ALERTS_WINDOW_MINUTES = "alerts.window-minutes";
    public static final String ALERTS_GRACE_MINUTES = "alerts.grace-minutes";
    public static final String ALERTS_BASELINE_DAYS = "alerts.baseline-days";
    public static final String ALERTS_WARM_UP_HOURS = "alerts.warm-up-hours";
    public static final String ALERTS_MIN_STORIES = "alerts.min-stories";
    public static final String ALERTS_FACTOR = "alerts.factor";
    public static final String ALERTS_DEVIATIONS = "alerts.deviations";
    public static final String ALERTS_TOP_STORIES = "alerts.top-stories";
}
