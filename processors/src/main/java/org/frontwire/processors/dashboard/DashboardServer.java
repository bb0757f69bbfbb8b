package org.frontwire.processors.dashboard;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import org.frontwire.observability.MetricsServer;
import org.frontwire.records.Json;

/** Adds the live dashboard to a {@link MetricsServer}: the page at {@code /} and its data at {@code /api/dashboard}. */
public final class DashboardServer {
    private static final Map<String, String> FILES = Map.of(
            "/", "index.html",
            "/index.html", "index.html",
            "/dashboard.js", "dashboard.js",
            "/dashboard.css", "dashboard.css");

    private DashboardServer() {}

    /** One instance alone: {@code /api/dashboard} is the local view. */
    public static void addTo(MetricsServer server, DashboardQueries queries) {
        addTo(server, queries, new DashboardCluster(null, queries, null, java.time.Duration.ofSeconds(1)));
    }

    /** {@code /api/dashboard}: all instances merged; {@code /api/dashboard/local}: the stores this instance hosts. */
    public static void addTo(MetricsServer server, DashboardQueries queries, DashboardCluster cluster) {
        server.route(DashboardCluster.LOCAL_PATH, exchange -> MetricsServer.respond(exchange, 200,
                "application/json; charset=utf-8", Json.toBytes(queries.localView())));
        server.route("/api/dashboard", exchange ->
                MetricsServer.respond(exchange, 200, "application/json; charset=utf-8", Json.toBytes(cluster.view())));
        server.route("/", exchange -> {
            String file = FILES.get(exchange.getRequestURI().getPath());
            byte[] body = file == null ? null : resource(file);
            if (body == null) {
                MetricsServer.respond(exchange, 404, "text/plain; charset=utf-8", "not found\n");
            } else {
                MetricsServer.respond(exchange, 200, contentType(file), body);
            }
        });
    }

    private static byte[] resource(String file) throws IOException {
        try (InputStream in = DashboardServer.class.getResourceAsStream("/dashboard/" + file)) {
            return in == null ? null : in.readAllBytes();
        }
    }

    private static String contentType(String file) {
        if (file.endsWith(".js")) {
            return "text/javascript; charset=utf-8";
        }
        return file.endsWith(".css") ? "text/css; charset=utf-8" : "text/html; charset=utf-8";
    }
}
