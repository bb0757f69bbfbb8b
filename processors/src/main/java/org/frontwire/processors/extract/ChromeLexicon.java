package org.frontwire.processors.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.frontwire.processors.classify.text.WordBits;

/**
 * Words and phrases that mark site chrome, in several languages, loaded from {@code /extract/*.txt}:
 * class/id fragments, whole chrome lines, headings that open a chrome section, and metadata line prefixes.
 */
final class ChromeLexicon {
    private static final Pattern LEADING_COLON = Pattern.compile("^[\\s:]+");

    /** What a metadata line carries. */
    enum MetaKind { SOURCE, TAGS, CREDIT }

    record MetaLine(MetaKind kind, String value) {}

    private static final ChromeLexicon DEFAULT = load();

    private final Set<String> chromeWords;
    private final Set<String> contentWords;
    private final Set<String> chromeLines;
    private final List<String> chromeFragments;
    private final List<String> tailFragments = new ArrayList<>();
    private final List<String> closingSections = new ArrayList<>();
    private final Set<String> articleBoxHeadings = new HashSet<>();
    private final Set<String> exactChromeLines = new HashSet<>();
    private final Set<String> standfirstWords = new HashSet<>();
    private final Set<String> pullQuoteWords = new HashSet<>();
    private final Set<String> gateWords = new HashSet<>();
    private final Set<String> collapsedWords = new HashSet<>();
    private final Set<String> captionWords = new HashSet<>();
    private final Set<String> commentWords = new HashSet<>();
    private final Set<String> commentItemWords = new HashSet<>();
    private final List<String> noticePhrases = new ArrayList<>();
    private final Set<String> headWords = new HashSet<>();
    private final List<String> bylineWords = new ArrayList<>();
    private final Set<String> sectionStops;
    /** Bits of the phrases' hashes, asked before a prefix of a line is cut out and looked up. */
    private final WordBits chromeLineBits;
    private final WordBits sectionStopBits;
    private final List<String[]> metaPrefixes; // {kind, raw prefix, folded prefix}

    private ChromeLexicon(Set<String> chromeWords, Set<String> contentWords, Set<String> chromeLines, List<String> chromeFragments,
                          Set<String> sectionStops, List<String[]> metaPrefixes) {
        this.chromeFragments = chromeFragments;
        this.chromeWords = chromeWords;
        this.contentWords = contentWords;
        this.chromeLines = chromeLines;
        this.sectionStops = sectionStops;
        this.chromeLineBits = WordBits.of(chromeLines);
        this.sectionStopBits = WordBits.of(sectionStops);
        this.metaPrefixes = metaPrefixes;
    }

    static ChromeLexicon get() {
        return DEFAULT;
    }

    private static ChromeLexicon load() {
        Set<String> chrome = words(readLines("chrome-attributes.txt"));
        Set<String> content = words(readLines("content-attributes.txt"));
        List<String> lineEntries = readLines("chrome-lines.txt");
        Set<String> lines = foldAll(lineEntries.stream().filter(l -> !l.startsWith("*") && !l.startsWith("=")).toList());
        Set<String> exactLines = foldAll(lineEntries.stream().filter(l -> l.startsWith("=")).map(l -> l.substring(1)).toList());
        List<String> fragments = lineEntries.stream().filter(l -> l.startsWith("*"))
                .map(l -> TextNormalizer.fold(l.substring(1))).filter(f -> !f.isEmpty()).toList();
        Set<String> stops = foldAll(readLines("section-stops.txt"));
        List<String[]> prefixes = new ArrayList<>();
        for (String line : readLines("metadata-prefixes.txt")) {
            int sp = line.indexOf(' ');
            String raw = line.substring(sp + 1).strip();
            prefixes.add(new String[] {line.substring(0, sp), raw, TextNormalizer.fold(raw)});
        }
        ChromeLexicon lexicon = new ChromeLexicon(chrome, content, lines, fragments, stops, prefixes);
        lexicon.tailFragments.addAll(foldAll(readLines("tail-lines.txt")));
        lexicon.closingSections.addAll(foldAll(readLines("closing-sections.txt")));
        lexicon.articleBoxHeadings.addAll(foldAll(readLines("article-box-headings.txt")));
        lexicon.exactChromeLines.addAll(exactLines);
        lexicon.standfirstWords.addAll(words(readLines("standfirst-attributes.txt")));
        lexicon.pullQuoteWords.addAll(words(readLines("pull-quote-attributes.txt")));
        lexicon.gateWords.addAll(words(readLines("gate-attributes.txt")));
        lexicon.collapsedWords.addAll(words(readLines("collapsed-attributes.txt")));
        lexicon.captionWords.addAll(words(readLines("caption-attributes.txt")));
        lexicon.commentWords.addAll(words(readLines("comment-attributes.txt")));
        lexicon.commentItemWords.addAll(words(readLines("comment-item-attributes.txt")));
        lexicon.noticePhrases.addAll(foldAll(readLines("notice-phrases.txt")));
        lexicon.headWords.addAll(foldAll(readLines("head-lines.txt")));
        lexicon.bylineWords.addAll(readLines("byline-words.txt"));
        return lexicon;
    }

