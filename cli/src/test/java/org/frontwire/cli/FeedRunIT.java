package org.frontwire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.frontwire.broker.EmbeddedKafka;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code run --source http://127.0.0.1:PORT/feed.xml --allow-private-addresses --once} on a real broker. */
class FeedRunIT {
    @TempDir
    static Path dataDir;
    static EmbeddedKafka kafka;
    static HttpServer server;

    @BeforeAll
    static void start() throws Exception {
        kafka = EmbeddedKafka.start(dataDir.resolve("kafka"));
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        Path pages = PipelineIT.samplePages();
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        Map<String, String> routes = Map.of(
                "/robots.txt", "User-agent: *\nAllow: /\n",
                "/feed.xml", """
                        <?xml version="1.0" encoding="UTF-8"?>
                        <rss version="2.0"><channel><title>Test wire</title><link>%1$s/</link><description>t</description>
                        <item><title>Shelling resumes near Stepanakert</title><link>%1$s/world/shelling.html</link>
                          <pubDate>Tue, 19 Sep 2023 08:30:00 GMT</pubDate></item>
                        <item><title>Un but tardif</title><link>%1$s/sport/derby.html</link>
                          <pubDate>Sat, 16 Sep 2023 18:00:00 GMT</pubDate></item>
                        </channel></rss>""".formatted(base),
                "/world/shelling.html", Files.readString(pages.resolve("caucasus-shelling.html")),
                "/sport/derby.html", Files.readString(pages.resolve("derby.html")));
        server.createContext("/", exchange -> {
            String body = routes.get(exchange.getRequestURI().getPath());
            byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
            String path = exchange.getRequestURI().getPath();
            exchange.getResponseHeaders().set("Content-Type", path.endsWith(".xml") ? "application/rss+xml; charset=utf-8"
                    : path.endsWith(".txt") ? "text/plain" : "text/html; charset=utf-8");
            exchange.sendResponseHeaders(body == null ? 404 : 200, bytes.length == 0 ? -1 : bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
    }

    @AfterAll
    static void stop() {
        server.stop(0);
        kafka.close();
    }

    @Test
    void theFeedsArticlesEndOnTheOutputTopics() {
        String feed = "http://127.0.0.1:" + server.getAddress().getPort() + "/feed.xml";
        String[] common = {"--bootstrap-servers", kafka.bootstrapServers(), "--data-dir", dataDir.resolve("run").toString()};
        CliRunner.Result run = CliRunner.run(concat(new String[] {"run", "--source", feed, "--allow-private-addresses",
                "--once", "--timeout", "120", "--set", "ingest.politeness-delay-ms=0"}, common));
        assertThat(run.exitCode()).as(run.err() + run.out()).isZero();
        assertThat(run.out()).contains("summary: 2 pages in");

        CliRunner.Result conflict = CliRunner.run(concat(new String[] {"tail", "--format", "json"}, common));
        assertThat(conflict.out()).contains("\"topic\":\"armenia-azerbaijan\"").contains("/world/shelling.html");
        CliRunner.Result other = CliRunner.run(concat(new String[] {"tail", "--topic", "frontwire.articles.other", "--format", "json"}, common));
        assertThat(other.out()).contains("/sport/derby.html").contains("\"topic\":\"none\"");
    }

    @Test
    void withoutTheFlagPrivateAddressesAreRefused() {
        String feed = "http://127.0.0.1:" + server.getAddress().getPort() + "/feed.xml";
        CliRunner.Result run = CliRunner.run("run", "--source", feed, "--once", "--timeout", "30",
                "--bootstrap-servers", kafka.bootstrapServers(), "--data-dir", dataDir.resolve("refused").toString(),
                "--set", "topics.raw-pages=refused.raw", "--set", "processor.application-id=refused");
        assertThat(run.err()).containsIgnoringCase("private");
        assertThat(run.out()).contains("summary: 0 pages in");
    }

    private static String[] concat(String[] a, String[] b) {
        String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
