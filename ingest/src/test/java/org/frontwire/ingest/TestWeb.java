package org.frontwire.ingest;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/** A real HTTP server on a loopback address for tests, answering per path with what the test registered. */
public final class TestWeb implements AutoCloseable {
    @FunctionalInterface
    public interface Handler {
        void handle(HttpExchange exchange) throws IOException;
    }

    /** When each request arrived, in nanoTime, per path. */
    public final Map<String, List<Long>> arrivals = new ConcurrentHashMap<>();
    public final Map<String, List<Map<String, List<String>>>> requestHeaders = new ConcurrentHashMap<>();
    private final Map<String, Handler> handlers = new ConcurrentHashMap<>();
    private final HttpServer server;
    private final AtomicInteger requests = new AtomicInteger();

    public TestWeb() throws IOException {
        this("127.0.0.1");
    }

    public TestWeb(String address) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getByName(address), 0), 100);
        server.setExecutor(Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "test-web");
            t.setDaemon(true);
            return t;
        }));
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            String path = exchange.getRequestURI().getPath();
            arrivals.computeIfAbsent(path, p -> new CopyOnWriteArrayList<>()).add(System.nanoTime());
            requestHeaders.computeIfAbsent(path, p -> new CopyOnWriteArrayList<>()).add(Map.copyOf(exchange.getRequestHeaders()));
            Handler h = handlers.get(path);
            try {
                if (h == null) {
                    send(exchange, 404, "text/plain", "not found".getBytes(StandardCharsets.UTF_8));
                } else {
                    h.handle(exchange);
                }
            } catch (IOException e) {
                // the client went away (timeouts, size limits)
            } finally {
                exchange.close();
            }
        });
        server.start();
    }

    public String base() {
        return "http://" + server.getAddress().getAddress().getHostAddress() + ":" + server.getAddress().getPort();
    }

    public String url(String path) {
        return base() + path;
    }

    public int requestCount() {
        return requests.get();
    }

    public int hits(String path) {
        return arrivals.getOrDefault(path, List.of()).size();
    }

    public TestWeb on(String path, Handler handler) {
        handlers.put(path, handler);
        return this;
    }

    public TestWeb page(String path, String contentType, String body) {
        return page(path, contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    public TestWeb page(String path, String contentType, String body, Charset charset) {
        return page(path, contentType, body.getBytes(charset));
    }

    public TestWeb page(String path, String contentType, byte[] body) {
        return on(path, ex -> send(ex, 200, contentType, body));
    }

    public static void send(HttpExchange ex, int status, String contentType, byte[] body) throws IOException {
        if (contentType != null) {
            ex.getResponseHeaders().set("Content-Type", contentType);
        }
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        }
    }

    public static String html(String title, String body) {
        return "<!doctype html><html><head><title>" + title + "</title></head><body><article><h1>" + title
                + "</h1><p>" + body + "</p></article></body></html>";
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
