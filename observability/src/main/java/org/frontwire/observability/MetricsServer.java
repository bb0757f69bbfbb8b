package org.frontwire.observability;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A small HTTP server for a service: {@code /metrics} (Prometheus), {@code /health/live} and {@code /health/ready};
 * more routes (a dashboard) can be added with {@link #route}. Built on the JDK's HTTP server, no framework.
 */
public final class MetricsServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(MetricsServer.class);
    public static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";

    private final HttpServer server;
    private final ExecutorService executor;

    private MetricsServer(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    /**
     * Listens on {@code port} of the interface {@code bindAddress} and serves metrics and health. There is no
     * authentication: {@code 127.0.0.1} serves this machine only, {@code 0.0.0.0} every interface.
     *
     * @throws IllegalStateException when the address is unknown or the port cannot be bound (in use, no permission)
     */
    public static MetricsServer start(String bindAddress, int port, PrometheusMetrics metrics, Supplier<Readiness> readiness) {
        InetSocketAddress address = new InetSocketAddress(bindAddress, port);
        if (address.isUnresolved()) {
            throw new IllegalStateException("cannot listen on " + bindAddress + ": unknown address (http.bind-address)");
        }
        HttpServer server;
        try {
            server = HttpServer.create(address, 0);
        } catch (IOException e) {
            throw new IllegalStateException("cannot listen on " + bindAddress + " port " + port + ": " + e.getMessage(), e);
        }
        ExecutorService executor = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "http-" + port);
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        MetricsServer self = new MetricsServer(server, executor);
        self.route("/metrics", exchange -> respond(exchange, 200, PROMETHEUS_TEXT, metrics.scrape()));
        self.route("/health/live", exchange -> respond(exchange, 200, "text/plain; charset=utf-8", "UP\n"));
        self.route("/health/ready", exchange -> {
            Readiness r = readiness.get();
            respond(exchange, r.ready() ? 200 : 503, "text/plain; charset=utf-8",
                    (r.ready() ? "READY " : "NOT READY ") + r.detail() + "\n");
        });
        server.start();
        return self;
    }

    /** Serves {@code path} and everything below it with {@code handler}; failures answer 500. */
    public void route(String path, HttpHandler handler) {
        server.createContext(path, exchange -> {
            try {
                if (!"GET".equals(exchange.getRequestMethod()) && !"HEAD".equals(exchange.getRequestMethod())) {
                    respond(exchange, 405, "text/plain; charset=utf-8", "GET only\n");
                    return;
                }
                handler.handle(exchange);
            } catch (IOException | RuntimeException e) {
                LOG.warn("HTTP {} failed", exchange.getRequestURI(), e);
                try {
                    respond(exchange, 500, "text/plain; charset=utf-8", "error: " + e.getMessage() + "\n");
                } catch (IOException | RuntimeException ignored) {
                    // the response had already started
                }
            } finally {
                exchange.close();
            }
        });
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** The address and port listened on. */
    public InetSocketAddress address() {
        return server.getAddress();
    }

    public static void respond(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        respond(exchange, status, contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    public static void respond(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        boolean head = "HEAD".equals(exchange.getRequestMethod());
        exchange.sendResponseHeaders(status, head ? -1 : body.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
