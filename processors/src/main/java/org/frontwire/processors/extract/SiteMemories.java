package org.frontwire.processors.extract;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The site memories of pages read offline, one per site, each page learned from the parse it is extracted from. A page's site is the host
 * of its URL or, for a local file, the host of the canonical link its parse found; a page of no known site keeps a
 * memory of its own, so pages of different sites never teach each other.
 */
public final class SiteMemories {
    private final boolean oneSite;
    private final Map<String, SiteMemory> bySite = new LinkedHashMap<>();

    private SiteMemories(boolean oneSite) {
        this.oneSite = oneSite;
    }

    /** A memory per site. */
    public static SiteMemories perSite() {
        return new SiteMemories(false);
    }

    /** One memory for all pages, whatever sites their URLs or links name. */
    public static SiteMemories oneSite() {
        return new SiteMemories(true);
    }

    /** Learns the page into its site's memory; returns the key of that memory, for {@link #of}. */
    public String learn(Page page) {
        return learn(page, new ArticleExtractor().prepare(page));
    }

    /**
     * Learns the page into its site's memory from the parse {@code prepared} was made from; returns the key of that
     * memory, for {@link #of}.
     */
    public String learn(Page page, ArticleExtractor.Prepared prepared) {
        String site = prepared.site();
        String key = oneSite ? "one-site" : site != null ? site : "page:" + page.url();
        bySite.computeIfAbsent(key, k -> SiteMemory.empty()).observe(page, oneSite ? null : site, prepared::takeSiteLines);
        prepared.takeSiteLines();
        return key;
    }

    /** The memory learned under this key, empty when none was. */
    public SiteMemory of(String key) {
        return bySite.getOrDefault(key, SiteMemory.empty());
    }
}
