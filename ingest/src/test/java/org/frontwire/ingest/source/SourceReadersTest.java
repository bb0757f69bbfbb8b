package org.frontwire.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.frontwire.records.RawPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

class SourceReadersTest {
    static final String BASE = "http://news.test";

    static String rss() {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>Test Wire</title><link>http://news.test/</link><description>d</description>
                <item><title>Ceasefire talks resume</title><link>http://news.test/a/1</link>
                  <pubDate>Tue, 03 Nov 2026 10:15:00 GMT</pubDate></item>
                <item><title>Markets calm</title><link>/a/2</link></item>
                </channel></rss>""";
    }

    static String atom() {
        return """
                <?xml version="1.0" encoding="utf-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Wire</title><id>urn:x</id><updated>2026-11-03T12:00:00Z</updated>
                <entry><title>Border crossing reopens</title><link href="http://news.test/b/1"/><id>urn:b1</id>
                  <published>2026-11-03T11:00:00Z</published><updated>2026-11-03T11:30:00Z</updated></entry>
                </feed>""";
    }

    @Test
    void readsRssItemsWithTitleAndDate() throws IOException {
        List<DiscoveredUrl> items = FeedReader.items(rss().getBytes(StandardCharsets.UTF_8), BASE + "/rss.xml");
        assertThat(items).extracting(DiscoveredUrl::url).containsExactly(BASE + "/a/1", BASE + "/a/2");
        assertThat(items.get(0).title()).isEqualTo("Ceasefire talks resume");
        assertThat(items.get(0).publishedAt()).isEqualTo(Instant.parse("2026-11-03T10:15:00Z"));
        assertThat(items.get(0).source()).isEqualTo(BASE + "/rss.xml");
    }

    @Test
    void readsAtomEntries() throws IOException {
        List<DiscoveredUrl> items = FeedReader.items(atom().getBytes(StandardCharsets.UTF_8), BASE + "/atom.xml");
        assertThat(items).singleElement().satisfies(d -> {
            assertThat(d.url()).isEqualTo(BASE + "/b/1");
            assertThat(d.title()).isEqualTo("Border crossing reopens");
            assertThat(d.publishedAt()).isEqualTo(Instant.parse("2026-11-03T11:00:00Z"));
        });
    }

    @Test
    void rejectsSomethingThatIsNotAFeed() {
        assertThatThrownBy(() -> FeedReader.items("<html>no</html>".getBytes(), BASE + "/x"))
                .isInstanceOf(IOException.class).hasMessageContaining("not a readable RSS or Atom feed");
    }

    @Test
    void readsSitemapIndexesAndGoogleNewsSitemaps() throws IOException {
        String index = """
                <?xml version="1.0" encoding="UTF-8"?>
                <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                  <sitemap><loc>http://news.test/sitemap-news.xml</loc></sitemap>
                  <sitemap><loc>http://news.test/sitemap-2026.xml</loc></sitemap>
                </sitemapindex>""";
        SitemapReader.Contents idx = SitemapReader.read(index.getBytes(), "text/xml", BASE + "/sitemap.xml");
        assertThat(idx.sitemaps()).containsExactly(BASE + "/sitemap-news.xml", BASE + "/sitemap-2026.xml");

        String news = """
                <?xml version="1.0" encoding="UTF-8"?>
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
                  <url><loc>http://news.test/n/1</loc>
                    <news:news><news:publication><news:name>Test Wire</news:name><news:language>en</news:language></news:publication>
                      <news:publication_date>2026-11-03T09:00:00Z</news:publication_date><news:title>Aid convoy arrives</news:title></news:news>
                  </url>
                  <url><loc>http://news.test/n/2</loc><lastmod>2026-11-02</lastmod></url>
                </urlset>""";
        SitemapReader.Contents pages = SitemapReader.read(news.getBytes(), "text/xml", BASE + "/sitemap-news.xml");
        assertThat(pages.pages()).extracting(DiscoveredUrl::url).containsExactlyInAnyOrder(BASE + "/n/1", BASE + "/n/2");
        DiscoveredUrl first = pages.pages().stream().filter(p -> p.url().endsWith("/n/1")).findFirst().orElseThrow();
        assertThat(first.title()).isEqualTo("Aid convoy arrives");
        assertThat(first.publishedAt()).isEqualTo(Instant.parse("2026-11-03T09:00:00Z"));
    }

    @Test
    void sniffsWhatAFetchedSourceIs() {
        assertThat(FetchedKind.sniff("text/xml", rss().getBytes())).isEqualTo(FetchedKind.FEED);
        assertThat(FetchedKind.sniff("application/xml", atom().getBytes())).isEqualTo(FetchedKind.FEED);
        assertThat(FetchedKind.sniff("text/xml", "<?xml version='1.0'?><urlset>".getBytes())).isEqualTo(FetchedKind.SITEMAP);
        assertThat(FetchedKind.sniff("text/html", "<html><body>feed me</body></html>".getBytes())).isEqualTo(FetchedKind.PAGE);
    }

    @Test
    void replaysHtmlResponsesOfAWarcGz(@TempDir Path dir) throws IOException {
        Path warc = dir.resolve("news.warc.gz");
        String arabic = "<html><head><meta charset=\"windows-1256\"></head><body>خبر عاجل</body></html>";
        try (WarcWriter writer = new WarcWriter(Files.newByteChannel(warc,
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE), WarcCompression.GZIP)) {
            writer.write(response("http://news.test/w/1", "text/html; charset=utf-8", "<html><body>First story</body></html>".getBytes(StandardCharsets.UTF_8)));
            writer.write(response("http://news.test/w/2", "text/html", arabic.getBytes(Charset.forName("windows-1256"))));
            writer.write(response("http://news.test/w/3.pdf", "application/pdf", "%PDF-1.4".getBytes()));
        }
        List<RawPage> pages = new ArrayList<>();
        int skipped = WarcPages.read(warc, warc.toString(), 1 << 20, pages::add);
        assertThat(skipped).isEqualTo(1);
        assertThat(pages).extracting(RawPage::url).containsExactly("http://news.test/w/1", "http://news.test/w/2");
        assertThat(pages.get(1).body()).contains("خبر عاجل");
        assertThat(pages.get(0).source()).isEqualTo(warc.toString());
    }

    @Test
    void localFilesGetTheSiteOfTheirCanonicalLinkElseOfTheirFolder(@TempDir Path dir) throws IOException {
        Path outlet = Files.createDirectories(dir.resolve("outlet"));
        Files.writeString(outlet.resolve("a.html"), "<html><head><link rel=\"canonical\" href=\"https://www.outlet.example/a\"></head><body>A</body></html>");
        Files.writeString(outlet.resolve("b.html"), "<html><body>B</body></html>");

        assertThat(LocalFiles.read(outlet.resolve("a.html"), "folder").site()).isEqualTo("outlet.example");
        RawPage b = LocalFiles.read(outlet.resolve("b.html"), "folder");
        assertThat(b.site()).isEqualTo(b.url().substring(0, b.url().lastIndexOf('/') + 1)).endsWith("/outlet/");
    }

    private static WarcResponse response(String url, String contentType, byte[] body) throws IOException {
        HttpResponse http = new HttpResponse.Builder(200, "OK")
                .body(MediaType.parse(contentType), body)
                .build();
        return new WarcResponse.Builder(URI.create(url)).date(Instant.parse("2026-11-03T08:00:00Z")).body(http).build();
    }

    @Test
    void classifiesSourceStrings(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("seeds.urls"), "# seeds\nhttp://news.test/a\n\n http://news.test/b \n");
        Files.writeString(dir.resolve("page.html"), "<html></html>");
        Files.writeString(dir.resolve("x.warc"), "");
        assertThat(SourceKind.of("https://news.test/feed")).isEqualTo(SourceKind.URL);
        assertThat(SourceKind.of(dir.toString())).isEqualTo(SourceKind.FOLDER);
        assertThat(SourceKind.of(dir.resolve("seeds.urls").toString())).isEqualTo(SourceKind.SEED_LIST);
        assertThat(SourceKind.of(dir.resolve("page.html").toString())).isEqualTo(SourceKind.PAGE_FILE);
        assertThat(SourceKind.of(dir.resolve("x.warc").toString())).isEqualTo(SourceKind.WARC);
        assertThat(SourceKind.of(dir.resolve("nope").toString())).isEqualTo(SourceKind.MISSING);
        assertThat(SeedList.read(dir.resolve("seeds.urls"))).containsExactly("http://news.test/a", "http://news.test/b");
    }
}
