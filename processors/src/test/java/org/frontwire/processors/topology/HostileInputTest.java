package org.frontwire.processors.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.frontwire.processors.pipeline.ArticlePipeline;
import org.frontwire.records.Article;
import org.frontwire.records.DeadLetter;
import org.frontwire.records.Json;
import org.frontwire.records.RawPage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hostile-page corpus, one test each: every record ends as exactly one article or one dead letter with its
 * reason, and the stream goes on to process the good page published after it.
 */
class HostileInputTest {
    private static final ProcessorSettings TOPICS = ProcessorSettings.defaults();
    private static final String GOOD_URL = "https://sport.example/derby";
    private static ArticlePipeline pipeline;

    @TempDir
    Path stateDir;
    private TopologyTestDriver driver;
    private TestInputTopic<byte[], byte[]> raw;
    private final List<Article> articles = new ArrayList<>();
    private final List<DeadLetter> deadLetters = new ArrayList<>();
    private TestOutputTopic<String, Article> articleTopic;
    private TestOutputTopic<String, Article> otherTopic;
    private TestOutputTopic<byte[], DeadLetter> deadLetterTopic;

    @BeforeAll
    static void loadPipeline() {
        pipeline = ArticlePipeline.createDefault();
    }

    @AfterAll
    static void dropPipeline() {
        pipeline = null;
    }

    @BeforeEach
    void start() {
        driver = TopologyDrivers.start("hostile-input-test", TOPICS, pipeline, stateDir, Map.of());
        raw = TopologyDrivers.rawPages(driver, TOPICS);
        articleTopic = TopologyDrivers.articles(driver, TOPICS.articlesTopic());
        otherTopic = TopologyDrivers.articles(driver, TOPICS.otherArticlesTopic());
        deadLetterTopic = TopologyDrivers.deadLetters(driver, TOPICS);
    }

    @AfterEach
    void stop() {
        driver.close();
    }

    @Test
    void invalidJson() throws Exception {
        DeadLetter dead = deadLetterFor("{\"url\": \"https://broken.example/a\", \"body\": \"<p>cut off".getBytes(StandardCharsets.UTF_8));
        assertThat(dead.stage()).isEqualTo("deserialize");
        assertThat(dead.message()).contains("Unexpected end-of-input");
        assertThat(dead.value()).startsWith("{\"url\": \"https://broken.example/a\"");
    }

    @Test
    void jsonNull() throws Exception {
        assertThat(deadLetterFor("null".getBytes(StandardCharsets.UTF_8)).message()).contains("JSON null");
    }

    @Test
    void tombstone() throws Exception {
        DeadLetter dead = deadLetterFor((byte[]) null);
        assertThat(dead.message()).contains("tombstone");
        assertThat(dead.key()).isEqualTo("hostile");
    }

    @Test
    void missingUrl() throws Exception {
        assertThat(deadLetterFor("{}".getBytes(StandardCharsets.UTF_8)).message()).isEqualTo("the raw page has no url");
    }

    @Test
    void missingBody() throws Exception {
        assertThat(deadLetterFor("{\"url\": \"https://x.example/a\"}".getBytes(StandardCharsets.UTF_8)).message())
                .isEqualTo("the raw page has no body");
    }

    @Test
    void javascriptUrl() throws Exception {
        DeadLetter dead = deadLetterFor(page("javascript:alert(1)", "text/html", TestPages.MATCH_PAGE));
        assertThat(dead.stage()).isEqualTo("validate");
        assertThat(dead.message()).isEqualTo("the raw page's url is not an http(s) or file: URL: \"javascript:alert(1)\"");
    }

    @Test
    void dataUrl() throws Exception {
        assertThat(deadLetterFor(page("data:text/html;base64,PHA+aGk8L3A+", "text/html", TestPages.MATCH_PAGE)).message())
                .contains("is not an http(s) or file: URL");
    }

    @Test
    void emptyUrl() throws Exception {
        DeadLetter dead = deadLetterFor(page("", "text/html", TestPages.MATCH_PAGE));
        assertThat(dead.stage()).isEqualTo("validate");
        assertThat(dead.message()).isEqualTo("the raw page's url is empty");
    }

    @Test
    void garbageUrl() throws Exception {
        assertThat(deadLetterFor(page("not a url at all %%%", "text/html", TestPages.MATCH_PAGE)).message())
                .startsWith("the raw page's url is not a URL");
    }

    @Test
    void httpUrlWithoutHost() throws Exception {
        assertThat(deadLetterFor(page("https:///no-host", "text/html", TestPages.MATCH_PAGE)).message())
                .startsWith("the raw page's url is not an http(s) or file: URL");
    }

