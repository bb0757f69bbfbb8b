package org.frontwire.ingest;

import java.util.List;

/**
 * What one pass over the sources did.
 *
 * @param published pages sent to the raw-pages topic (new or changed)
 * @param failed    sources and pages that could not be read or fetched
 * @param problems  one line per failed or refused source or page, with the reason
 * @param unchanged pages skipped because they were published before unchanged (304 or same content hash)
 * @param refused   pages not fetched on principle: robots.txt, SSRF guard, content type, decompression bomb
 * @param lostSources sources (not pages) that gave nothing because they failed or were refused, or were empty folders
 */
public record IngestReport(int published, int failed, List<String> problems, int unchanged, int refused,
                           int lostSources) {
    public IngestReport {
        problems = List.copyOf(problems);
    }

    public IngestReport(int published, int failed, List<String> problems) {
        this(published, failed, problems, 0, 0, 0);
    }
}
