package org.frontwire.processors.extract;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Writes the text of the chosen article elements as lines (one per block), skipping chrome, link lists,
 * figures and the headline.
 */
final class ArticleTextWriter implements NodeFilter {
    private static final java.util.Set<String> TABLE_AND_QUOTE = java.util.Set.of("table", "thead", "tbody", "tr", "td", "th", "blockquote");
    /** class → names a standfirst, shared by all pages. */
    private static final java.util.Map<String, Boolean> STANDFIRST_CLASSES = new java.util.concurrent.ConcurrentHashMap<>();
    private static final java.util.Set<String> LIST_TAGS = java.util.Set.of("ul", "ol", "li", "dl", "dt", "dd", "nav", "menu");
    private final HtmlPageScan scan;
    /** A paywall block shorter than this is a notice; a longer one holds the rest of the article. */
    private final int gateNoticeChars;
    private final boolean skipChrome;
    private final String foldedTitle;
    private final ChromeLexicon lexicon = ChromeLexicon.get();
    /** The standfirst found in the article (a block marked as one whose text is the summary, or the first such block). */
    String standfirst;
    private final String foldedSummary;
    private final List<String> lines = new ArrayList<>();
    private final StringBuilder line = new StringBuilder();
    private Element root;

    private ArticleTextWriter(HtmlPageScan scan, int gateNoticeChars, boolean skipChrome, String title, String summary) {
        this.foldedSummary = summary == null ? "" : TextNormalizer.fold(summary);
        this.scan = scan;
        this.gateNoticeChars = gateNoticeChars;
        this.skipChrome = skipChrome;
        this.foldedTitle = title == null ? "" : TextNormalizer.fold(title);
    }

    /** Every block line of the given elements, chrome included (no paywall notice can be told apart without it). */
    static List<String> writeAll(HtmlPageScan scan, List<Element> roots) {
        return writer(scan, roots, 0, false, null, null).lines;
    }

    /**
     * Writes the roots as lines; with skipChrome, chrome-marked descendants and paywall notices (gate-marked blocks
     * shorter than gateNoticeChars) are left out. The writer keeps the standfirst it left out.
     */
    static ArticleTextWriter writer(HtmlPageScan scan, List<Element> roots, int gateNoticeChars, boolean skipChrome, String title,
                                    String summary) {
        ArticleTextWriter w = new ArticleTextWriter(scan, gateNoticeChars, skipChrome, title, summary);
        for (Element r : roots) {
            w.root = r;
            NodeTraversor.filter(w, r);
            w.breakLine();
        }
        return w;
    }

    List<String> lines() {
        return lines;
    }

    @Override
    public FilterResult head(Node node, int depth) {
        if (node instanceof TextNode t) {
            appendCollapsed(t.getWholeText());
            return FilterResult.CONTINUE;
        }
        if (!(node instanceof Element e)) {
            return FilterResult.SKIP_ENTIRELY;
        }
        String tag = e.normalName();
        if (tag.equals("br")) {
            breakLine();
            return FilterResult.CONTINUE;
        }
        if (e != root ? skip(e, tag) : scan.stats(e) != null && isStandfirst(e, scan.stats(e))) {
            return FilterResult.SKIP_ENTIRELY;
        }
        if (HtmlTags.BLOCK.contains(tag)) {
            breakLine();
        } else if ((tag.equals("td") || tag.equals("th")) && line.length() > 0) {
            line.append(' ');
        }
        return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
        if (node instanceof Element e && HtmlTags.BLOCK.contains(e.normalName())) {
            breakLine();
        }
        return FilterResult.CONTINUE;
    }

    private boolean skip(Element e, String tag) {
        BlockStats s = scan.stats(e);
        if (s == null) {
            return false; // void, or nested too deep to be scanned on its own: part of the block around it
        }
        if (skipChrome && (s.chrome || s.gate && s.textLen < gateNoticeChars)) {
            return true;
        }
        if (tag.equals("figure") || tag.equals("figcaption") || tag.equals("picture")) {
            return true;
        }
        if (tag.equals("article") && insideArticle(e)) {
            return true; // an article inside the article is a teaser of another one
        }
        if (s.textLen > 0 && HtmlTags.BLOCK.contains(tag) && isLinkList(s, tag)) {
            return true;
        }
        if (HtmlTags.HEADINGS.contains(tag) && !foldedTitle.isEmpty() && TextNormalizer.fold(e.text()).equals(foldedTitle)) {
            return true;
        }
        return isReadAlso(e, s) || isStandfirst(e, s);
    }

    /** "Read also: <a>other story</a>" inside the article. */
    private boolean isReadAlso(Element e, BlockStats s) {
        return s.linkLen > 0 && s.textLen < 300 && s.linkDensity() >= 0.3
                && lexicon.startsWithSectionStop(TextNormalizer.fold(e.text()));
    }

    private boolean isStandfirst(Element e, BlockStats s) {
        if (standfirst != null || s.textLen > 600 || e.className().isEmpty() || !HtmlTags.BLOCK.contains(e.normalName())) {
            return false;
        }
        if (STANDFIRST_CLASSES.size() > 50_000) {
            STANDFIRST_CLASSES.clear();
        }
        if (!STANDFIRST_CLASSES.computeIfAbsent(e.className(), ArticleTextWriter::namesStandfirst)) {
            return false;
        }
        String text = TextNormalizer.collapse(e.text());
        if (foldedSummary.isEmpty() || TextNormalizer.fold(text).equals(foldedSummary)) {
            standfirst = text;
            return true;
        }
        return false;
    }

    private boolean insideArticle(Element e) {
        for (Element p = e.parent(); p != null; p = p.parent()) {
            if (p.normalName().equals("article")) {
                return true;
            }
            if (p == root) {
                return root.normalName().equals("article");
            }
        }
        return false;
    }

    private static boolean namesStandfirst(String className) {
        for (String token : ClassTokens.split(className)) {
            if (ChromeLexicon.get().isStandfirstToken(token)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isLinkList(BlockStats s, String tag) {
        if (TABLE_AND_QUOTE.contains(tag)) {
            return false;
        }
        double ld = s.linkDensity();
        if (tag.equals("p") || HtmlTags.HEADINGS.contains(tag)) {
            return ld > 0.8 && s.textLen < 200;
        }
        if (LIST_TAGS.contains(tag)) {
            return ld > 0.5 && s.textLen - s.linkLen < (tag.equals("li") ? 150 : 300);
        }
        return ld > 0.5 && s.textLen - s.linkLen < 300;
    }

    /** Appends text with whitespace runs (no-break and zero-width spaces included) as one space, none at line start. */
    private void appendCollapsed(String text) {
        boolean space = line.length() == 0 || line.charAt(line.length() - 1) == ' ';
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c <= ' ' || c == '\u00A0' || c == '\u200B' || c == '\u2007' || c == '\u202F' || Character.isWhitespace(c)) {
                if (!space) {
                    line.append(' ');
                    space = true;
                }
            } else {
                line.append(c);
                space = false;
            }
        }
    }

    private void breakLine() {
        int end = line.length();
        if (end > 0 && line.charAt(end - 1) == ' ') {
            end--;
        }
        if (end > 0) {
            lines.add(line.substring(0, end));
        }
        line.setLength(0);
    }
}