    @Test
    void finalUrlWithoutUrl() throws Exception {
        DeadLetter dead = deadLetterFor(new RawPage(RawPage.SCHEMA_VERSION, null, "https://x.example/final", "test", Instant.now(),
                200, "text/html", "UTF-8", TestPages.MATCH_PAGE, null, null, null, null));
        assertThat(dead.stage()).isEqualTo("validate");
        assertThat(dead.message()).isEqualTo("the raw page has no url, only a finalUrl");
    }

    @Test
    void javascriptFinalUrl() throws Exception {
        assertThat(deadLetterFor(new RawPage(RawPage.SCHEMA_VERSION, "https://x.example/a", "javascript:void(0)", "test", Instant.now(),
                200, "text/html", "UTF-8", TestPages.MATCH_PAGE, null, null, null, null)).message())
                .startsWith("the raw page's finalUrl is not an http(s) or file: URL");
    }

    @Test
    void localFileUrlIsAnArticle() throws Exception {
        assertThat(articleFor(page("file:///saved/outlet/derby.html", "text/html", TestPages.MATCH_PAGE)).url())
                .isEqualTo("file:///saved/outlet/derby.html");
    }

    @Test
    void javascriptCanonicalLinkIsDroppedNotTheArticle() throws Exception {
        String html = TestPages.MATCH_PAGE.replace("<head>", "<head><link rel=\"canonical\" href=\"javascript:alert(1)\">");
        Article article = articleFor(page("https://canonical.example/derby", "text/html", html));
        assertThat(article.canonicalUrl()).isNull();
    }

    @Test
    void fieldsOfTheWrongType() throws Exception {
        DeadLetter dead = deadLetterFor("{\"url\": \"https://x.example/a\", \"body\": \"<p>x</p>\", \"fetchedAt\": \"last tuesday\"}"
                .getBytes(StandardCharsets.UTF_8));
        assertThat(dead.stage()).isEqualTo("deserialize");
        assertThat(dead.message()).contains("fetchedAt");
    }

    @Test
    void emptyBody() throws Exception {
        DeadLetter dead = deadLetterFor(page("https://x.example/empty", "text/html", ""));
        assertThat(dead.message()).isEqualTo("the page has no body");
        assertThat(dead.stage()).isEqualTo("extract");
    }

