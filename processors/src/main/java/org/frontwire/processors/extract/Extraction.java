package org.frontwire.processors.extract;

import java.time.Instant;
import java.util.List;

/** The article found in a page, without the site around it. Fields the page does not give are null. */
public record Extraction(
        String title,
        String summary,
        String text,
        Instant publishedAt,
        String author,
        String canonicalUrl,
        String siteName,
        List<String> keywords,
        String sourceLine) {}
