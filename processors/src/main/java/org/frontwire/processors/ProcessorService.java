package org.frontwire.processors;

import java.time.Clock;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.state.HostInfo;
import org.frontwire.processors.dashboard.DashboardCluster;
import org.frontwire.processors.dashboard.DashboardQueries;
import org.frontwire.processors.dashboard.DashboardServer;
import org.frontwire.observability.KafkaReachability;
import org.frontwire.observability.MetricsServer;
import org.frontwire.processors.metrics.PipelineMetrics;
import org.frontwire.observability.PrometheusMetrics;
import org.frontwire.observability.Readiness;
import org.frontwire.processors.metrics.StreamsStateMetrics;
import org.frontwire.processors.pipeline.ArticlePipeline;
import org.frontwire.processors.topology.ProcessorSettings;
import org.frontwire.processors.topology.ProcessorTopology;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the processor topology as a Kafka Streams application until closed; with an HTTP port, also serves
 * {@code /metrics}, {@code /health/live}, {@code /health/ready} and the live dashboard at {@code /}. With
 * {@code application.server} set to this instance's HTTP host:port, {@code /api/dashboard} merges the dashboard
 * stores of all instances of the application ({@link DashboardCluster}).
 */
public final class ProcessorService implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ProcessorService.class);
    private static final Duration REACHABILITY_CHECK = Duration.ofSeconds(5);

    private final KafkaStreams streams;
    private final CountDownLatch running = new CountDownLatch(1);
    private final PrometheusMetrics metrics = new PrometheusMetrics("processor");
    private final PipelineMetrics pipelineMetrics = new PipelineMetrics(metrics.registry());
    private final StreamsStateMetrics streamsMetrics;
    private final int httpPort;
    private final String httpBindAddress;
    private final Properties streamsConfig;
    private final HostInfo applicationServer;
    private MetricsServer http;
    private KafkaReachability kafka;
    private Boolean stopped;
    private volatile String threadFailure;

    /**
     * @param httpPort port of the metrics, health and dashboard server; 0 = none. It listens on
     *                 {@link ProcessorSettings#httpBindAddress()}.
     */
    public ProcessorService(ProcessorSettings settings, ArticlePipeline pipeline, Properties streamsConfig, int httpPort) {
        Properties config = new Properties();
        config.putAll(streamsConfig);
        config.put(PipelineMetrics.CONFIG, pipelineMetrics);
        this.streams = new KafkaStreams(ProcessorTopology.build(settings, pipeline), config);
        this.streamsMetrics = new StreamsStateMetrics(streams, metrics.registry());
        this.httpPort = httpPort;
        this.httpBindAddress = settings.httpBindAddress();
        this.streamsConfig = config;
        Object server = config.get(StreamsConfig.APPLICATION_SERVER_CONFIG);
        this.applicationServer = server == null || server.toString().isBlank() ? null
                : HostInfo.buildFromEndpoint(server.toString());
        streams.setUncaughtExceptionHandler(this::streamThreadFailed);
        streams.setStateListener((now, before) -> {
            if (now == KafkaStreams.State.RUNNING) {
                threadFailure = null;
                running.countDown();
            }
        });
    }

    /**
     * Starts the HTTP server (when a port was given), then the streams. A port that cannot be bound (a second
     * instance on the same machine) costs the dashboard and metrics, not the processing: it is logged and
     * {@link #httpPort()} stays 0.
     */
    public void start() {
        if (httpPort > 0) {
            try {
                http = MetricsServer.start(httpBindAddress, httpPort, metrics, this::readiness);
                DashboardQueries queries = new DashboardQueries(streams, pipelineMetrics, Clock.systemUTC());
                DashboardServer.addTo(http, queries,
                        new DashboardCluster(streams, queries, applicationServer, Duration.ofSeconds(3)));
            } catch (IllegalStateException e) {
                LOG.error("no dashboard, metrics or health endpoints: {} (processor.http-port / --http-port)", e.getMessage());
            }
        }
        kafka = KafkaReachability.start(streamsConfig, "frontwire-reachability", REACHABILITY_CHECK);
        streams.start();
    }

    /** Waits until the application is RUNNING (all tasks assigned and restored). */
    public boolean awaitRunning(Duration timeout) throws InterruptedException {
        return running.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    public KafkaStreams.State state() {
        return streams.state();
    }

    /**
     * Ready when the application is RUNNING, Kafka is reachable and no stream thread has died since the application
     * last became RUNNING (a replaced thread makes it rebalance and become RUNNING again).
     */
    public Readiness readiness() {
        KafkaStreams.State state = streams.state();
        if (kafka != null && !kafka.reachable()) {
            return new Readiness(false, state.name() + ", Kafka unreachable");
        }
        String failure = threadFailure;
        if (failure != null) {
            return new Readiness(false, state.name() + ", " + failure);
        }
        return new Readiness(state == KafkaStreams.State.RUNNING, state.name());
    }

    /**
     * A stream thread died: readiness goes false until the application is RUNNING again. An exception costs the
     * thread, which is replaced; an error (out of memory, stack overflow) costs the instance, which stops processing
     * (state ERROR, never ready again) rather than go on in a JVM that cannot be trusted.
     */
    StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse streamThreadFailed(Throwable e) {
        threadFailure = "a stream thread died: " + e;
        if (e instanceof Error) {
            LOG.error("stream thread failed with an error; stopping this instance's processing", e);
            return StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
        }
        LOG.error("stream thread failed; replacing it", e);
        return StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.REPLACE_THREAD;
    }

    /** For interactive queries of the state stores. */
    public KafkaStreams streams() {
        return streams;
    }

    public PrometheusMetrics metrics() {
        return metrics;
    }

    /** The address and port the HTTP server listens on, or null when there is none. */
    public java.net.InetSocketAddress httpAddress() {
        return http == null ? null : http.address();
    }

    /** The port the HTTP server listens on, or 0 when there is none. */
    public int httpPort() {
        return http == null ? 0 : http.port();
    }

    /**
     * Closes the streams (committing or aborting the open transactions), then the HTTP server and the metrics.
     *
     * @return true when the stream threads stopped within 30 s; otherwise the uncommitted work is redone on the next start
     */
    public boolean stop() {
        if (stopped != null) {
            return stopped;
        }
        boolean clean = streams.close(Duration.ofSeconds(30));
        if (kafka != null) {
            kafka.close();
        }
        if (http != null) {
            http.close();
        }
        streamsMetrics.close();
        metrics.close();
        stopped = clean;
        return clean;
    }

    @Override
    public void close() {
        stop();
    }
}
