package org.frontwire.processors.extract;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What the extractor has learned about one site's template: how many of the site's pages each (folded) line or
 * block appeared on. A line is template when it recurs on at least {@value #MIN_PAGES} pages and on at least
 * {@value #MIN_SHARE} of the pages seen, so text seen on a single page is never dropped.
 * Bounded: at most {@value #MAX_LINES} line hashes (about 100 KB as bytes); when full, rare lines go first and then
 * all counts are halved, which keeps shares. Kept per host in a Kafka Streams state store via {@link #toBytes()}.
 */
public final class SiteMemory {
    static final int MIN_PAGES = 3;
    static final double MIN_SHARE = 0.25;
    static final int MAX_LINES = 8192;
    static final int MAX_LINE_CHARS = 400;
    private static final int RECENT_PAGES = 32;
    private static final int FORMAT = 1;
    private static final int FINGERPRINT_CHARS = 4096;
    private static final long FNV_OFFSET = 0xcbf29ce484222325L;

    private String host;
    private int pages;
    /** A line's hash and count in {@link #toBytes()}. */
    private static final int LINE_BYTES = Long.BYTES + Integer.BYTES;
    private final Map<Long, Integer> counts = new HashMap<>();
    private final long[] recent = new long[RECENT_PAGES];
    private int recentNext;

    public static SiteMemory empty() {
        return new SiteMemory();
    }

    /** Reads what {@link #toBytes()} wrote; null, empty or unreadable bytes give an empty memory. */
    public static SiteMemory fromBytes(byte[] bytes) {
        SiteMemory m = new SiteMemory();
        if (bytes == null || bytes.length == 0) {
            return m;
        }
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            if (in.readByte() != FORMAT) {
                return m;
            }
            String h = in.readUTF();
            m.host = h.isEmpty() ? null : h;
            m.pages = in.readInt();
            for (int i = 0; i < RECENT_PAGES; i++) {
                m.recent[i] = in.readLong();
            }
            m.recentNext = in.readUnsignedByte() % RECENT_PAGES;
            int n = Math.min(in.readInt(), MAX_LINES);
            int at = bytes.length - in.available();
            if (n > 0 && (long) n * LINE_BYTES > bytes.length - at) {
                return new SiteMemory(); // cut short
            }
            ByteBuffer lines = ByteBuffer.wrap(bytes, at, bytes.length - at);
            for (int i = 0; i < n; i++) {
                m.counts.put(lines.getLong(), lines.getInt());
            }
        } catch (IOException e) {
            return new SiteMemory();
        }
        return m;
    }

    public byte[] toBytes() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 + counts.size() * 12);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(FORMAT);
            out.writeUTF(host == null ? "" : host);
            out.writeInt(pages);
            for (long r : recent) {
                out.writeLong(r);
            }
            out.writeByte(recentNext);
            out.writeInt(counts.size());
            long[] lines = new long[counts.size()];
            int i = 0;
            for (Long h : counts.keySet()) {
                lines[i++] = h;
            }
            Arrays.sort(lines);
            ByteBuffer sorted = ByteBuffer.allocate(lines.length * LINE_BYTES);
            for (long h : lines) {
                sorted.putLong(h).putInt(counts.get(h));
            }
            out.write(sorted.array());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * Learns the lines of one page of the site. Pages of another site than the first one observed are ignored;
     * observing the same page body again (among the last few) does not count it twice.
     *
     * @return the site the page belongs to (the host of its URL, else of its canonical link), null if unknown
     */
    public String observe(Page page) {
        if (page == null || page.body() == null) {
            return null;
        }
        String site = ArticleExtractor.siteKey(page);
        if (site != null) {
            observe(page, site, () -> ArticleExtractor.siteLines(page).lines());
            return site;
        }
        ArticleExtractor.SiteLines parsed = ArticleExtractor.siteLines(page);
        observe(page, parsed.site(), parsed::lines);
        return parsed.site();
    }

    /** As {@link #observe(Page)}, with the page's site and lines from a parse that was done anyway. */
    void observe(Page page, String site, java.util.function.Supplier<List<String>> templateLines) {
        if (page == null || page.body() == null) {
            return;
        }
        if (host == null) {
            host = site;
        } else if (site != null && !host.equals(site)) {
            return;
        }
        long fingerprint = fingerprint(page.body());
        for (long r : recent) {
            if (r == fingerprint) {
                return;
            }
        }
        recent[recentNext] = fingerprint;
        recentNext = (recentNext + 1) % RECENT_PAGES;
        observeLines(templateLines.get());
    }

    void observeLines(List<String> lines) {
        Set<Long> distinct = new HashSet<>();
        for (String line : lines) {
            if (line.length() > MAX_LINE_CHARS) {
                continue;
            }
            String folded = TextNormalizer.fold(line);
            if (!folded.isEmpty()) {
                distinct.add(hash(folded));
            }
        }
        pages++;
        for (Long h : distinct) {
            counts.merge(h, 1, Integer::sum);
        }
        if (counts.size() > MAX_LINES) {
            shrink();
        }
    }

    private void shrink() {
        counts.values().removeIf(c -> c <= 1);
        while (counts.size() > MAX_LINES * 3 / 4) {
            pages = Math.max(1, pages / 2);
            for (Iterator<Map.Entry<Long, Integer>> it = counts.entrySet().iterator(); it.hasNext(); ) {
                Map.Entry<Long, Integer> e = it.next();
                int c = e.getValue() / 2;
                if (c == 0) {
                    it.remove();
                } else {
                    e.setValue(c);
                }
            }
        }
    }

    /** True when the line recurs on enough of the site's pages to be its template. */
    public boolean isTemplate(String line) {
        if (counts.isEmpty() || line.length() > MAX_LINE_CHARS) {
            return false;
        }
        return isTemplateFolded(TextNormalizer.fold(line));
    }

    /** {@link #isTemplate} of a line of at most {@link #MAX_LINE_CHARS} characters already folded. */
    boolean isTemplateFolded(String folded) {
        if (pages < MIN_PAGES || folded.isEmpty()) {
            return false; // no line has been seen on enough pages yet
        }
        Integer c = counts.get(hash(folded));
        return c != null && c >= MIN_PAGES && c >= pages * MIN_SHARE;
    }

    /** The host this memory learned from, or null before any page. */
    public String host() {
        return host;
    }

    /** Pages observed (halved along with counts when the memory is full). */
    public int pages() {
        return pages;
    }

    int size() {
        return counts.size();
    }

    /** True when the memory may be applied to a page with this site key. */
    boolean appliesTo(String siteKey) {
        return host == null || siteKey == null || Objects.equals(host, siteKey);
    }

    /**
     * Recognises a page seen again: its length and at most {@value #FINGERPRINT_CHARS} of its characters, evenly
     * spread. Hashing every character of every page cost the stream more than the learning itself; a page that differs
     * from a recent one only between the sampled characters is skipped, which costs one page of learning.
     */
    static long fingerprint(String body) {
        int stride = Math.max(1, (body.length() + FINGERPRINT_CHARS - 1) / FINGERPRINT_CHARS);
        return fnv1a(FNV_OFFSET ^ body.length(), body, stride);
    }

    static long hash(String s) {
        return fnv1a(FNV_OFFSET, s, 1);
    }

    /** 64-bit FNV-1a over every {@code stride}-th character of {@code s}, starting from {@code h}. */
    private static long fnv1a(long h, String s, int stride) {
        for (int i = 0; i < s.length(); i += stride) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }
}
