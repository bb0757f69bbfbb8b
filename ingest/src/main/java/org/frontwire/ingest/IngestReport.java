package org.frontwire.ingest;

import java.util.List;

/** What one pass over the sources did. */
public record IngestReport(int published, int failed, List<String> problems) {}
