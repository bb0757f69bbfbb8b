package org.frontwire.ingest.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.function.Consumer;
import org.frontwire.ingest.fetch.CharsetSniffer;
import org.frontwire.ingest.fetch.ContentPolicy;
import org.frontwire.ingest.fetch.DecodedText;
import org.frontwire.records.Hashes;
import org.frontwire.records.RawPage;
import org.frontwire.records.Sites;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/** Replays the HTML and text responses of a WARC or WARC.gz file (for example CC-NEWS) as raw pages. */
public final class WarcPages {
    private WarcPages() {}

    /** @return how many records were skipped (not a 2xx HTML/text response, or unreadable) */
    public static int read(Path warc, String source, long maxBodyBytes, Consumer<RawPage> sink) throws IOException {
        int skipped = 0;
        try (WarcReader reader = new WarcReader(warc)) {
            reader.setLenient(true);
            for (WarcRecord record : reader) {
                if (!(record instanceof WarcResponse response)) {
                    continue;
                }
                try {
                    RawPage page = page(response, source, maxBodyBytes);
                    if (page == null) {
                        skipped++;
                    } else {
                        sink.accept(page);
                    }
                } catch (IOException | RuntimeException e) {
                    skipped++;
                }
            }
        }
        return skipped;
    }

    private static RawPage page(WarcResponse response, String source, long maxBodyBytes) throws IOException {
        if (!response.contentType().base().toString().equals("application/http")) {
            return null;
        }
        HttpResponse http = response.http();
        String contentType = http.headers().first("Content-Type").orElse(null);
        String mediaType = ContentPolicy.mediaType(contentType);
        if (http.status() / 100 != 2 || !ContentPolicy.PAGES.accepts(mediaType)) {
            return null;
        }
        byte[] bytes;
        try (InputStream in = http.bodyDecoded().stream()) {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBodyBytes));
        }
        DecodedText text = CharsetSniffer.decode(bytes, contentType);
        String url = response.target();
        Instant fetched = response.date();
        return new RawPage(RawPage.SCHEMA_VERSION, url, url, source, fetched, http.status(),
                mediaType == null ? "text/html" : mediaType.toLowerCase(Locale.ROOT), text.charset(), text.text(),
                null, null, http.headers().first("ETag").orElse(null), Hashes.sha256(text.text()),
                Sites.ofPage(url, text.text()));
    }
}