    private static Set<String> words(List<String> lines) {
        Set<String> out = new HashSet<>();
        for (String line : lines) {
            for (String w : line.split("\\s+")) {
                if (!w.isEmpty()) {
                    out.add(w.toLowerCase(java.util.Locale.ROOT));
                }
            }
        }
        return out;
    }

    private static Set<String> foldAll(List<String> entries) {
        Set<String> out = new HashSet<>();
        for (String e : entries) {
            String f = TextNormalizer.fold(e);
            if (!f.isEmpty()) {
                out.add(f);
            }
        }
        return out;
    }

    private static List<String> readLines(String name) {
        List<String> out = new ArrayList<>();
        try (InputStream in = ChromeLexicon.class.getResourceAsStream("/extract/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource /extract/" + name);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                line = line.strip();
                if (!line.isEmpty() && !line.startsWith("#")) {
                    out.add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** True when one class/id token (already lower case) names chrome. */
    boolean isChromeToken(String token) {
        return !isNodeClass(token) && !isLayoutState(token) && matchesWords(token, chromeWords);
    }

    /**
     * A layout's state ("has-right-rail", "page--with-sidebar", "no-ads") says what stands beside the element, never
     * that it is chrome.
     */
    private static boolean isLayoutState(String token) {
        return token.startsWith("has-") || token.startsWith("with-") || token.startsWith("no-")
                || token.contains("-has-") || token.contains("-with-");
    }

    /**
     * Drupal's classes of a node ("node--promoted", "node-sticky", "node--type-photo-gallery") say what the article is
     * and how it was published, never that it is chrome.
     */
    private static boolean isNodeClass(String token) {
        return token.startsWith("node-");
    }

    /** True when one class/id token (already lower case) names a paywall or registration gate. */
    boolean isGateToken(String token) {
        return matchesWords(token, gateWords);
    }

    /** True when one class/id token (already lower case) names the collapsed rest of an article. */
    boolean isCollapsedToken(String token) {
        return matchesWords(token, collapsedWords);
    }

    /** True when one class/id token (already lower case) names a picture's caption. */
    boolean isCaptionToken(String token) {
        return matchesWords(token, captionWords) || isPictureDescription(token);
    }

    private static final Pattern PICTURE_DESCRIPTION = Pattern.compile(
            "(?:[a-z0-9]+[-_])?(?:gallery|galeri|galeria|galerie|galleria|slide|slider|slajd|photo|foto)[-_].*[-_](?:desc|description|caption|text|opis)");

    /**
     * A gallery's or slide's own description in a BEM name, after a prefix of one word at most: "gallery-list__desc",
     * "galeri-item-description", "bw-slide__text", "slajd__opis" (Polish: description).
     */
    private static boolean isPictureDescription(String token) {
        return (token.endsWith("desc") || token.endsWith("description") || token.endsWith("caption") || token.endsWith("text")
                || token.endsWith("opis")) && PICTURE_DESCRIPTION.matcher(token).matches();
    }

    /**
     * True when one class/id token (already lower case) ends with a chrome entry of two or more parts, which says what
     * the box is even after a word naming the article ("blog-author-box", "td-post-meta").
     */
    boolean endsWithChromeCompound(String token) {
        if (isNodeClass(token) || isLayoutState(token)) {
            return false;
        }
        String t = token.replace('_', '-');
        for (int start = 0; ; ) {
            String rest = t.substring(start);
            if (rest.indexOf('-') > 0 && chromeWords.contains(rest)) {
                return true;
            }
            int dash = t.indexOf('-', start);
            if (dash < 0) {
                return false;
            }
            start = dash + 1;
        }
    }

    private static boolean matchesWords(String token, Set<String> chromeWords) {
        String t = token.replace('_', '-');
        if (t.contains("--")) {
            t = t.replace("--", "-"); // a BEM element ("accordion__content") reads as one compound
        }
        if (chromeWords.contains(t)) {
            return true;
        }
        for (int i = t.indexOf('-'); i > 0; i = t.indexOf('-', i + 1)) {
            if (chromeWords.contains(t.substring(0, i)) || chromeWords.contains(t.substring(i + 1))) {
                return true;
            }
        }
        return false;
    }

    /** True when a class or id names readers' comments ("comments", "comentarii", "sxolia"). */
    boolean namesComments(String classAndId) {
        return anyTokenMatches(classAndId, commentWords);
    }

    /** True when one of the class names names a standfirst ("art-lead", "perex"). */
    boolean namesStandfirst(String className) {
        return anyTokenMatches(className, standfirstWords);
    }

    /** True when one of the class names names a pull quote ("pullquote", styled-components' "PullQuote-sc-1x"). */
    boolean namesPullQuote(String className) {
        return anyTokenMatches(className, pullQuoteWords);
    }

    private static boolean anyTokenMatches(String classAndId, Set<String> words) {
        for (String token : ClassTokens.split(classAndId)) {
            if (matchesWords(token, words)) {
                return true;
            }
        }
        return false;
    }

    /** True when one class/id token (already lower case) names readers' comments after a word naming the article. */
    boolean namesCommentsOfContent(String token) {
        String t = token.replace('_', '-');
        boolean afterContent = false;
        for (int start = 0; start < t.length(); ) {
            int dash = t.indexOf('-', start);
            int end = dash < 0 ? t.length() : dash;
            String part = t.substring(start, end);
            if (afterContent && commentWords.contains(part)) {
                return true;
            }
            afterContent |= contentWords.contains(part);
            start = end + 1;
        }
        return false;
    }

    /**
     * "comment-body", "sxolio-body", "widget_text": one reader's comment or a part of the site's chrome named first,
     * then the word for a text.
     */
    boolean namesContentOfChrome(String token) {
        String t = token.replace('_', '-');
        int dash = t.indexOf('-');
        if (dash <= 0 || !isContentToken(t.substring(dash + 1))) {
            return false;
        }
        String first = t.substring(0, dash);
        return commentItemWords.contains(first) || chromeWords.contains(first);
    }

    /**
     * Whether a class/id token keeps a chrome word in it from marking chrome: {@link #isContentToken}, but of a BEM
     * element ("story__share", "live-post__meta") only the element counts, a part of the article and not the article.
     */
    boolean overridesChrome(String token) {
        int element = token.lastIndexOf("__");
        return isContentToken(element > 0 ? token.substring(element + 2) : token);
    }

    /** True when one class/id token (already lower case) names the article, wholly or as one of its - or _ parts. */
    boolean isContentToken(String token) {
        String t = token.replace('_', '-');
        if (contentWords.contains(t)) {
            return true;
        }
        for (int start = 0, parts = 0; start < t.length() && parts < 8; parts++) {
            for (int end = start; end <= t.length(); end++) {
                if ((end == t.length() || t.charAt(end) == '-') && end > start && contentWords.contains(t.substring(start, end))) {
                    return true;
                }
            }
            int dash = t.indexOf('-', start);
            if (isCompoundOfContentWords(t, start, dash < 0 ? t.length() : dash)) {
                return true;
            }
            if (dash < 0) {
                break;
            }
            start = dash + 1;
        }
        return false;
    }

    /**
     * "newstext", "articlecontent", "maintext": a word naming the article run together with a content word. Not "post":
     * a forum's "postbody" holds the post's title and author line with its text.
     */
    private boolean isCompoundOfContentWords(String t, int start, int end) {
        if (end - start > MAX_COMPOUND_CHARS) {
            return false; // no two words run together; and a class name of thousands of letters costs no quadratic search
        }
        for (int cut = start + MIN_COMPOUND_PART; cut <= end - MIN_COMPOUND_PART; cut++) {
            if (COMPOUND_HEADS.contains(t.substring(start, cut)) && contentWords.contains(t.substring(cut, end))) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> COMPOUND_HEADS = Set.of("news", "article", "story", "entry", "main", "blog", "body",
            "content", "text", "detail");

    private static final int MIN_COMPOUND_PART = 4;
    private static final int MAX_COMPOUND_CHARS = 24;

    /** A whole line of chrome: "Share", "اضغط هنا", "Реклама"... */
    boolean isChromeLine(String folded) {
        if (folded.length() < 80 && (matchesPhrase(folded, chromeLines, chromeLineBits, 4) || exactChromeLines.contains(folded))) {
            return true;
        }
        if (folded.length() < 300) {
            for (String f : chromeFragments) {
                if (folded.contains(f)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Folded text holding a site-notice phrase: cookie consent, an ad-blocker plea, "enable JavaScript". */
    boolean isNoticeText(String folded) {
        for (String phrase : noticePhrases) {
            if (folded.contains(phrase)) {
                return true;
            }
        }
        return false;
    }

    /** A call to action that closes articles: "Follow us on...", "Sign up for our newsletter". */
    boolean isTailCallToAction(String folded) {
        if (folded.length() > 400) {
            return false;
        }
        for (String f : tailFragments) {
            int at = folded.indexOf(f);
            if (at >= 0 && (at == 0 || folded.charAt(at - 1) == ' ')) {
                return true;
            }
        }
        return false;
    }

    /** A byline or dateline opener: "By", "Updated", "بقلم", "Автор". */
    boolean startsWithHeadWord(String folded) {
        int sp = folded.indexOf(' ');
        if (sp < 0) {
            return false;
        }
        if (headWords.contains(folded.substring(0, sp))) {
            return true;
        }
        int sp2 = folded.indexOf(' ', sp + 1);
        return sp2 > 0 && headWords.contains(folded.substring(0, sp2));
    }

    /** A line opening with a chrome-section heading and a colon or link: "اقرأ أيضا: ...", "Read more: ...". */
    boolean startsWithSectionStop(String folded) {
        int words = 0;
        int prefixHash = 0; // String.hashCode of folded.substring(0, i)
        for (int i = 0; i < folded.length() && words < 5; i++) {
            char c = folded.charAt(i);
            if (c == ' ') {
                words++;
                if (sectionStopBits.mayContainHash(prefixHash) && sectionStops.contains(folded.substring(0, i))) {
                    return true;
                }
            }
            prefixHash = 31 * prefixHash + c;
        }
        return false;
    }

    /** The author named by a short byline ("By Jane Doe", "بقلم سلمى الحداد", "Автор: Иван Петров"), or null. */
    String bylineAuthor(String line) {
        String t = line.strip();
        if (t.length() > 80 || TextNormalizer.wordCount(t) > 7) {
            return null;
        }
        String lower = t.toLowerCase(java.util.Locale.ROOT);
        for (String w : bylineWords) {
            if (lower.startsWith(w) && lower.length() > w.length()
                    && (lower.charAt(w.length()) == ' ' || lower.charAt(w.length()) == ':')) {
                String name = LEADING_COLON.matcher(t.substring(w.length())).replaceFirst("").strip();
                if (!name.isEmpty() && TextNormalizer.wordCount(name) <= 5 && DateFinder.fromText(name) == null) {
                    return name;
                }
            }
        }
        return null;
    }

    /**
     * The one section-stop rule: a short line (at most eight words) that is no sentence and opens a chrome section,
     * after which the body ends ("Most read", "اقرأ أيضا", "Читайте также").
     */
    boolean isSectionHeading(String line, String folded) {
        return TextNormalizer.wordCount(line, 8) <= 8 && !Sentences.endsWithFullStop(line) && isSectionStop(folded);
    }

    /**
     * A section heading after which the article does not come back: readers' comments ("Комментарии (86)"), the next
     * article of an endless page.
     */
    boolean isClosingSection(String folded) {
        for (String heading : closingSections) {
            if (folded.equals(heading) || folded.startsWith(heading + " ")) {
                return true;
            }
        }
        return false;
    }

    /** A block's whole text is a closing section's heading: "Комментарии (86)", "Следующая новость". */
    boolean isClosingHeading(String text) {
        String folded = TextNormalizer.fold(text);
        return isClosingSection(folded) && isSectionHeading(text, folded);
    }

    /** The heading of a box that belongs to the article beside its body: "Key points", "Коротко", "Häufige Fragen". */
    boolean isArticleBoxHeading(String text) {
        return text.length() <= 60 && articleBoxHeadings.contains(TextNormalizer.fold(text));
    }

    /** A heading that opens a chrome section: "Most read", "اقرأ أيضا", "Читайте также"... */
    boolean isSectionStop(String folded) {
        return matchesPhrase(folded, sectionStops, sectionStopBits, 2);
    }

    private static boolean matchesPhrase(String folded, Set<String> phrases, WordBits bits, int extraWords) {
        if (folded.isEmpty()) {
            return false;
        }
        if (phrases.contains(folded)) {
            return true;
        }
        int words = 1;
        int prefixHash = 0; // String.hashCode of folded.substring(0, i)
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (c == ' ') {
                words++;
                if (words > 8) {
                    return false;
                }
                if (bits.mayContainHash(prefixHash) && phrases.contains(folded.substring(0, i))
                        && countWords(folded.substring(i + 1)) <= extraWords) {
                    return true;
                }
            }
            prefixHash = 31 * prefixHash + c;
        }
        return false;
    }

    private static int countWords(String s) {
        return s.isEmpty() ? 0 : s.split(" ").length;
    }

    /** A "Source: X" or "Tags: a, b" line, or null. */
    MetaLine metaLine(String line) {
        return metaLine(line, TextNormalizer.fold(line));
    }

    MetaLine metaLine(String line, String folded) {
        for (String[] p : metaPrefixes) {
            String fp = p[2];
            if (folded.startsWith(fp) && (folded.length() == fp.length() || folded.charAt(fp.length()) == ' ')) {
                int colon = indexOfColon(line);
                if (colon < 0 || colon > p[1].length() + 3) {
                    colon = abbreviationEnd(line, p[1]);
                }
                if (colon < 0) {
                    continue;
                }
                String value = line.substring(colon + 1).strip();
                if (value.isEmpty()) {
                    continue;
                }
                return new MetaLine(MetaKind.valueOf(p[0].toUpperCase(java.util.Locale.ROOT)), value);
            }
        }
        return null;
    }

    /** Where an abbreviated prefix ends with its period ("Fot. Jan Nowak", "oprac. Anna Lis"), or -1. */
    private static int abbreviationEnd(String line, String prefix) {
        int end = prefix.length();
        return line.length() > end + 1 && line.charAt(end) == '.' && line.regionMatches(true, 0, prefix, 0, end) ? end : -1;
    }

    private static int indexOfColon(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == ':' || c == '：' || c == '؛') {
                return i;
            }
        }
        return -1;
    }
}
