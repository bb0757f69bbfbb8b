package org.frontwire.broker;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.common.Uuid;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real single-node Kafka (KRaft, broker and controller in one) in a child JVM, with its data in a directory
 * that survives restarts. The same directory keeps the same port, so clients started later find it again.
 */
public final class EmbeddedKafka implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedKafka.class);
    private static final long START_TIMEOUT_SECONDS = 90;

    private final Path dataDir;
    private final int port;
    private final Process process;
    private final List<String> output = new ArrayList<>();

    private EmbeddedKafka(Path dataDir, int port, Process process) {
        this.dataDir = dataDir;
        this.port = port;
        this.process = process;
    }

    /** Starts a broker on {@code dataDir}, formatting it on first use; waits until it serves. */
    public static EmbeddedKafka start(Path dataDir) {
        return start(dataDir, 0);
    }

    /** As {@link #start(Path)}, on the given port (0: the port this directory used before, or a free one). */
    public static EmbeddedKafka start(Path dataDir, int requestedPort) {
        try {
            Files.createDirectories(dataDir);
            Properties props = serverProperties(dataDir, requestedPort);
            Path propsFile = dataDir.resolve("server.properties");
            try (Writer w = Files.newBufferedWriter(propsFile)) {
                props.store(w, "written by Frontwire's embedded broker; edit frontwire.properties instead");
            }
            int port = Integer.parseInt(props.getProperty("frontwire.port"));
            if (isListening(port)) {
                throw new IllegalStateException("port " + port + " is already in use: is another Frontwire broker running on "
                        + dataDir + "? Use --bootstrap-servers localhost:" + port + " to connect to it.");
            }
            Process process = new ProcessBuilder(javaCommand(propsFile))
                    .redirectErrorStream(true)
                    .start();
            EmbeddedKafka kafka = new EmbeddedKafka(dataDir, port, process);
            kafka.awaitReady();
            return kafka;
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the embedded Kafka broker in " + dataDir, e);
        }
    }

    /** The address of a broker already serving {@code dataDir} (started by another command), if there is one. */
    public static java.util.Optional<String> runningAt(Path dataDir) {
        Path portsFile = dataDir.resolve("ports.properties");
        if (!Files.exists(portsFile)) {
            return java.util.Optional.empty();
        }
        Properties ports = new Properties();
        try (var in = Files.newInputStream(portsFile)) {
            ports.load(in);
        } catch (IOException e) {
            return java.util.Optional.empty();
        }
        int port = Integer.parseInt(ports.getProperty("broker", "0"));
        return port > 0 && isListening(port) ? java.util.Optional.of("localhost:" + port) : java.util.Optional.empty();
    }

    public String bootstrapServers() {
        return "localhost:" + port;
    }

    public int port() {
        return port;
    }

    public Path dataDir() {
        return dataDir;
    }

    /** CPU time the broker process has used so far (zero where the system does not tell). */
    public java.time.Duration cpuTime() {
        return process.toHandle().info().totalCpuDuration().orElse(java.time.Duration.ZERO);
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Kills the broker without a clean shutdown, as a crash would. */
    public void kill() {
        process.destroyForcibly();
        waitFor(30);
    }

    @Override
    public void close() {
        try {
            OutputStream stdin = process.getOutputStream();
            stdin.close();
        } catch (IOException ignored) {
            // already closed
        }
        if (!waitFor(60)) {
            LOG.warn("embedded Kafka did not stop within 60 s; killing it");
            process.destroyForcibly();
            waitFor(10);
        }
    }

    private boolean waitFor(int seconds) {
        try {
            return process.waitFor(seconds, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void awaitReady() {
        CompletableFuture<Void> ready = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    if (line.contains(KraftServerMain.READY)) {
                        ready.complete(null);
                    } else if (!ready.isDone()) {
                        synchronized (output) {
                            output.add(line);
                        }
                    } else if (line.contains("FATAL")) {
                        LOG.error("broker: {}", line);
                    }
                }
            } catch (IOException ignored) {
                // the child is gone
            }
            ready.completeExceptionally(new IllegalStateException("the broker process exited"));
        }, "embedded-kafka-output");
        reader.setDaemon(true);
        reader.start();
        try {
            ready.get(START_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new IllegalStateException("interrupted while starting the embedded broker", e);
        } catch (java.util.concurrent.ExecutionException | TimeoutException e) {
            process.destroyForcibly();
            String tail;
            synchronized (output) {
                tail = String.join("\n", output.subList(Math.max(0, output.size() - 30), output.size()));
            }
            throw new IllegalStateException("the embedded Kafka broker did not start (data in " + dataDir + "):\n" + tail, e);
        }
    }

    private static Properties serverProperties(Path dataDir, int requestedPort) throws IOException {
        Path portsFile = dataDir.resolve("ports.properties");
        Properties ports = new Properties();
        if (Files.exists(portsFile)) {
            try (var in = Files.newInputStream(portsFile)) {
                ports.load(in);
            }
        }
        int port = requestedPort > 0 ? requestedPort : Integer.parseInt(ports.getProperty("broker", String.valueOf(freePort())));
        int controllerPort = Integer.parseInt(ports.getProperty("controller", String.valueOf(freePortOtherThan(port))));
        String clusterId = ports.getProperty("cluster.id", Uuid.randomUuid().toString());
        ports.setProperty("broker", String.valueOf(port));
        ports.setProperty("controller", String.valueOf(controllerPort));
        ports.setProperty("cluster.id", clusterId);
        try (Writer w = Files.newBufferedWriter(portsFile)) {
            ports.store(w, "ports and cluster id of this embedded broker, kept across restarts");
        }

        Properties p = new Properties();
        p.setProperty("process.roles", "broker,controller");
        p.setProperty("node.id", "1");
        p.setProperty("controller.quorum.voters", "1@localhost:" + controllerPort);
        p.setProperty("listeners", "PLAINTEXT://localhost:" + port + ",CONTROLLER://localhost:" + controllerPort);
        p.setProperty("advertised.listeners", "PLAINTEXT://localhost:" + port);
        p.setProperty("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.setProperty("controller.listener.names", "CONTROLLER");
        p.setProperty("inter.broker.listener.name", "PLAINTEXT");
        p.setProperty("log.dirs", dataDir.resolve("log").toAbsolutePath().toString());
        p.setProperty("offsets.topic.replication.factor", "1");
        p.setProperty("offsets.topic.num.partitions", "4");
        p.setProperty("transaction.state.log.replication.factor", "1");
        p.setProperty("transaction.state.log.min.isr", "1");
        p.setProperty("transaction.state.log.num.partitions", "4");
        p.setProperty("share.coordinator.state.topic.replication.factor", "1");
        p.setProperty("share.coordinator.state.topic.min.isr", "1");
        p.setProperty("group.initial.rebalance.delay.ms", "0");
        p.setProperty("num.partitions", "1");
        p.setProperty("auto.create.topics.enable", "false");
        p.setProperty("log.retention.hours", "168");
        p.setProperty("log.segment.bytes", String.valueOf(64 * 1024 * 1024));
        p.setProperty("message.max.bytes", String.valueOf(16 * 1024 * 1024));
        p.setProperty("frontwire.cluster.id", clusterId);
        p.setProperty("frontwire.port", String.valueOf(port));
        return p;
    }

    private static List<String> javaCommand(Path propsFile) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return List.of(java, "-Xmx512m", "-XX:+UseSerialGC",
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                "-Dorg.slf4j.simpleLogger.log.kafka=warn",
                "-Dorg.slf4j.simpleLogger.log.org.apache.kafka=warn",
                "-Dlog4j2.level=warn",
                "-cp", System.getProperty("java.class.path"),
                KraftServerMain.class.getName(), propsFile.toAbsolutePath().toString());
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            s.setReuseAddress(true);
            return s.getLocalPort();
        }
    }

    /** A caller's chosen broker port is not bound yet, so the system may hand the same one out again. */
    private static int freePortOtherThan(int taken) throws IOException {
        int port = freePort();
        while (port == taken) {
            port = freePort();
        }
        return port;
    }

    private static boolean isListening(int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("localhost", port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
