package org.frontwire.processors.extract;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The text path, for pages captured as text (site chrome included): the same decisions as the HTML path, made line
 * by line. The body starts at the first paragraph-like line; before it lie chrome (date bars, nav labels, banners,
 * call-to-action boxes, lines repeated on the page), the headline, the standfirst and the dateline; the body ends at
 * the first heading of a chrome section (comments, most read, related, read also, videos, galleries) or tags line.
 */
final class TextArticleExtractor {
    private static final int MAX_LINES = 20_000;
    /** A line this long ending a sentence, or any line of LONG_PARAGRAPH_WORDS, is body text, not a headline. */
    private static final int PARAGRAPH_WORDS = 9;
    private static final int LONG_PARAGRAPH_WORDS = 25;

    private final ChromeLexicon lexicon = ChromeLexicon.get();

    Extraction extract(Page page, String text, SiteMemory memory) {
        List<String> lines = lines(text);
        Map<String, Integer> repeats = new HashMap<>();
        List<String> folded = new ArrayList<>(lines.size());
        for (String l : lines) {
            String f = TextNormalizer.fold(l);
            folded.add(f);
            if (!f.isEmpty()) {
                repeats.merge(f, 1, Integer::sum);
            }
        }
        int bodyStart = bodyStart(lines, folded, memory);
        boolean[] chrome = new boolean[lines.size()];
        markBoxes(lines, folded, bodyStart, chrome);

        String title = null;
        int titleIndex = -1;
        String summary = null;
        Instant published = null;
        String author = null;
        String feedTitle = page.feedTitle() == null ? "" : TextNormalizer.fold(page.feedTitle());
        for (int i = 0; i < bodyStart; i++) {
            String line = lines.get(i);
            String f = folded.get(i);
            if (f.isEmpty() || chrome[i]) {
                continue;
            }
            int words = TextNormalizer.wordCount(line);
            String byline = lexicon.bylineAuthor(line);
            if (byline != null) {
                author = author == null ? byline : author;
                continue;
            }
            if (isDateLine(line)) {
                if (titleIndex >= 0 && published == null) {
                    published = DateFinder.notAfter(DateFinder.fromText(line), page.fetchedAt());
                }
                continue;
            }
            if (!feedTitle.isEmpty() && f.equals(feedTitle)) {
                title = line;
                titleIndex = i;
                summary = null;
                continue;
            }
            if (isPreBodyChrome(line, f, words, repeats, memory)) {
                boolean repeatedTitle = repeats.getOrDefault(f, 0) >= 2 && words >= 3 && isRepeatedHeadline(folded, f, bodyStart);
                if (!repeatedTitle) {
                    continue;
                }
            }
            if (title != null && summary == null && endsSentence(line)) {
                summary = line;
            } else if (summary == null) {
                title = line;
                titleIndex = i;
            }
        }

        BodyLines body = new BodyLines(memory);
        List<String> bodyLines = dropTrailingHeadlines(
                body.filter(cutAtStop(lines, folded, bodyStart), title == null ? "" : TextNormalizer.fold(title), 1.0));
        List<String> keywords = body.tagsLine == null ? List.of()
                : KeywordSplitter.split(body.tagsLine, String.join("\n", bodyLines) + "\n" + (title == null ? "" : title));
        if (published == null) {
            published = DateFinder.notAfter(page.feedPublishedAt(), page.fetchedAt());
        }
        return new Extraction(title, summary, String.join("\n\n", bodyLines), published, author != null ? author : body.author,
                page.url(), null, keywords, body.sourceLine, text.strip().length());
    }