    @Test
    void pngBytesOnTheTopic() throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 'I', 'H', 'D', 'R', (byte) 0xff};
        DeadLetter dead = deadLetterFor(png);
        assertThat(dead.stage()).isEqualTo("deserialize");
        assertThat(Base64.getDecoder().decode(dead.valueBase64())).isEqualTo(png);
    }

    @Test
    void pdfAsARawPage() throws Exception {
        String pdf = "%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n<< /Type /Catalog >>\nstream\n\u0001\u0002\u0003\u0000endstream";
        DeadLetter dead = deadLetterFor(page("https://x.example/report.pdf", "application/pdf", pdf));
        assertThat(dead.message()).contains("application/pdf");
        assertThat(dead.value()).contains("https://x.example/report.pdf");
    }

    @Test
    void binaryBodyLabelledAsHtml() throws Exception {
        StringBuilder noise = new StringBuilder();
        for (int i = 0; i < 4000; i++) {
            noise.append((char) ((i * 7919) % 0x100));
        }
        assertThat(deadLetterFor(page("https://x.example/image", "text/html", noise.toString())).message()).contains("binary");
    }

    @Test
    void fiftyMegabytePage() throws Exception {
        String paragraph = "<p>Reporters counted the shelling of villages along the line of contact, and peacekeepers said the ceasefire held.</p>\n";
        String html = "<html><head><title>A very long page</title></head><body><article>" + paragraph.repeat(50_000_000 / paragraph.length())
                + "</article></body></html>";
        assertThat(html.length()).isGreaterThan(50_000_000);

        Article article = articleFor(page("https://long.example/endless", "text/html", html));
        assertThat(article.title()).isEqualTo("A very long page");
        assertThat(article.text().length()).isLessThan(html.length() / 10);
    }

    @Test
    void hundredThousandNestedElements() throws Exception {
        String html = "<html><head><title>Deep</title></head><body>" + "<div>".repeat(100_000)
                + "<p>" + "Deep inside the page there is a paragraph of plain article text. ".repeat(5) + "</p>"
                + "</div>".repeat(100_000) + "</body></html>";
        Article article = articleFor(page("https://deep.example/a", "text/html", html));
        assertThat(article.text()).contains("Deep inside the page there is a paragraph");
    }

    @Test
    void malformedUtf8IsReplacedNotFatal() throws Exception {
        String html = "<html><head><title>Broken bytes</title></head><body><article><p>"
                + "The council met on Monday and agreed the new budget for schools and roads. BROKEN "
                + "The vote was close, and the mayor thanked the members for a long debate.</p></article></body></html>";
        byte[] json = Json.toBytes(RawPage.ofText("https://bytes.example/a", "test", "text/html", html, Instant.now()));
        byte[] malformed = replace(json, "BROKEN".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF, (byte) 0xE2, (byte) 0x82});

        Article article = articleFor(malformed);
        assertThat(article.title()).isEqualTo("Broken bytes");
        assertThat(article.text()).contains("agreed the new budget").contains("the mayor thanked the members");
    }

    @Test
    void tenMegabyteSingleLineOfText() throws Exception {
        Article plain = articleFor(page("https://line.example/plain", "text/plain", tenMegabyteLine()));
        assertThat(plain.text()).startsWith("one endless line");
    }

    @Test
    void tenMegabyteSingleLineOfHtml() throws Exception {
        Article html = articleFor(page("https://line.example/html", "text/html", "<html><body><p>" + tenMegabyteLine() + "</p></body></html>"));
        assertThat(html.text()).startsWith("one endless line");
    }

    private static String tenMegabyteLine() {
        String words = "one endless line of words without any break at all ";
        String line = words.repeat(10_000_000 / words.length() + 1);
        assertThat(line.length()).isGreaterThan(10_000_000);
        assertThat(line).doesNotContain("\n");
        return line;
    }

    @Test
    void pageOfOnlyScripts() throws Exception {
        String html = "<html><head><title>Loading</title><script src=\"/app.js\"></script><script>window.__STATE__ = {\"a\": 1};</script>"
                + "</head><body><div id=\"root\"></div><script>" + "render(document.getElementById('root'));".repeat(200)
                + "</script><noscript>Please enable JavaScript.</noscript></body></html>";
        DeadLetter dead = deadLetterFor(page("https://app.example/story", "text/html", html));
        assertThat(dead.message()).startsWith("no article text found");
        assertThat(dead.stage()).isEqualTo("extract");
    }

    @Test
    void pageInALanguageWeDoNotKnow() throws Exception {
        String invented = "Zorvak miltre dunaspe korvalin, esh tavrin oklumer fasindor. Plentavo sirk morudane veltis "
                + "ka drumelon, ishvar pelto gravinesh untamor.";
        String html = "<html><head><title>Varnek tuludor</title></head><body><article><p>" + invented + "</p><p>" + invented
                + "</p></article></body></html>";
        publish("https://unknown.example/a", Json.toBytes(RawPage.ofText("https://unknown.example/a", "test", "text/html", html, Instant.now())));
        drain();

        assertThat(deadLetters).isEmpty();
        assertThat(articles).hasSize(2);
        Article article = articles.get(0);
        assertThat(article.topic()).isEqualTo("none");
        assertThat(article.language()).isNotBlank();
        assertThat(article.text()).contains("Zorvak miltre");
    }

    /** Publishes the hostile value, then a good page; expects one dead letter and the good page as an article. */
    private DeadLetter deadLetterFor(byte[] value) throws IOException {
        publish("hostile", value);
        drain();
        assertThat(deadLetters).as("dead letters").hasSize(1);
        assertThat(articles).as("articles").extracting(Article::url).containsExactly(GOOD_URL);
        return deadLetters.get(0);
    }

    private DeadLetter deadLetterFor(RawPage page) throws IOException {
        return deadLetterFor(Json.toBytes(page));
    }

    /** Publishes the hostile value, then a good page; expects both as articles and no dead letter. */
    private Article articleFor(byte[] value) throws IOException {
        publish("hostile", value);
        drain();
        assertThat(deadLetters).as("dead letters").isEmpty();
        assertThat(articles).as("articles").hasSize(2);
        assertThat(articles.get(1).url()).isEqualTo(GOOD_URL);
        return articles.get(0);
    }

    private Article articleFor(RawPage page) throws IOException {
        return articleFor(Json.toBytes(page));
    }

    private void publish(String key, byte[] value) {
        raw.pipeInput(key.getBytes(StandardCharsets.UTF_8), value);
        raw.pipeInput(GOOD_URL.getBytes(StandardCharsets.UTF_8),
                Json.toBytes(RawPage.ofText(GOOD_URL, "test", "text/html", TestPages.MATCH_PAGE, Instant.now())));
    }

    private void drain() throws IOException {
        articles.addAll(articleTopic.readValuesToList());
        articles.addAll(otherTopic.readValuesToList());
        articles.sort((a, b) -> GOOD_URL.equals(a.url()) ? 1 : GOOD_URL.equals(b.url()) ? -1 : 0);
        deadLetters.addAll(deadLetterTopic.readValuesToList());
    }

    private static RawPage page(String url, String contentType, String body) {
        return RawPage.ofText(url, "test", contentType, body, Instant.now());
    }

    private static byte[] replace(byte[] haystack, byte[] needle, byte[] with) {
        String s = new String(haystack, StandardCharsets.ISO_8859_1);
        int at = s.indexOf(new String(needle, StandardCharsets.ISO_8859_1));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(haystack, 0, at);
        out.writeBytes(with);
        out.write(haystack, at + needle.length, haystack.length - at - needle.length);
        return out.toByteArray();
    }
}
