package org.frontwire.ingest.source;

import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapIndex;
import crawlercommons.sitemaps.SiteMapParser;
import crawlercommons.sitemaps.SiteMapURL;
import crawlercommons.sitemaps.UnknownFormatException;
import crawlercommons.sitemaps.extension.Extension;
import crawlercommons.sitemaps.extension.ExtensionMetadata;
import crawlercommons.sitemaps.extension.NewsAttributes;
import java.io.IOException;
import java.net.URL;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Reads sitemaps, sitemap indexes and Google News sitemaps (crawler-commons). */
public final class SitemapReader {
    /** Either the child sitemaps of an index, or the page URLs of a sitemap. */
    public record Contents(List<String> sitemaps, List<DiscoveredUrl> pages) {}

    private SitemapReader() {}

    public static Contents read(byte[] content, String contentType, String sitemapUrl) throws IOException {
        SiteMapParser parser = new SiteMapParser(false);
        parser.enableExtension(Extension.NEWS);
        AbstractSiteMap parsed;
        try {
            parsed = parser.parseSiteMap(contentType == null ? "text/xml" : contentType, content, new URL(sitemapUrl));
        } catch (UnknownFormatException e) {
            throw new IOException("not a readable sitemap: " + e.getMessage(), e);
        }
        if (parsed instanceof SiteMapIndex index) {
            List<String> children = new ArrayList<>();
            for (AbstractSiteMap child : index.getSitemaps()) {
                children.add(child.getUrl().toString());
            }
            return new Contents(children, List.of());
        }
        List<DiscoveredUrl> pages = new ArrayList<>();
        for (SiteMapURL url : ((SiteMap) parsed).getSiteMapUrls()) {
            String title = null;
            Instant published = null;
            ExtensionMetadata[] news = url.getAttributesForExtension(Extension.NEWS);
            if (news != null && news.length > 0 && news[0] instanceof NewsAttributes n) {
                title = n.getTitle();
                published = n.getPublicationDateTime() == null ? null : n.getPublicationDateTime().toInstant();
            }
            if (published == null && url.getLastModified() != null) {
                published = url.getLastModified().toInstant();
            }
            pages.add(new DiscoveredUrl(url.getUrl().toString(), sitemapUrl, title, published));
        }
        return new Contents(List.of(), pages);
    }
}
