package org.frontwire.processors.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
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
    private final int galleryMinCaptions;
    private final double galleryCaptionShare;
    private final int leadParagraphChars;
    private final boolean skipChrome;
    private final String foldedTitle;
    private final ChromeLexicon lexicon = ChromeLexicon.get();
    /** The standfirst found in the article (a block marked as one whose text is the summary, or the first such block). */
    String standfirst;
    /** Open {@code <pre>} elements around the node being written. */
    private int preDepth;
    private final String foldedSummary;
    /** The summary is the start of a longer text, cut with an ellipsis (a description meta tag's 160 characters). */
    private final boolean summaryCut;
    /** The summary's characters, spaces aside, as {@link BlockStats#textLen} counts a block's. */
    private final int summaryChars;
    private final List<String> lines = new ArrayList<>();
    private final StringBuilder line = new StringBuilder();
    /** Whitespace seen since the last character: written as one space before the next one, if any. */
    private boolean pendingSpace;
    private boolean pendingSegmentBreak;
    private Element root;
    /** A chrome-marked gallery written for its captions: nothing else in it is (its heading, counter, credits). */
    private Element chromeGallery;
    /** Whether the root holds a gallery; null until a figure asks. */
    private Boolean gallery;

    private ArticleTextWriter(HtmlPageScan scan, int gateNoticeChars, int galleryMinCaptions, double galleryCaptionShare,
                              int leadParagraphChars, boolean skipChrome, String title, String summary) {
        this.galleryMinCaptions = galleryMinCaptions;
        this.galleryCaptionShare = galleryCaptionShare;
        this.leadParagraphChars = leadParagraphChars;
        this.foldedSummary = summary == null ? "" : TextNormalizer.fold(summary);
        this.summaryCut = summary != null && (summary.strip().endsWith("…") || summary.strip().endsWith("..."));
        this.summaryChars = summary == null ? 0 : nonSpaceChars(summary);
        this.scan = scan;
        this.gateNoticeChars = gateNoticeChars;
        this.skipChrome = skipChrome;
        this.foldedTitle = title == null ? "" : TextNormalizer.fold(title);
    }

    /** Every block line of the given elements, chrome included (no paywall notice can be told apart without it). */
    static List<String> writeAll(HtmlPageScan scan, List<Element> roots) {
        return writer(scan, roots, 0, Integer.MAX_VALUE, 1, Integer.MAX_VALUE, false, null, null).lines;
    }

    /**
     * Writes the roots as lines; with skipChrome, chrome-marked descendants and paywall notices (gate-marked blocks
     * shorter than the rules' gateNoticeChars) are left out; figure captions only count in a gallery or a group of
     * pictures. The writer keeps the standfirst it met.
     */
    static ArticleTextWriter writer(HtmlPageScan scan, List<Element> roots, ExtractionRules rules, boolean skipChrome, String title,
                                    String summary) {
        return writer(scan, roots, rules.gateNoticeChars(), rules.galleryMinCaptions(), rules.galleryCaptionShare(),
                rules.leadParagraphChars(), skipChrome, title, summary);
    }

    private static ArticleTextWriter writer(HtmlPageScan scan, List<Element> roots, int gateNoticeChars, int galleryMinCaptions,
                                            double galleryCaptionShare, int leadParagraphChars, boolean skipChrome, String title,
                                            String summary) {
        ArticleTextWriter w = new ArticleTextWriter(scan, gateNoticeChars, galleryMinCaptions, galleryCaptionShare,
                leadParagraphChars, skipChrome, title, summary);
        if (skipChrome && !roots.isEmpty()) {
            w.writeHeadingLead(roots);
            w.writeSummaryLead(roots);
        }
        for (Element r : roots) {
            w.root = r;
            w.gallery = null;
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
            if (preDepth > 0) {
                appendPreformatted(t.getWholeText());
            } else {
                appendCollapsed(t.getWholeText());
            }
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
        if (e == root) {
            noteStandfirst(e, scan.stats(e));
        } else if (skip(e, tag)) {
            return FilterResult.SKIP_ENTIRELY;
        }
        if (HtmlTags.BLOCK.contains(tag) || isPictureSpan(e, tag)) {
            breakLine();
        } else if ((tag.equals("td") || tag.equals("th")) && line.length() > 0) {
            pendingSpace = true;
        }
        if (tag.equals("pre")) {
            preDepth++;
        }
        return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
        if (node == chromeGallery) {
            chromeGallery = null;
        }
        if (node instanceof Element e) {
            String tag = e.normalName();
            if (tag.equals("pre")) {
                preDepth--;
            }
            if (HtmlTags.BLOCK.contains(tag) || isPictureSpan(e, tag)) {
                breakLine();
            }
        }
        return FilterResult.CONTINUE;
    }

    /** Characters a span holding a picture needs of its own to be a captioned picture, not an icon in a line. */
    private static final int PICTURE_SPAN_CHARS = 20;

    /**
     * A span laid out as a captioned picture (a gallery of spans, each a linked picture and its caption): a block of
     * its own, as the page's styles show it, never inside a paragraph.
     */
    private boolean isPictureSpan(Element e, String tag) {
        if (!tag.equals("span") || e.childrenSize() == 0) {
            return false;
        }
        Element first = e.child(0);
        boolean picture = first.normalName().equals("img")
                || first.normalName().equals("a") && first.childrenSize() > 0 && first.child(0).normalName().equals("img");
        if (!picture) {
            return false;
        }
        Element parent = e.parent();
        BlockStats s = scan.stats(e);
        return parent != null && !parent.normalName().equals("p") && (s == null ? e.text().length() : s.textLen) >= PICTURE_SPAN_CHARS;
    }

    private boolean skip(Element e, String tag) {
        if (tag.equals("rt") || tag.equals("rp")) {
            return true; // a ruby's reading over its characters (灰汁 read あく): no part of the running text
        }
        if (tag.equals("time") && isEntryTime(e)) {
            return true;
        }
        if (chromeGallery != null && tag.equals("a") && !inCaption(e)) {
            return true; // the gallery's own controls ("poprzednie", "Next slide ›")
        }
        BlockStats s = scan.stats(e);
        if (s == null) {
            return false; // void, or nested too deep to be scanned on its own: part of the block around it
        }
        if (s.comments) {
            return true; // also where chrome is written, a short article's last resort
        }
        if (isRepeatedPullQuote(e)) {
            return true;
        }
        if (tag.equals("figure") && e.selectFirst("table") != null && e.selectFirst("img") == null) {
            return false; // a table in a figure ("table-container"): a table, not a picture
        }
        if (tag.equals("figure") || tag.equals("figcaption")) {
            return !isGallery() && !inPictureGroup(e);
        }
        if (s.caption && (isGallery() || inPictureGroup(e))) {
            return false; // a gallery's caption in a paragraph or div, whatever chrome its class names ("news-gallery-caption")
        }
        if (chromeGallery != null && isSlideHeading(e, tag)) {
            return false; // whatever chrome its class names ("slideshow-slide__header")
        }
        if (chromeGallery != null && s.captions == 0 && !inCaption(e)) {
            return true;
        }
        if (chromeGallery != null && s.captions > 0 && s.linkLen == 0) {
            return false; // a slide of the gallery being written, whatever chrome its class names ("gallery-item")
        }
        if (skipChrome && (s.chrome || s.gate && s.textLen < gateNoticeChars)) {
            if (s.chrome && (isGalleryBlock(e, s) || s.captions > 0 && inPictureGroup(e))) {
                if (chromeGallery == null) {
                    chromeGallery = e;
                }
                return false; // a photo story's own pictures, or a slide of a gallery, whatever their class ("wp-block-gallery")
            }
            if (tag.equals("header") && s.chrome) {
                if (isSectionHeading(e)) {
                    return false; // a section's own header around its subheading (TYPO3 content elements, <section>s)
                }
                writeLead(e);
            }
            return true;
        }
        if (tag.equals("picture")) {
            return true;
        }
        if (tag.equals("article") && insideArticle(e) && !holdsMostOfRoot(s)) {
            return true; // an article inside the article is a teaser of another one, unless it holds the article's text
        }
        if (s.textLen > 0 && HtmlTags.BLOCK.contains(tag) && isLinkList(s, tag)) {
            return true;
        }
        if (HtmlTags.HEADINGS.contains(tag) && !foldedTitle.isEmpty() && TextNormalizer.fold(e.text()).equals(foldedTitle)) {
            return true;
        }
        noteStandfirst(e, s);
        return isReadAlso(e, s) || isTeaserBox(e, s, tag);
    }

    /**
     * A pull quote (its class says so) whose quote, its first part, the article has again: written once, where the
     * text has it. One quoting what the text does not say is kept.
     */
    private boolean isRepeatedPullQuote(Element e) {
        String cls = e.className();
        if (cls.indexOf("ull") < 0 || !lexicon.namesPullQuote(cls)) {
            return false; // "ull": every pull-quote word has it, in any case ("PullQuote-sc-1x")
        }
        String quote = TextNormalizer.fold((e.childrenSize() > 0 ? e.child(0) : e).text()); // the quote, not its speaker
        if (quote.isEmpty()) {
            return false;
        }
        String text = TextNormalizer.fold(root.text());
        int first = text.indexOf(quote);
        return first >= 0 && text.indexOf(quote, first + quote.length()) >= 0;
    }

    private static final Pattern CLOCK = Pattern.compile("\\d{1,2}[:.]\\d{2}");

    /**
     * A {@code <time>} holding a clock time alone ("18:40"): a live page's entry stamp, not text. A table's cell keeps
     * its times; a sentence names its times in words around them.
     */
    private static boolean isEntryTime(Element time) {
        Element parent = time.parent();
        return CLOCK.matcher(time.text().strip()).matches() && parent != null && !parent.normalName().equals("td")
                && !parent.normalName().equals("th");
    }

    /**
     * A slide's own heading, beside the slide's one caption (a ranking told slide by slide): the slide's title. A
     * gallery's heading over all its captions is not.
     */
    private boolean isSlideHeading(Element e, String tag) {
        if (!HtmlTags.HEADINGS.contains(tag) || e.parent() == null) {
            return false;
        }
        BlockStats slide = scan.stats(e.parent());
        return slide != null && slide.captions == 1 && slide.linkLen * 4 < slide.textLen;
    }

    /** Inside a caption of the chrome-marked gallery being written (its text, credits aside, is the caption's). */
    private boolean inCaption(Element e) {
        for (Element p = e.parent(); p != null && p != chromeGallery; p = p.parent()) {
            BlockStats ps = scan.stats(p);
            if (p.normalName().equals("figcaption") || ps != null && ps.caption) {
                return true;
            }
        }
        return false;
    }

    /** A {@link TeaserBox} inside the article, however long (the article's own wrapper may open with a read-also line). */
    private boolean isTeaserBox(Element e, BlockStats s, String tag) {
        if (s.linkLen == 0) {
            return false;
        }
        BlockStats whole = scan.stats(root);
        return (whole == null || s.textLen * 2 <= whole.textLen) && TeaserBox.opensBox(e, tag);
    }

    /**
     * The root holds a gallery or steps: enough figure captions, carrying a good share of its text, to be article text
     * (the captions of pictures beside an article's text are no part of it).
     */
    private boolean isGallery() {
        if (gallery == null) {
            PictureGroup g = PictureGroup.of(root, scan);
            BlockStats all = scan.stats(root);
            gallery = g.captions() >= galleryMinCaptions && all != null && g.captionChars() >= all.textLen * galleryCaptionShare;
        }
        return gallery;
    }

    /** A box of pictures: mostly caption text, hardly any links; in a gallery root, or a group of captioned pictures. */
    private boolean isGalleryBlock(Element e, BlockStats s) {
        PictureGroup g = PictureGroup.carrying(e, s, scan);
        return g != null && (g.captions() >= galleryMinCaptions || isGallery());
    }

    /**
     * A picture of a group in the article (a gallery or slideshow inside the text): a box up to three levels above it
     * holds {@code galleryMinCaptions} captioned pictures or more, and their captions are most of its text. Captions
     * of pictures beside the text, one here and one there, are left out.
     */
    private boolean inPictureGroup(Element e) {
        Element box = e.normalName().equals("figcaption") && e.parent() != null ? e.parent() : e;
        for (int up = 0; up <= 3 && box != null; up++, box = box.parent()) {
            BlockStats s = scan.stats(box);
            if (s != null && isGalleryBlock(box, s)) {
                return true;
            }
            if (box == root) {
                break;
            }
        }
        return false;
    }

    /**
     * The lead under the headline when the headline's block comes before the article's text instead of holding it
     * ("item-header" > h1, p; then "item-body"): a block just before the first root or one of its near ancestors.
     */
    private void writeHeadingLead(List<Element> roots) {
        if (foldedTitle.isEmpty()) {
            return;
        }
        Element e = roots.get(0);
        for (int up = 0; up < 3 && e != null && !e.normalName().equals("body"); up++, e = e.parent()) {
            int n = 0;
            for (Element s = e.previousElementSibling(); s != null && n < LEAD_SIBLINGS; s = s.previousElementSibling(), n++) {
                Elements h1 = s.getElementsByTag("h1");
                if (h1.isEmpty()) {
                    continue;
                }
                if (namesTitle(TextNormalizer.fold(h1.get(0).text())) && !roots.contains(s)) {
                    if (!s.normalName().equals("h1")) {
                        writeLeadParagraphs(s);
                    }
                    for (Element next = s.nextElementSibling(); next != null && next != e; next = next.nextElementSibling()) {
                        if (next.normalName().equals("h2") || lexicon.namesStandfirst(next.className()) || holdsStandfirstCell(next)) {
                            writeLeadParagraphs(next); // a lead after the headline's block: an h2, a standfirst, a lead row
                        }
                    }
                }
                return;
            }
        }
    }

    /**
     * A headline that is the page's title, or most of it: a JSON-LD headline may carry a kicker the h1 has apart
     * ("Hochwasser an der Wendel: Deich bei Kleinrode gebrochen" for the h1 "Deich bei Kleinrode gebrochen –
     * Evakuierung ausgeweitet").
     */
    private boolean namesTitle(String foldedHeadline) {
        if (foldedHeadline.equals(foldedTitle)) {
            return true;
        }
        Set<String> words = new HashSet<>(List.of(foldedHeadline.split(" ")));
        if (words.size() < 3) {
            return false;
        }
        Set<String> titleWords = new HashSet<>(List.of(foldedTitle.split(" ")));
        int shared = 0;
        for (String w : words) {
            shared += titleWords.contains(w) ? 1 : 0;
        }
        return shared * 2 >= words.size();
    }

    /** Blocks before the article's box (or one of its near ancestors) looked at for the lead. */
    private static final int LEAD_SIBLINGS = 6;

    /**
     * The lead set before the article's box, outside it ("opener", then "art-text"; an h2 "spot" under the headline):
     * a block among the few before the first root or one of its near ancestors whose text is the page's summary, when
     * neither the text nor a lead written already repeats it.
     */
    private void writeSummaryLead(List<Element> roots) {
        if (foldedSummary.isEmpty()) {
            return;
        }
        Element e = roots.get(0);
        for (int up = 0; up < 3 && e != null && !e.normalName().equals("body"); up++, e = e.parent()) {
            int n = 0;
            for (Element s = e.previousElementSibling(); s != null && n < LEAD_SIBLINGS; s = s.previousElementSibling(), n++) {
                Element lead = summaryBlock(s);
                if (lead == null) {
                    continue;
                }
                boolean written = lines.stream().anyMatch(l -> TextNormalizer.fold(l).startsWith(foldedSummary));
                if (!written && !TextNormalizer.fold(roots.get(0).text()).contains(foldedSummary)) {
                    breakLine();
                    appendCollapsed(TextNormalizer.collapse(lead.text()));
                    breakLine();
                }
                return;
            }
        }
    }

    /**
     * The block in {@code box} (itself included) whose text is the summary, outside chrome, or null. The article's
     * header (a header holding the headline) is chrome that may hold it.
     */
    private Element summaryBlock(Element box) {
        boolean articleHeader = box.normalName().equals("header") && !box.getElementsByTag("h1").isEmpty();
        for (Element x : box.getAllElements()) {
            BlockStats xs = scan.stats(x);
            if (xs == null || xs.chrome && !(x == box && articleHeader)) {
                if (x == box) {
                    return null;
                }
                continue;
            }
            if (isSummary(x, xs)) {
                return insideChrome(x, box) ? null : x;
            }
        }
        return null;
    }

    /** The block's text is the summary, or begins with it when the summary is cut short ("…"). */
    private boolean isSummary(Element x, BlockStats xs) {
        if (Math.abs(xs.textLen - summaryChars) <= summaryChars / 10) {
            return TextNormalizer.fold(x.text()).equals(foldedSummary);
        }
        return summaryCut && xs.textLen > summaryChars && xs.textLen <= 3 * summaryChars
                && TextNormalizer.fold(x.text()).startsWith(foldedSummary);
    }

    private static int nonSpaceChars(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isWhitespace(text.charAt(i)) && text.charAt(i) != '\u00A0') {
                n++;
            }
        }
        return n;
    }

    /** A header inside the article that holds a subheading and nothing else: not the article's header. */
    private boolean isSectionHeading(Element header) {
        if (header.childrenSize() != 1 || !header.ownText().isBlank()) {
            return false;
        }
        Element only = header.child(0);
        String tag = only.normalName();
        return HtmlTags.HEADINGS.contains(tag) && !tag.equals("h1") && only.childrenSize() <= 1
                && !TextNormalizer.fold(only.text()).equals(foldedTitle);
    }

    /** The lead paragraph in the header of an article (headline, kicker and byline stay out). */
    private void writeLead(Element header) {
        if (header.closest("article") == null) {
            return; // the site's header
        }
        writeLeadParagraphs(header);
    }

    private void writeLeadParagraphs(Element header) {
        for (Element p : header.getAllElements()) {
            String tag = p.normalName();
            if (!tag.equals("p") && !tag.equals("h2") && !((tag.equals("div") || tag.equals("td")) && !HtmlTags.holdsBlock(p))) {
                continue; // a lead: a paragraph, an h2 ("spot"), a div or cell of text alone ("entry-summary", "lead_art")
            }
            BlockStats ps = scan.stats(p);
            if (ps == null || ps.textLen < leadParagraphChars || insideChrome(p, header)) {
                continue;
            }
            String text = p.text();
            boolean subtitle = tag.equals("h2") || tag.equals("p") && lexicon.namesStandfirst(p.className());
            if (Sentences.endsSentence(text) || subtitle && TextNormalizer.wordCount(text) >= LEAD_HEADING_WORDS) {
                breakLine();
                appendCollapsed(text);
                breakLine();
            }
        }
    }

    /** Words of an h2 or a standfirst before the article's text that make it its lead though it ends no sentence (a subtitle). */
    private static final int LEAD_HEADING_WORDS = 15;

    /** A table row whose cell is named a standfirst (an old layout's {@code <tr><td class="lead_art">}). */
    private static boolean holdsStandfirstCell(Element row) {
        return row.normalName().equals("tr") && row.childrenSize() == 1 && ChromeLexicon.get().namesStandfirst(row.child(0).className());
    }

    private boolean insideChrome(Element e, Element until) {
        for (Element x = e; x != null && x != until; x = x.parent()) {
            BlockStats xs = scan.stats(x);
            if (xs != null && xs.chrome) {
                return true;
            }
        }
        return false;
    }

    /** "Read also: <a>other story</a>" inside the article. */
    private boolean isReadAlso(Element e, BlockStats s) {
        return s.linkLen > 0 && s.textLen < 300 && s.linkDensity() >= 0.3
                && lexicon.startsWithSectionStop(TextNormalizer.fold(e.text()));
    }

    /**
     * Keeps the first block marked as a standfirst whose text is the page's summary (or any, without one); it stays
     * article text.
     */
    private void noteStandfirst(Element e, BlockStats s) {
        if (s == null || standfirst != null || s.textLen > 600 || e.className().isEmpty() || !HtmlTags.BLOCK.contains(e.normalName())) {
            return;
        }
        if (STANDFIRST_CLASSES.size() > 50_000) {
            STANDFIRST_CLASSES.clear();
        }
        if (!STANDFIRST_CLASSES.computeIfAbsent(e.className(), ChromeLexicon.get()::namesStandfirst)) {
            return;
        }
        String text = TextNormalizer.collapse(e.text());
        if (foldedSummary.isEmpty() || TextNormalizer.fold(text).equals(foldedSummary)) {
            standfirst = text;
        }
    }

    private boolean holdsMostOfRoot(BlockStats s) {
        BlockStats r = scan.stats(root);
        return r != null && s.textLen * 2 > r.textLen;
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

    /**
     * Appends text as a browser lays it out: whitespace runs (no-break and zero-width spaces included) as one space,
     * none at line start; a run holding a line break between two East Asian wide characters as nothing (CSS Text 3
     * segment-break rule: "中国\n外交部" is one word); soft hyphens, word joiners and byte-order marks dropped.
     */
    private void appendCollapsed(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c <= ' ' || c == '\u00A0' || c == '\u200B' || c == '\u2007' || c == '\u202F' || Character.isWhitespace(c)) {
                if (line.length() > 0) {
                    pendingSpace = true;
                    pendingSegmentBreak |= c == '\n' || c == '\r';
                }
            } else if (c != '\u00AD' && c != '\u2060' && c != '\uFEFF') {
                if (pendingSpace && !(pendingSegmentBreak && isWide(line.charAt(line.length() - 1)) && isWide(c))) {
                    line.append(' ');
                }
                pendingSpace = false;
                pendingSegmentBreak = false;
                line.append(c);
            }
        }
    }

    /** Preformatted text (code, a poem, a listing): each of its lines a line of its own, collapsed within. */
    private void appendPreformatted(String text) {
        int start = 0;
        for (int nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', start)) {
            appendCollapsed(text.substring(start, nl));
            breakLine();
            start = nl + 1;
        }
        appendCollapsed(text.substring(start));
    }

    /** Han, kana and CJK punctuation and full-width forms: scripts written without spaces between words. */
    private static boolean isWide(char c) {
        return TextNormalizer.isHanOrKana(c) || c >= '\u3000' && c <= '\u303F'
                || c >= '\uF900' && c <= '\uFAFF' || c >= '\uFF01' && c <= '\uFF60' || Character.isSurrogate(c);
    }

    private void breakLine() {
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        line.setLength(0);
        pendingSpace = false;
        pendingSegmentBreak = false;
    }
}
