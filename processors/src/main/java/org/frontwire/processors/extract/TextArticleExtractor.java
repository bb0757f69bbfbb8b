package org.frontwire.processors.extract;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The text path, for pages captured as text (site chrome included, one block a line). The body starts at the first
 * paragraph-like line; above it lie chrome (date bars, navigation, tickers, banners, call-to-action boxes, lines
 * repeated on the page or shared with the site's other pages), the headline, the standfirst and the dateline. The
 * headline is the line above the body that shares most word stems with the opening paragraphs (navigation, ticker and
 * date lines share none). From the body start to the end of the page {@link BodyLineChooser} decides line by line:
 * chrome inside the article is cut and the article goes on after it; another article inside the page is dropped.
 */
final class TextArticleExtractor {
    private static final int MAX_LINES = 20_000;
    /** A line this long ending a sentence, or any line of LONG_PARAGRAPH_WORDS, is body text, not a headline. */
    private static final int PARAGRAPH_WORDS = 9;
    private static final int LONG_PARAGRAPH_WORDS = 25;

    private static final int OPENING_PARAGRAPHS = 3;
    private static final int MAX_TITLE_WORDS = 30;
    private static final Set<String> TICKER_WORDS = Set.of("عاجل", "breaking", "urgent", "live", "direct", "срочно", "flash");

    private final ChromeLexicon lexicon = ChromeLexicon.get();
    private final BodyLineChooser chooser = new BodyLineChooser();

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

        BodyLineChooser.Kind[] kinds = new BodyLineChooser.Kind[lines.size()];
        for (int i = bodyStart; i < lines.size(); i++) {
            String f = folded.get(i);
            kinds[i] = chooser.kind(lines.get(i), f, isTemplate(lines.get(i), memory),
                    !f.isEmpty() && repeats.getOrDefault(f, 0) >= 2 && TextNormalizer.wordCount(lines.get(i)) < LONG_PARAGRAPH_WORDS);
        }
        Set<String> opening = openingWords(lines, kinds, bodyStart);

        String title = null;
        int titleIndex = -1;
        String feedTitle = page.feedTitle() == null ? "" : TextNormalizer.fold(page.feedTitle());
        double best = 0;
        boolean bestIsSentence = true;
        for (int i = 0; i < bodyStart; i++) {
            String line = lines.get(i);
            String f = folded.get(i);
            if (f.isEmpty() || chrome[i]) {
                continue;
            }
            if (!feedTitle.isEmpty() && f.equals(feedTitle)) {
                title = line;
                titleIndex = i;
                break;
            }
            double score = headlineScore(line, f, folded, bodyStart, repeats, memory, opening);
            boolean sentence = Sentences.endsWithFullStop(line);
            // a line ending with a full stop is a standfirst: it is the title only when no other line shares words
            if (score > 0 && (bestIsSentence && !sentence || bestIsSentence == sentence && score > best)) {
                best = score;
                bestIsSentence = sentence;
                title = line;
                titleIndex = i;
            }
        }
        if (title == null) {
            titleIndex = fallbackTitle(lines, folded, bodyStart, chrome, repeats, memory);
            title = titleIndex < 0 ? null : lines.get(titleIndex);
        }

        String summary = null;
        Instant published = null;
        String author = null;
        for (int i = 0; i < bodyStart; i++) {
            String line = lines.get(i);
            String f = folded.get(i);
            if (f.isEmpty() || chrome[i] || i == titleIndex) {
                continue;
            }
            String byline = lexicon.bylineAuthor(line);
            if (byline != null) {
                author = author == null ? byline : author;
                continue;
            }
            if (isDateLine(line)) {
                if (titleIndex >= 0 && i > titleIndex && published == null) {
                    published = DateFinder.notAfter(DateFinder.fromText(line), page.fetchedAt());
                }
                continue;
            }
            if (titleIndex >= 0 && i > titleIndex && summary == null && Sentences.endsSentence(line) && !f.equals(folded.get(titleIndex))
                    && !isPreBodyChrome(line, f, TextNormalizer.wordCount(line), repeats, memory)) {
                summary = line;
            }
        }

        Set<String> heading = new HashSet<>(opening);
        heading.addAll(TopicWords.of(title));
        heading.addAll(TopicWords.of(summary));
        BodyLineChooser.Choice choice = chooser.choose(lines, kinds, bodyStart, heading);
        List<String> chosen = new ArrayList<>();
        choice.kept().stream().sorted().forEach(i -> chosen.add(lines.get(i)));
        BodyLines body = new BodyLines(null); // the site memory is applied above, line by line
        List<String> bodyLines = body.filter(chosen, title == null ? "" : TextNormalizer.fold(title), 1.0);
        String sourceLine = null;
        String tagsLine = null;
        for (int i : choice.meta()) {
            ChromeLexicon.MetaLine meta = lexicon.metaLine(lines.get(i));
            if (meta.kind() == ChromeLexicon.MetaKind.SOURCE && sourceLine == null) {
                sourceLine = meta.value();
            } else if (meta.kind() == ChromeLexicon.MetaKind.TAGS && tagsLine == null) {
                tagsLine = meta.value();
            }
        }
        List<String> keywords = tagsLine == null ? List.of()
                : KeywordSplitter.split(tagsLine, String.join("\n", bodyLines) + "\n" + (title == null ? "" : title));
        if (published == null) {
            published = DateFinder.notAfter(page.feedPublishedAt(), page.fetchedAt());
        }
        return new Extraction(title, summary, String.join("\n\n", bodyLines), published, author != null ? author : body.author,
                page.url(), null, keywords, sourceLine != null ? sourceLine : body.sourceLine, text.strip().length());
    }

    /** The stems of the first paragraphs: what the article is about, to tell its headline from other lines. */
    private static Set<String> openingWords(List<String> lines, BodyLineChooser.Kind[] kinds, int bodyStart) {
        Set<String> out = new HashSet<>();
        int paragraphs = 0;
        for (int i = bodyStart; i < lines.size() && paragraphs < OPENING_PARAGRAPHS; i++) {
            if (kinds[i] == BodyLineChooser.Kind.PARAGRAPH) {
                out.addAll(TopicWords.of(lines.get(i)));
                paragraphs++;
            } else if (kinds[i] == BodyLineChooser.Kind.STOP || kinds[i] == BodyLineChooser.Kind.META) {
                break;
            }
        }
        return out;
    }

    /**
     * How much a line above the body looks like its headline: the share of its stems the opening paragraphs use,
     * less when the site repeats it, when it is a ticker or banner, or when it ends a sentence (a standfirst).
     * Navigation, date and chrome lines score nothing.
     */
    private double headlineScore(String line, String f, List<String> folded, int bodyStart, Map<String, Integer> repeats,
                                 SiteMemory memory, Set<String> opening) {
        int words = TextNormalizer.wordCount(line);
        if (words < 2 || words > MAX_TITLE_WORDS || lexicon.bylineAuthor(line) != null || isDateLine(line)
                || lexicon.isChromeLine(f) || lexicon.isSectionStop(f) || lexicon.metaLine(line) != null || isTicker(f)) {
            return 0;
        }
        Set<String> stems = TopicWords.of(line);
        double score = TopicWords.overlap(stems, opening);
        if (stems.size() < 2) {
            score *= 0.5;
        }
        if (repeats.getOrDefault(f, 0) >= 2 && !isRepeatedHeadline(folded, f, bodyStart)) {
            score -= 0.2;
        }
        if (memory != null && memory.isTemplate(line)) {
            score -= 0.2;
        }
        if (isBanner(line)) {
            score -= 0.3;
        }
        return score;
    }

    /** "عاجل: ...", "Breaking: ...", "Direct : ...": a news ticker, not the page's headline. */
    private static boolean isTicker(String folded) {
        int sp = folded.indexOf(' ');
        String first = sp < 0 ? folded : folded.substring(0, sp);
        return TICKER_WORDS.contains(first);
    }

    /** The title when no line above the body shares words with it: the last headline-like line, as before. */
    private int fallbackTitle(List<String> lines, List<String> folded, int bodyStart, boolean[] chrome, Map<String, Integer> repeats,
                              SiteMemory memory) {
        int titleIndex = -1;
        boolean hasSummary = false;
        for (int i = 0; i < bodyStart; i++) {
            String line = lines.get(i);
            String f = folded.get(i);
            if (f.isEmpty() || chrome[i] || lexicon.bylineAuthor(line) != null || isDateLine(line)) {
                continue;
            }
            int words = TextNormalizer.wordCount(line);
            if (isPreBodyChrome(line, f, words, repeats, memory)) {
                boolean repeatedTitle = repeats.getOrDefault(f, 0) >= 2 && words >= 3 && isRepeatedHeadline(folded, f, bodyStart);
                if (!repeatedTitle) {
                    continue;
                }
            }
            if (titleIndex >= 0 && !hasSummary && Sentences.endsSentence(line)) {
                hasSummary = true;
            } else if (!hasSummary) {
                titleIndex = i;
            }
        }
        return titleIndex;
    }

    /**
     * A line the site's other pages share. Long paragraphs are left to the topic decision: the lead of this page's
     * article may be shown on the site's other pages too, in their read-also boxes.
     */
    private static boolean isTemplate(String line, SiteMemory memory) {
        return memory != null && TextNormalizer.wordCount(line, LONG_PARAGRAPH_WORDS) < LONG_PARAGRAPH_WORDS && memory.isTemplate(line);
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
            boolean paragraph = words >= LONG_PARAGRAPH_WORDS || words >= PARAGRAPH_WORDS && Sentences.endsSentence(line);
            if (!paragraph) {
                continue;
            }
            if (lexicon.isChromeLine(folded.get(i)) || lexicon.metaLine(line) != null
                    || isTemplate(line, memory) || isBanner(line)) {
                continue;
            }
            String next = nextNonBlank(lines, i + 1);
            if (words < LONG_PARAGRAPH_WORDS && (isDateLine(next) || lexicon.bylineAuthor(next) != null)) {
                continue; // a standfirst, with the dateline or byline under it
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
                || repeats.getOrDefault(folded, 0) >= 2 || isBanner(line) || isTemplate(line, memory);
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
}
