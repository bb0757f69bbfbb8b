package org.frontwire.processors.pipeline;

import java.util.List;
import org.frontwire.processors.classify.Classification;
import org.frontwire.processors.classify.TopicClassifier;
import org.frontwire.processors.extract.ArticleExtractor;
import org.frontwire.processors.extract.Extraction;
import org.frontwire.processors.extract.Page;
import org.frontwire.processors.extract.SiteMemories;
import org.frontwire.processors.extract.SiteMemory;
import org.frontwire.processors.language.LanguageDetector;
import org.frontwire.records.Article;
import org.frontwire.records.Hashes;
import org.frontwire.records.RawPage;
import org.frontwire.records.Sites;

/** Raw page in, article out: extraction, language, classification. The processor and {@code extract} share it. */
public final class ArticlePipeline {

    public static final String VERSION = ArticlePipeline.class.getPackage().getImplementationVersion() != null
            ? ArticlePipeline.class.getPackage().getImplementationVersion() : "0.1.0";

    private final ArticleExtractor extractor;
    private final TopicClassifier classifier;
    private final LanguageDetector languages;

    public ArticlePipeline(ArticleExtractor extractor, TopicClassifier classifier, LanguageDetector languages) {
        this.extractor = extractor;
        this.classifier = classifier;
        this.languages = languages;
    }

    public static ArticlePipeline createDefault() {
        return new ArticlePipeline(new ArticleExtractor(), TopicClassifier.loadDefault(), new LanguageDetector());
    }

    /**
     * @param memory what is known of the page's site
     * @param learn  whether the page should first teach the memory (the stream does; {@code extract} learns all
     *               pages of a site before extracting any)
     */
    public Article process(RawPage raw, SiteMemory memory, boolean learn) {
        return processMeasured(raw, memory, learn).article();
    }

    /** An article and the length of the page text it was cut from (for the chrome-removed metric). */
    public record Measured(Article article, int pageTextLength) {}

    /** {@link #process}, keeping the page's text length that extraction measured on its way. */
    public Measured processMeasured(RawPage raw, SiteMemory memory, boolean learn) {
        requireText(raw);
        Page page = pageOf(raw);
        Extraction e = learn ? extractor.learnAndExtract(page, memory) : extractor.extract(page, memory);
        return article(raw, e);
    }

    /**
     * A page parsed once, learned into its site's memory and extracted up to that memory, for a caller that learns
     * every page of a site before it extracts any ({@code extract}); {@link #finish} makes its article. Keeps what the
     * article needs, neither the page's tree nor its body.
     */
    public static final class Prepared {
        private final RawPage raw;
        private final String siteKey;
        private final ArticleExtractor.Prepared extraction;

        private Prepared(RawPage raw, String siteKey, ArticleExtractor.Prepared extraction) {
            this.raw = raw;
            this.siteKey = siteKey;
            this.extraction = extraction;
        }

        /** The key of the memory the page was learned into, for {@link SiteMemories#of}. */
        public String siteKey() {
            return siteKey;
        }
    }

    /** The first half of {@link #process} for {@code extract}: checks and parses the page, and learns it into memories. */
    public Prepared prepare(RawPage raw, SiteMemories memories) {
        requireText(raw);
        Page page = pageOf(raw);
        ArticleExtractor.Prepared extraction = extractor.prepare(page);
        String siteKey = memories.learn(page, extraction);
        String url = raw.finalUrl() != null ? raw.finalUrl() : raw.url();
        RawPage withoutBody = new RawPage(raw.schemaVersion(), raw.url(), raw.finalUrl(), raw.source(), raw.fetchedAt(), raw.httpStatus(),
                raw.contentType(), raw.charset(), url == null ? raw.body() : null, raw.feedTitle(), raw.feedPublishedAt(), raw.etag(),
                raw.contentHash(), raw.site());
        return new Prepared(withoutBody, siteKey, extraction);
    }

    /** The article of a prepared page, with what its site's memory has learned. */
    public Article finish(Prepared prepared, SiteMemory memory) {
        return article(prepared.raw, prepared.extraction.extract(memory)).article();
    }

    private static void requireText(RawPage raw) {
        if (raw.body() == null || raw.body().isBlank()) {
            throw new IllegalArgumentException("the page has no body");
        }
        TextContent.require(raw.contentType(), raw.body());
    }

    private Measured article(RawPage raw, Extraction e) {
        String url = raw.finalUrl() != null ? raw.finalUrl() : raw.url();
        String text = e.text() == null ? "" : e.text();
        if (text.isBlank()) {
            throw new IllegalArgumentException("no article text found: the page has no readable text outside scripts and site chrome");
        }
        String language = languages.detect(e.title(), text);
        Classification c = classifier.classify(e.title(), e.summary(), text);
        String id = Hashes.sha256(url == null ? raw.body() : url).substring(0, 32);
        String canonical = PageUrls.isWeb(e.canonicalUrl()) ? e.canonicalUrl() : null;
        return new Measured(new Article(Article.SCHEMA_VERSION, id, raw.url(), canonical, siteOf(e, url), e.title(), e.summary(),
                text, language, e.publishedAt() != null ? e.publishedAt() : raw.feedPublishedAt(), raw.fetchedAt(), e.author(),
                e.keywords() == null ? List.of() : e.keywords(), e.sourceLine(), c.primary(), c.topics(), c.evidence(), VERSION, null), e.pageTextLength());
    }

    public static Page pageOf(RawPage raw) {
        String url = raw.finalUrl() != null ? raw.finalUrl() : raw.url();
        return new Page(url, raw.contentType(), raw.body(), raw.feedTitle(), raw.feedPublishedAt(), raw.fetchedAt());
    }

    /**
     * The key pages are grouped by for per-site learning: the page's {@link RawPage#site()} as ingest decided it, or
     * derived by the same rule for records without one ({@link RawPage#siteOrDerived()}). The raw topic's partition
     * and the optional repartition by site use the same value, so the pages of one site meet in one task.
     */
    public static String siteKeyOf(RawPage raw) {
        String site = raw.siteOrDerived();
        return site != null ? site : Sites.SINGLE_PAGE_PREFIX;
    }

    private static String siteOf(Extraction e, String url) {
        if (e.siteName() != null && !e.siteName().isBlank()) {
            return e.siteName();
        }
        return Sites.of(url);
    }
}
