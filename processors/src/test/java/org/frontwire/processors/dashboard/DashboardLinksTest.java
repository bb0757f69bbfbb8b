package org.frontwire.processors.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.frontwire.records.Json;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dashboard's own script, run by Node.js on a minimal document, draws the latest articles of a view whose URLs
 * include {@code javascript:}, {@code data:} and {@code file:}: only the http(s) ones become links. Skipped where
 * there is no {@code node} (the browser test, {@link DashboardBrowserIT}, draws the real page in Chromium).
 */
class DashboardLinksTest {
    private static final List<String> URLS = List.of("https://news.example/a", "HTTP://news.example/b",
            "javascript:alert(1)", " javascript:alert(2)", "JaVaScRiPt:alert(3)", "data:text/html,<script>alert(4)</script>",
            "file:///saved/outlet/a.html", "", "https:/no-host");

    @TempDir
    Path dir;

    @Test
    void onlyHttpUrlsBecomeLinks() throws Exception {
        List<JsonNode> drawn = drawLatest();

        assertThat(drawn).hasSize(URLS.size());
        for (int i = 0; i < URLS.size(); i++) {
            JsonNode item = drawn.get(i);
            boolean web = i < 2;
            assertThat(item.get("tag").asText()).as(URLS.get(i)).isEqualTo(web ? "a" : "span");
            assertThat(item.get("text").asText()).isEqualTo("title " + i);
            if (web) {
                assertThat(item.get("attrs").get("href").asText()).isEqualTo(URLS.get(i));
            } else {
                assertThat(item.get("attrs").has("href")).as(URLS.get(i)).isFalse();
            }
        }
    }

    /** The first child of each drawn article item: the link or the plain title. */
    private List<JsonNode> drawLatest() throws Exception {
        Assumptions.assumeTrue(nodeAvailable(), "no node on this machine");
        Path script = dir.resolve("dashboard.js");
        try (InputStream in = DashboardLinksTest.class.getResourceAsStream("/dashboard/dashboard.js")) {
            Files.write(script, in.readAllBytes());
        }
        List<Object> articles = new ArrayList<>();
        for (int i = 0; i < URLS.size(); i++) {
            articles.add(java.util.Map.of("topic", "none", "title", "title " + i, "url", URLS.get(i)));
        }
        String view = Json.toString(java.util.Map.of("state", "RUNNING", "series", List.of(),
                "latest", List.of(java.util.Map.of("topic", "none", "articles", articles))));
        Path harness = dir.resolve("harness.js");
        Files.writeString(harness, HARNESS.replace("%VIEW%", view));
        Process node = new ProcessBuilder("node", harness.toString(), script.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        byte[] out = node.getInputStream().readAllBytes();
        assertThat(node.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(node.exitValue()).as(new String(out, StandardCharsets.UTF_8)).isZero();
        List<JsonNode> drawn = new ArrayList<>();
        Json.MAPPER.readTree(out).forEach(drawn::add);
        return drawn;
    }

    private static boolean nodeAvailable() {
        try {
            Process p = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    /** A document just large enough for dashboard.js: elements that keep their attributes, text and children. */
    private static final String HARNESS = """
            const fs = require("fs");
            const vm = require("vm");
            function element(tag) {
              return {tag, attrs: {}, children: [], textContent: "", className: "",
                setAttribute(k, v) { this.attrs[k] = String(v); },
                appendChild(c) { this.children.push(c); return c; },
                replaceChildren(...c) { this.children = c; }};
            }
            const byId = {};
            global.document = {
              body: element("body"),
              createElement: element,
              createElementNS: (ns, tag) => element(tag),
              createTextNode: text => ({tag: "#text", textContent: text}),
              getElementById: id => byId[id] || (byId[id] = element("div")),
            };
            global.fetch = async () => ({ok: true, json: async () => (%VIEW%)});
            global.setInterval = () => 0;
            vm.runInThisContext(fs.readFileSync(process.argv[2], "utf8"));
            setTimeout(() => {
              const items = [];
              (function walk(n) {
                if (n.tag === "li" && n.attrs.class === "article") {
                  const first = n.children[0];
                  items.push({tag: first.tag, attrs: first.attrs, text: first.textContent});
                }
                (n.children || []).forEach(walk);
              })(byId["latest"]);
              process.stdout.write(JSON.stringify(items));
            }, 50);
            """;
}
