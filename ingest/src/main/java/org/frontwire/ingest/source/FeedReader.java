package org.frontwire.ingest.source;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/** Reads the items of an RSS or Atom feed (ROME): link, title and publication date. */
public final class FeedReader {
    private FeedReader() {}

    public static List<DiscoveredUrl> items(byte[] xml, String feedUrl) throws IOException {
        SyndFeed feed;
        try (XmlReader reader = new XmlReader(new ByteArrayInputStream(xml), true)) {
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false);
            feed = input.build(reader);
        } catch (FeedException | IllegalArgumentException e) {
            throw new IOException("not a readable RSS or Atom feed: " + e.getMessage(), e);
        }
        List<DiscoveredUrl> items = new ArrayList<>();
        for (SyndEntry entry : feed.getEntries()) {
            String link = link(entry);
            if (link == null) {
                continue;
            }
            String absolute = URI.create(feedUrl).resolve(link.trim()).toString();
            items.add(new DiscoveredUrl(absolute, feedUrl, title(entry), date(entry)));
        }
        return items;
    }

    private static String link(SyndEntry entry) {
        if (entry.getLink() != null && !entry.getLink().isBlank()) {
            return entry.getLink();
        }
        if (!entry.getLinks().isEmpty()) {
            return entry.getLinks().get(0).getHref();
        }
        String uri = entry.getUri();
        return uri != null && uri.startsWith("http") ? uri : null;
    }

    private static String title(SyndEntry entry) {
        return entry.getTitle() == null ? null : entry.getTitle().strip();
    }

    private static Instant date(SyndEntry entry) {
        Date d = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
        return d == null ? null : d.toInstant();
    }
}
