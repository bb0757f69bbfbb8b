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
        String sourceLine,
        /* visible text of the whole page, chrome included: what {@code text} was cut from */
        int pageTextLength) {}
