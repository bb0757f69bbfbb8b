package org.frontwire.cli.chaos;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.frontwire.cli.bench.BenchPages;
import org.frontwire.records.Json;
import org.frontwire.records.RawPage;

/** The harness's input: real pages under distinct URLs, and every tenth record a bad one of some kind. */
final class ChaosInput {
    private ChaosInput() {}

    record Item(String key, byte[] value, boolean bad) {}

    static Item item(int n, List<BenchPages.Sample> pages) {
        if (n % 10 == 9) {
            String key = "bad-" + n;
            byte[] value = switch ((n / 10) % 5) {
                case 0 -> "{\"url\": \"https://broken.example/".getBytes(StandardCharsets.UTF_8);
                case 1 -> null;
                case 2 -> Json.toBytes(new RawPage(1, key, key, "chaos", Instant.now(), 200, "text/html", "UTF-8", null,
                        null, null, null, null));
                case 3 -> new byte[] {'%', 'P', 'D', 'F', '-', '1', '.', '7', (byte) 0xe2, (byte) 0xe3, (byte) 0xcf, (byte) 0xd3};
                default -> Json.toBytes(RawPage.ofText(key, "chaos", "text/html", "  ", Instant.now()));
            };
            return new Item(key, value, true);
        }
        BenchPages.Sample sample = pages.get(n % pages.size());
        String url = "https://copy" + n + ".chaos.example/" + sample.name();
        return new Item(url, Json.toBytes(RawPage.ofText(url, "chaos", sample.contentType(), sample.body(), Instant.now())), false);
    }
}