    /** The page's lines, trimmed; inner spacing is the page's own. */
    static List<String> lines(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length() && out.size() < MAX_LINES; i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                out.add(text.substring(start, i).strip());
                start = i + 1;
            }
        }
        return out;
    }

    private int bodyStart(List<String> lines, List<String> folded, SiteMemory memory) {
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int words = TextNormalizer.wordCount(line);
            boolean paragraph = words >= LONG_PARAGRAPH_WORDS || words >= PARAGRAPH_WORDS && endsSentence(line);
            if (!paragraph) {
                continue;
            }
            if (lexicon.isChromeLine(folded.get(i)) || lexicon.metaLine(line) != null
                    || memory != null && memory.isTemplate(line) || isBanner(line)) {
                continue;
            }
            if (words < LONG_PARAGRAPH_WORDS && isDateLine(nextNonBlank(lines, i + 1))) {
                continue; // a standfirst, with the dateline under it
            }
            return i;
        }
        return 0;
    }

    private static String nextNonBlank(List<String> lines, int from) {
        for (int i = from; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                return lines.get(i);
            }
        }
        return "";
    }

    private static boolean isDateLine(String line) {
        return TextNormalizer.wordCount(line) <= 14 && isMostlyDate(line) && DateFinder.fromText(line) != null;
    }

    /** Short blocks (lines without a blank between) holding a call to action are chrome as a whole. */
    private void markBoxes(List<String> lines, List<String> folded, int end, boolean[] chrome) {
        int i = 0;
        while (i < end) {
            if (folded.get(i).isEmpty()) {
                i++;
                continue;
            }
            int j = i;
            boolean cta = false;
            boolean shortLines = true;
            while (j < end && !folded.get(j).isEmpty()) {
                cta |= lexicon.isChromeLine(folded.get(j));
                shortLines &= TextNormalizer.wordCount(lines.get(j)) <= 12;
                j++;
            }
            if (cta && shortLines && j - i <= 4) {
                for (int k = i; k < j; k++) {
                    chrome[k] = true;
                }
            }
            i = j;
        }
    }

    private boolean isPreBodyChrome(String line, String folded, int words, Map<String, Integer> repeats, SiteMemory memory) {
        return words < 3 || lexicon.isChromeLine(folded) || lexicon.isSectionStop(folded) || lexicon.metaLine(line) != null
                || repeats.getOrDefault(folded, 0) >= 2 || isBanner(line) || memory != null && memory.isTemplate(line);
    }

    /** A headline printed twice in a row (title, then headline) is still the title. */
    private static boolean isRepeatedHeadline(List<String> folded, String f, int bodyStart) {
        int first = -1;
        int second = -1;
        for (int i = 0; i < bodyStart; i++) {
            if (folded.get(i).equals(f)) {
                if (first < 0) {
                    first = i;
                } else {
                    second = i;
                    break;
                }
            }
        }
        if (first < 0 || second < 0) {
            return false;
        }
        for (int i = first + 1; i < second; i++) {
            if (!folded.get(i).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /** Site banners: "Site News | tagline", "Name I name". */
    private static boolean isBanner(String line) {
        return line.contains(" | ") || line.contains(" I ") || line.contains(" • ") || line.endsWith("|");
    }

    private static boolean isMostlyDate(String line) {
        int letters = 0;
        for (String w : TextNormalizer.fold(line).split(" ")) {
            if (!w.isEmpty()) {
                letters++;
            }
        }
        return letters <= 7;
    }

    private List<String> cutAtStop(List<String> lines, List<String> folded, int bodyStart) {
        List<String> out = new ArrayList<>();
        for (int i = bodyStart; i < lines.size(); i++) {
            String line = lines.get(i);
            if (!out.isEmpty() && TextNormalizer.wordCount(line) <= 8 && !BodyLines.endsWithPeriod(line)
                    && lexicon.isSectionStop(folded.get(i))) {
                break;
            }
            out.add(line);
        }
        return out;
    }

    /** A run of three or more short lines that end no sentence, closing the page, is a list of other headlines. */
    private static List<String> dropTrailingHeadlines(List<String> lines) {
        int start = lines.size();
        while (start > 1 && isHeadlineLike(lines.get(start - 1))) {
            start--;
        }
        return lines.size() - start >= 3 ? new ArrayList<>(lines.subList(0, start)) : lines;
    }

    private static boolean isHeadlineLike(String line) {
        return TextNormalizer.wordCount(line) <= 14 && !endsSentence(line) && !line.endsWith(":");
    }

    private static boolean endsSentence(String line) {
        String t = TextNormalizer.collapse(line);
        if (t.isEmpty()) {
            return false;
        }
        char c = t.charAt(t.length() - 1);
        return ".!?؟。…".indexOf(c) >= 0;
    }
}
