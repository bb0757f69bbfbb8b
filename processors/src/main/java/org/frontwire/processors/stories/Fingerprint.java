package org.frontwire.processors.stories;

import java.util.List;

/**
 * What a report is matched on, kept in its story's state for the reports that come later.
 *
 * @param articleId   the article's id
 * @param title       the title's matching words
 * @param lead        the matching words of the title and the opening of the text, distinct, in order
 * @param numbers     the figures in the title and opening, and the counting words of the title ("four" is 4)
 * @param ordinals    the ranks named in the title and opening ("second" is 2)
 * @param minHash     MinHash signature over word 3-shingles of the text's first words (reprints)
 * @param commentary  an opinion, analysis or column: never joined to the news it discusses
 * @param vector      the most frequent distinct matching words of the title and the text's opening, most frequent
 *                    first, with their counts as read; the report's TF-IDF vector over them, unit length, once weighed
 *                    by the clustering (a word weighed to nothing is left out)
 */
public record Fingerprint(
        String articleId,
        List<String> title,
        List<String> lead,
        List<String> numbers,
        List<Integer> ordinals,
        int[] minHash,
        boolean commentary,
        java.util.Map<String, Float> vector) {

    Fingerprint withVector(java.util.Map<String, Float> v) {
        return new Fingerprint(articleId, title, lead, numbers, ordinals, minHash, commentary, v);
    }
}
