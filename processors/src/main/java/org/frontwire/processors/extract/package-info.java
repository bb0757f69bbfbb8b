/**
 * Main-content extraction: keeps the article of a raw page (HTML or text captured with its site chrome) and drops
 * the site around it, and reads the page's metadata.
 *
 * <p>{@link org.frontwire.processors.extract.ArticleExtractor} is the entry point. HTML pages are parsed once with
 * jsoup; {@code HtmlPageScan} makes one pass that drops junk, reads metadata ({@code HtmlMetadata}, {@code JsonLd}) and
 * adds up text, link text and Readability-style paragraph scores per element; {@code BlockScorer} picks the article's
 * elements; {@code ArticleTextWriter} writes their blocks as lines, leaving out chrome, link lists, figures, the
 * headline and the standfirst. Text pages go through {@code TextArticleExtractor}, which makes the same decisions
 * line by line. {@code BodyLines} applies the line-level rules both paths share, {@code Sentences} says where a line
 * ends a sentence. Word lists live in {@code src/main/resources/extract/*.txt} ({@code ChromeLexicon},
 * {@code DateFinder}); the HTML path's numbers in {@code extract/extraction.properties} ({@code ExtractionRules}).
 * {@link org.frontwire.processors.extract.SiteMemory} learns each site's template lines across its pages.
 */
package org.frontwire.processors.extract;
