package org.frontwire.processors.extract;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.frontwire.records.Sites;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.QueryParser;

/**
 * The one pass over a parsed page: drops scripts, styles and hidden elements, hands metadata elements to
 * {@link HtmlMetadata}, marks chrome elements, and adds up text, link text and paragraph scores per element.
 */
final class HtmlPageScan implements NodeFilter {
    private static final int MAX_DEPTH = 400;

    private final ChromeLexicon lexicon;
    /** Paragraphs inside chrome still count (class names mislead), but little. */
    private final double chromeDamping;
    private final HtmlMetadata metadata;
    private final Map<Element, BlockStats> stats;
    private final List<BlockStats> candidates = new ArrayList<>();
    private final List<BlockStats> ordered;
    private static final int CHROME = 1;
    private static final int GATE = 2;
    private static final int COLLAPSED = 4;
    /** A token that names both chrome and the collapsed rest ("read-more"): a teaser box, or the article's hidden rest. */
    private static final int READ_MORE = 8;
    private static final int CAPTION = 16;
    private static final int COMMENTS = 32;
    /** An id a forum gives its posts ({@link ForumThread#isPostId}). */
    private static final int POST = 64;
    /** A hidden element holding this many paragraphs that end a sentence is article text waiting to be shown. */
    private static final int HIDDEN_ARTICLE_PARAGRAPHS = 2;
    /** What a hidden article's paragraphs are: p elements, sections (WeChat), links to a script ("javascript:"). */
    private static final Evaluator PARAGRAPHS = QueryParser.parse("p, section, a[href^=javascript:]");
    /** Paragraphs made of {@code <br><br>} counted in one element at most. */
    private static final int MAX_BR_PARAGRAPHS = 20;
    /**
     * A table cell with this much text of its own is a block of running text (paragraphs split by line breaks), scored
     * as a candidate itself like a div is, not only through its row: a row also holds the cells beside it (a feed). A
     * cell of a line or two (a date, a category) stays a paragraph of its row.
     */
    private static final int OWN_TEXT_CELL_CHARS = 200;
    /** A link this long or longer, on a line of its own, is a headline (characters, a Han or kana one counting twice). */
    private static final int HEADLINE_MIN_CHARS = 15;
    private static final Set<String> HEADLINE_WRAPPERS = Set.of("b", "strong", "font", "span", "em", "i", "u", "big", "small");
    private static final byte TEXT_RUN = 1;
    private static final byte ONE_BR = 2;
    private static final byte BREAK = 3;
    /** class+id → CHROME/GATE bits, shared by all pages (class names repeat across a site); cleared when large. */
    private static final Map<String, Integer> ATTRIBUTE_FLAGS = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int ATTRIBUTE_FLAGS_MAX = 50_000;
    private final ArrayList<BlockStats> stack = new ArrayList<>();
    /** Scripts, styles and hidden elements, taken out of the tree once the pass is done. */
    private final List<Element> dropped = new ArrayList<>();
    /** The element whose class/id bits were read last (chrome, gate and collapsed ask in turn) and its bits. */
    private Element lastFlagged;
    private int lastFlags;
    private int linkDepth;
    private int chromeDepth;
    private int depth;
    private int postBoxes;
    /** The element after the last empty anchor named for comments ({@code <a name="comments"></a>}): they are in it. */
    private Element afterCommentAnchor;
    /** Elements never chrome, whatever their class: the page's wrappers found by a first pass. */
    private Set<Element> notChrome = Set.of();

    /** The page's host without "www.", lower case; empty when its address has none (a local file). */
    private String pageHost = "";
    private boolean pageHostSought;

    private HtmlPageScan(ChromeLexicon lexicon, double chromeDamping, HtmlMetadata metadata, int expectedElements) {
        this.lexicon = lexicon;
        this.chromeDamping = chromeDamping;
        this.metadata = metadata;
        this.stats = new IdentityHashMap<>(expectedElements);
        this.ordered = new ArrayList<>(expectedElements);
    }

    /** Scans a page parsed from htmlLength characters (used to size the tables). */
    static HtmlPageScan run(Document doc, HtmlMetadata metadata, int htmlLength, ExtractionRules rules) {
        HtmlPageScan scan = scan(doc, metadata, htmlLength, rules, Set.of());
        Set<Element> wrappers = scan.chromeNamedWrappers();
        return wrappers.isEmpty() ? scan : scan(doc, new HtmlMetadata(), htmlLength, rules, wrappers);
    }

    private static HtmlPageScan scan(Document doc, HtmlMetadata metadata, int htmlLength, ExtractionRules rules, Set<Element> notChrome) {
        HtmlPageScan scan = new HtmlPageScan(ChromeLexicon.get(), rules.chromeParagraphDamping(), metadata, Math.max(64, Math.min(htmlLength / 80, 200_000)));
        scan.notChrome = notChrome;
        scan.gateNoticeChars = rules.gateNoticeChars();
        scan.pageHost = Objects.requireNonNullElse(Sites.of(doc.location()), "");
        NodeTraversor.filter(scan, doc);
        scan.removeDropped();
        return scan;
    }

    /** Characters of an element's text read for a consent notice's phrases. */
    private static final int NOTICE_PREFIX_CHARS = 400;

    /** Whether {@code ancestor} holds {@code e}, at any depth. */
    static boolean isAncestor(Element ancestor, Element e) {
        for (Element p = e.parent(); p != null; p = p.parent()) {
            if (p == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** A cookie or consent policy, however long: it stays chrome, and hidden it is no article's folded rest. */
    private boolean opensWithNotice(Element e) {
        String text = e.text();
        return lexicon.isNoticeText(TextNormalizer.fold(text.length() > NOTICE_PREFIX_CHARS ? text.substring(0, NOTICE_PREFIX_CHARS) : text));
    }

    /** Share of the page's text an element named chrome by its class holds to be taken for the page's wrapper instead. */
    private static final double WRAPPER_TEXT_SHARE = 0.5;

    /**
     * Elements named chrome by their class or id alone that hold most of the page's text and its best paragraphs: a page
     * wrapper or an article named by its layout or kind ("hasSidebar", "node-photo-gallery"), not chrome. Comment
     * threads and consent policies stay chrome.
     */
    private Set<Element> chromeNamedWrappers() {
        int page = pageTextLength();
        BlockStats best = null;
        for (BlockStats c : candidates) {
            if (best == null || c.score > best.score) {
                best = c;
            }
        }
        Set<Element> wrappers = null;
        for (BlockStats s : ordered) {
            if (s.chrome && !s.comments && s.textLen >= page * WRAPPER_TEXT_SHARE && page > 0 && s.element.attributesSize() > 0
                    && best != null && (best.element == s.element || isAncestor(s.element, best.element))
                    && HtmlTags.MAY_BE_CHROME.contains(s.element.normalName()) && !HtmlTags.CHROME.contains(s.element.normalName())
                    && s.element.attr("role").isEmpty() && !opensWithNotice(s.element)
                    && !lexicon.namesComments(s.element.className() + " " + s.element.id())) {
                if (wrappers == null) {
                    wrappers = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
                }
                wrappers.add(s.element);
            }
        }
        return wrappers == null ? Set.of() : wrappers;
    }

    /**
     * Takes the dropped elements out of the tree after the pass, a parent's children at once: removing them one by one
     * during the pass makes jsoup re-index the siblings after each removal, quadratic in a parent's child count.
     */
    private void removeDropped() {
        Map<Element, List<Node>> byParent = new IdentityHashMap<>();
        for (Element e : dropped) {
            if (e.parent() != null) {
                byParent.computeIfAbsent(e.parent(), p -> new ArrayList<>()).add(e);
            }
        }
        byParent.forEach((parent, gone) -> {
            if (gone.size() == 1) {
                gone.get(0).remove();
                return;
            }
            java.util.Set<Node> drop = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
            drop.addAll(gone);
            List<Node> kept = new ArrayList<>(parent.childNodeSize());
            for (Node child : parent.childNodes()) {
                if (!drop.contains(child)) {
                    kept.add(child);
                }
            }
            parent.empty();
            parent.appendChildren(kept);
        });
    }

    /** Elements with a forum post's id: a thread needs {@link ForumThread#MIN_POSTS} for its first post to be looked for. */
    int postBoxes() {
        return postBoxes;
    }

    /** Every element's stats, in document order. */
    List<BlockStats> ordered() {
        return ordered;
    }

    List<BlockStats> candidates() {
        return candidates;
    }

    BlockStats stats(Element e) {
        return stats.get(e);
    }

    /** The characters of visible text in the whole page. */
    int pageTextLength() {
        return ordered.isEmpty() ? 0 : ordered.get(0).textLen;
    }

    @Override
    public FilterResult head(Node node, int d) {
        if (node instanceof TextNode t) {
            if (!stack.isEmpty()) {
                countText(t.getWholeText(), stack.get(stack.size() - 1));
            }
            return FilterResult.CONTINUE;
        }
        if (!(node instanceof Element e)) {
            return node instanceof DataNode ? FilterResult.CONTINUE : FilterResult.SKIP_ENTIRELY;
        }
        String tag = e.normalName();
        metadata.offer(e, tag);
        boolean attributes = e.attributesSize() > 0;
        boolean hiddenArticle = false;
        if (HtmlTags.JUNK.contains(tag) || attributes && isLoopClone(e)
                || attributes && isHidden(e) && !(hiddenArticle = (holdsParagraphs(e, isPanel(e) ? 1 : HIDDEN_ARTICLE_PARAGRAPHS) || isTogglePanel(e))
                        && (!isChrome(e, tag) || isReadMore(e)) && !opensWithNotice(e))) {
            dropped.add(e);
            return FilterResult.SKIP_ENTIRELY;
        }
        if (tag.equals("br") && !stack.isEmpty()) {
            lineBreak(stack.get(stack.size() - 1));
        }
        if (e.childNodeSize() == 0 && e.tag().isEmpty() || depth > MAX_DEPTH) {
            return FilterResult.CONTINUE; // void (img, br, hr...) or too deep: its text counts for the block around it
        }
        BlockStats s = new BlockStats(e, depth, stats.size());
        boolean mayBeChrome = attributes && HtmlTags.MAY_BE_CHROME.contains(tag);
        s.chrome = !hiddenArticle && (mayBeChrome ? isChrome(e, tag) && !notChrome.contains(e) : HtmlTags.CHROME.contains(tag));
        s.gate = mayBeChrome && !s.chrome && isGate(e);
        if (s.gate && isSubscriptionOffer(e)) {
            s.gate = false;
            s.chrome = true;
        }
        s.link = tag.equals("a") && isLink(e);
        s.collapsed = !s.chrome && (hiddenArticle || mayBeChrome && (attributeFlags(e) & COLLAPSED) != 0);
        s.hidden = hiddenArticle;
        s.caption = tag.equals("figcaption") || (mayBeChrome || attributes && tag.equals("dd")) && (attributeFlags(e) & CAPTION) != 0;
        s.comments = mayBeChrome && (attributeFlags(e) & COMMENTS) != 0 || followsCommentAnchor(e);
        s.chrome |= s.comments;
        if (mayBeChrome && (attributeFlags(e) & POST) != 0) {
            postBoxes++;
        }
        ordered.add(s);
        stats.put(e, s);
        stack.add(s);
        depth++;
        s.inChrome = chromeDepth > 0;
        if (s.link) {
            linkDepth++;
        }
        if (s.chrome) {
            chromeDepth++;
        }
        return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int d) {
        if (!(node instanceof Element e)) {
            return FilterResult.CONTINUE;
        }
        if (stack.isEmpty() || stack.get(stack.size() - 1).element != e) {
            return FilterResult.CONTINUE; // a void element, never stacked
        }
        BlockStats s = stack.remove(stack.size() - 1);
        depth--;
        String tag = e.normalName();
        if (s.link) {
            linkDepth--;
        }
        if (s.chrome) {
            chromeDepth--;
        }
        if (s.link && chromeDepth == 0 && isHeadlineLength(e, s) && isHeadline(e) && isOwnSiteLink(e.attr("href"))) {
            s.headlines = 1;
        }
        if (!s.chrome && s.linkLen * 2 > s.textLen && TeaserBox.opensBox(e, tag)) {
            s.chrome = true; // a linked teaser card: its link text would make the article around it look like a link list
        } else if (!stack.isEmpty()) {
            BlockStats parent = stack.get(stack.size() - 1);
            parent.textLen += s.textLen;
            parent.linkLen += s.linkLen;
            parent.commas += s.commas;
            parent.holdsLayout |= s.holdsLayout || HtmlTags.LAYOUT.contains(tag);
            if (s.caption && s.textLen > 0) {
                s.captions = 1;
                s.captionChars = s.textLen;
            }
            parent.headlines += s.headlines;
            parent.captions += s.captions;
            parent.captionChars += s.captionChars;
            if (s.textLen > 0) {
                textRun(parent);
            }
        }
        if (!s.chrome && isParagraph(tag, s)) {
            int runs = 1 + Math.min(s.brBreaks, MAX_BR_PARAGRAPHS - 1);
            double score = (runs + s.commas + Math.min(s.textLen / 100.0, 3.0 * runs)) * (chromeDepth > 0 ? chromeDamping : 1);
            if (HtmlTags.isLooseParagraph(tag) || tag.equals("td") && s.ownTextLen >= OWN_TEXT_CELL_CHARS) {
                if (!s.scored) {
                    s.scored = true;
                    candidates.add(s);
                }
                s.score += score;
            }
            for (int up = 1; up <= 3 && stack.size() - up >= 0; up++) {
                BlockStats a = stack.get(stack.size() - up);
                if (!a.scored) {
                    a.scored = true;
                    candidates.add(a);
                }
                a.score += up == 1 ? score : score / (up == 2 ? 2 : up * 3);
            }
        }
        return FilterResult.CONTINUE;
    }

    /**
     * A hidden element that holds paragraphs is no menu or dialog but article text a script shows: the collapsed
     * "read more" part, or a page hidden until it loads (body display:none, a wrapper aria-hidden behind a consent
     * dialog, a WeChat article's visibility:hidden body, whose paragraphs are sections). A blog's or an old portal's
     * hidden rest writes its paragraphs as text between line breaks.
     */
    private static boolean holdsParagraphs(Element e, int needed) {
        int paragraphs = 0;
        for (Element p : e.select(PARAGRAPHS)) {
            if (isParagraph(p.text()) && ++paragraphs >= needed) {
                return true;
            }
        }
        for (TextNode t : e.textNodes()) {
            if (isParagraph(t.text().strip()) && ++paragraphs >= needed) {
                return true; // paragraphs written as text between line breaks
            }
        }
        return false;
    }

    /**
     * A folded panel (an accordion's answer, a tab): by its class, by its role beside a toggle, or hidden until the
     * browser's find opens it ({@code hidden="until-found"}).
     */
    private boolean isPanel(Element e) {
        String role = e.attr("role");
        return role.equals("tabpanel") || role.equals("region") || (attributeFlags(e) & COLLAPSED) != 0
                || e.attr("hidden").equalsIgnoreCase("until-found");
    }

    /**
     * The panel a button opens in place ("Show the system requirements", an FAQ's question) or a tab shows (a second
     * language's code): text of its own, whatever its shape (a list, a table, code), and no menu of links.
     */
    private static boolean isTogglePanel(Element e) {
        Element toggle = e.previousElementSibling();
        boolean opened = toggle != null && (toggle.normalName().equals("button") || toggle.hasAttr("aria-expanded"))
                && toggle.text().length() <= TOGGLE_CHARS;
        if (!opened && !e.attr("role").equals("tabpanel")) {
            return false;
        }
        int text = e.text().length();
        int links = 0;
        for (Element a : e.getElementsByTag("a")) {
            links += a.text().length();
        }
        return text >= TOGGLE_PANEL_MIN_CHARS && links * 2 < text;
    }

    private static final int TOGGLE_CHARS = 80;
    private static final int TOGGLE_PANEL_MIN_CHARS = 40;

    private static boolean isParagraph(String text) {
        return width(text, 40) >= 40 && Sentences.endsSentence(text);
    }

    /**
     * Characters, a Han or kana one counting twice (a Chinese sentence says in 20 what a Latin one says in 40), counted
     * until the width reaches {@code enough}.
     */
    static int width(String text, int enough) {
        int w = text.length();
        for (int i = 0; i < text.length() && w < enough; i++) {
            if (TextNormalizer.isHanOrKana(text.charAt(i))) {
                w++;
            }
        }
        return w;
    }

    /**
     * A script handler dressed as a link ({@code href="javascript:..."}) around blocks, or around a whole sentence (a
     * quote to share, a map to open), wraps article text: not a link. Around a word or two it is a button ("Share",
     * "Back"), which counts as a link.
     */
    private static boolean isLink(Element e) {
        if (e.hasAttr("aria-expanded") || e.hasAttr("data-toggle") || e.hasAttr("data-bs-toggle")) {
            return false; // a toggle that opens a part of the page (an FAQ's question over its answer), not a link
        }
        String href = e.attr("href");
        if (href.startsWith("#") && isInHeading(e)) {
            return false; // a heading's anchor to itself ("<h2><a href="#syntax">Syntax</a></h2>"): the heading's text
        }
        int i = 0;
        while (i < href.length() && href.charAt(i) <= ' ') {
            i++;
        }
        if (!href.regionMatches(true, i, "javascript:", 0, "javascript:".length())) {
            return true;
        }
        return !HtmlTags.holdsBlock(e) && !wrapsSentence(e);
    }

    private static boolean isInHeading(Element e) {
        Element p = e.parent();
        for (int up = 0; up < 2 && p != null; up++, p = p.parent()) {
            if (HtmlTags.HEADINGS.contains(p.normalName())) {
                return true;
            }
        }
        return false;
    }

    /** Words a script "link" around a paragraph's text holds at least: a quote to share, a map to open. */
    private static final int SCRIPT_LINK_PARAGRAPH_WORDS = 8;

    private static boolean wrapsSentence(Element e) {
        String text = e.text();
        return Sentences.endsSentence(text) && (TextNormalizer.wordCount(text) >= SCRIPT_LINK_PARAGRAPH_WORDS || width(text, 40) >= 40);
    }

    private static boolean isParagraph(String tag, BlockStats s) {
        if (s.textLen < 25) {
            return false;
        }
        if (HtmlTags.PARAGRAPH.contains(tag)) {
            return !tag.equals("td") || s.ownTextLen >= 25 || !s.holdsLayout; // a layout cell holds the page's frames
        }
        return HtmlTags.isLooseParagraph(tag) && s.ownTextLen >= 25;
    }

    /** Long enough for a headline, a Han or kana character counting twice ({@link #width}). */
    private static boolean isHeadlineLength(Element link, BlockStats s) {
        return s.textLen >= HEADLINE_MIN_CHARS || s.textLen * 2 >= HEADLINE_MIN_CHARS && width(link.text(), HEADLINE_MIN_CHARS) >= HEADLINE_MIN_CHARS;
    }

    /**
     * A teaser's headline: a link with no running text beside it, between line breaks or blocks once the inline
     * wrappers it fills ({@code <b><font>…</font></b>}) are climbed, with text after it that is no link (the summary).
     * A link alone in a div of its own is one when the block after it holds text and no link (a view's title field,
     * then its body field), and so is a link alone in a heading below h1 over a block of text with no link (a card's
     * linked title over its summary, a thumbnail before it). A link alone in a list item has none: a menu or a link
     * list, which link density tells already.
     */
    private static boolean isHeadline(Element link) {
        Element e = link;
        while (e.parent() != null && HEADLINE_WRAPPERS.contains(e.parent().normalName()) && holdsOnly(e.parent(), e)) {
            e = e.parent();
        }
        boolean ownBox = false;
        boolean heading = e.parent() != null && HtmlTags.HEADINGS.contains(e.parent().normalName())
                && !e.parent().normalName().equals("h1") && holdsOnly(e.parent(), e);
        if (heading) {
            e = e.parent(); // a card's linked heading, a block whatever stands before it, over its summary
            ownBox = true;
        }
        while (e.parent() != null && e.parent().normalName().equals("div") && holdsOnly(e.parent(), e)) {
            e = e.parent(); // a title field of its own ("views-field-title" > span > a), the summary the next field
            ownBox = true;
        }
        Node before = heading ? null : skipBlank(e.previousSibling(), true);
        if (before != null && isClockStamp(before)) {
            before = skipBlank(before.previousSibling(), true); // a feed's "16:01 Headline": the stamp opens the line
        }
        if (before != null && !breaksLine(before)) {
            return false;
        }
        Node after = skipBlank(e.nextSibling(), false);
        if (after == null || !breaksLine(after)) {
            return false;
        }
        Node summary = after instanceof Element a && a.normalName().equals("br") ? skipBreaks(after.nextSibling()) : after;
        if (ownBox) {
            return summary instanceof Element s && s.hasText() && s.getElementsByTag("a").isEmpty();
        }
        return summary instanceof TextNode
                || summary instanceof Element s && !s.normalName().equals("a") && !s.normalName().equals("br") && s.hasText();
    }

    /**
     * A link to another page of this site: a relative address, or the page's own host (a teaser links there, an ad does
     * not). A fragment ("#faq-1": an accordion's toggle, a table of contents) or a script leads to no other page.
     */
    private boolean isOwnSiteLink(String href) {
        int scheme = href.indexOf("://");
        if (scheme < 0) {
            return !href.startsWith("//") && !href.startsWith("#")
                    && !href.regionMatches(true, 0, "javascript:", 0, "javascript:".length());
        }
        if (pageHost.isEmpty() && !pageHostSought) {
            pageHostSought = true; // a page without a host (a local file): its canonical link's, read in the head
            pageHost = Objects.requireNonNullElse(metadata.canonicalSite(), "");
        }
        if (pageHost.isEmpty()) {
            return true; // no host to tell the site's links from an ad's
        }
        int start = scheme + 3;
        if (href.regionMatches(true, start, "www.", 0, 4)) {
            start += 4;
        }
        int end = start;
        while (end < href.length() && "/?#:".indexOf(href.charAt(end)) < 0) {
            end++;
        }
        return end - start == pageHost.length() && href.regionMatches(true, start, pageHost, 0, end - start);
    }

    private static final int CLOCK_STAMP_CHARS = 16;

    /** A {@code <time>} or a short element of digits and separators only ("16:01", "22.11."), a feed item's stamp. */
    private static boolean isClockStamp(Node n) {
        if (!(n instanceof Element e) || e.childrenSize() > 0) {
            return false;
        }
        if (e.normalName().equals("time")) {
            return true;
        }
        String text = e.text();
        if (text.isEmpty() || text.length() > CLOCK_STAMP_CHARS) {
            return false;
        }
        boolean digit = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isDigit(c)) {
                digit = true;
            } else if (":./-h ".indexOf(c) < 0) {
                return false;
            }
        }
        return digit;
    }

    /** The parent holds the child and nothing else but blank text and comments. */
    private static boolean holdsOnly(Element parent, Element child) {
        return parent.childrenSize() == 1 && skipBlank(parent.firstChild(), false) == child && skipBlank(child.nextSibling(), false) == null;
    }

    private static Node skipBlank(Node n, boolean backwards) {
        while (n != null && (n instanceof TextNode t && t.isBlank() || n instanceof Comment)) {
            n = backwards ? n.previousSibling() : n.nextSibling();
        }
        return n;
    }

    private static Node skipBreaks(Node n) {
        n = skipBlank(n, false);
        while (n instanceof Element e && e.normalName().equals("br")) {
            n = skipBlank(n.nextSibling(), false);
        }
        return n;
    }

    private static boolean breaksLine(Node n) {
        return n instanceof Element e && (e.normalName().equals("br") || HtmlTags.BLOCK.contains(e.normalName()));
    }

    /**
     * A {@code <br>} in an element: two in a row between runs of text part paragraphs, each scored as one, as
     * Readability scores the paragraphs it makes of {@code <br><br>}.
     */
    private static void lineBreak(BlockStats owner) {
        if (owner.brState == TEXT_RUN) {
            owner.brState = ONE_BR;
        } else if (owner.brState == ONE_BR) {
            owner.brState = BREAK;
        }
    }

    /** Text in an element, its own or a child's: a new paragraph when it follows a break. */
    private static void textRun(BlockStats owner) {
        if (owner.brState == BREAK) {
            owner.brBreaks++;
        }
        owner.brState = TEXT_RUN;
    }

    private void countText(String text, BlockStats owner) {
        int len = 0;
        int commas = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c > ' ' && c != '\u00A0') {
                len++;
                if (c == ',' || c == '،' || c == '，' || c == '、') {
                    commas++;
                }
            }
        }
        if (len > 0) {
            textRun(owner);
        }
        owner.textLen += len;
        owner.ownTextLen += len;
        owner.commas += commas;
        if (linkDepth > 0) {
            owner.linkLen += len;
        }
    }

    private static boolean isHidden(Element e) {
        if (e.hasAttr("hidden")) {
            return true;
        }
        String style = e.attr("style");
        if (!style.isEmpty()) {
            String st = style.toLowerCase(Locale.ROOT).replace(" ", "");
            if (st.contains("display:none") || st.contains("visibility:hidden")) {
                return true;
            }
        }
        return "true".equals(e.attr("aria-hidden")) && !e.normalName().equals("body") && !e.normalName().equals("html");
    }

    private boolean isChrome(Element e, String tag) {
        if (tag.equals("body") || tag.equals("html") || tag.equals("main") || isArticleBody(e)) {
            return false;
        }
        if (HtmlTags.CHROME.contains(tag)) {
            return true;
        }
        String role = e.attr("role");
        if (!role.isEmpty() && HtmlTags.CHROME_ROLES.contains(role.toLowerCase(Locale.ROOT))) {
            return true;
        }
        return (attributeFlags(e) & CHROME) != 0;
    }

    /**
     * The element right after an empty anchor named for comments ({@code <a name="comments"></a>}, uCoz's and many old
     * CMSs' mark for the thread's start): the comments, whatever its class names.
     */
    private boolean followsCommentAnchor(Element e) {
        if (e.normalName().equals("a")) {
            if (e.childNodeSize() == 0 && !e.hasAttr("href") && lexicon.namesComments(e.attr("name") + " " + e.id())) {
                afterCommentAnchor = e.nextElementSibling();
            }
            return false;
        }
        return e == afterCommentAnchor;
    }

    /** Characters beyond which a paywall-marked block naming a price is the article's rest, not an offer. */
    private static final int OFFER_MAX_CHARS = 1500;
    /** A paywall-marked block shorter than this is a notice already (the rules' gateNoticeChars). */
    private int gateNoticeChars;
    /** A price: an amount with its currency, either side ("19,99 zł", "$1", "0,99 €", "149 ₽"). */
    private static final Pattern PRICE = Pattern.compile(
            "\\d(?:[.,]\\d{1,2})?\\s?(?:€|zł|₽|руб|£|\\$|kč|eur\\b|usd\\b|pln\\b)|[$£€]\\s?\\d", Pattern.CASE_INSENSITIVE);

    /** Characters of a button's label at most. */
    private static final int BUTTON_CHARS = 40;

    /**
     * A paywall-marked block too long for a notice and too short to be the article's rest whose button names a price
     * ("Kup dostęp za 1 zł", "Оформить за 1 ₽"): the offer, chrome however long its pitch. The article's own text names
     * prices in sentences, not in its links.
     */
    private boolean isSubscriptionOffer(Element e) {
        for (Element button : e.select("a, button")) {
            String label = button.text();
            if (label.length() <= BUTTON_CHARS && PRICE.matcher(label).find()) {
                int chars = e.text().length();
                return chars >= gateNoticeChars && chars < OFFER_MAX_CHARS;
            }
        }
        return false;
    }

    /** A looping slider's copy of one of its slides (Swiper, slick): the slide itself is in the page too. */
    private static boolean isLoopClone(Element e) {
        String cls = e.className();
        return cls.contains("swiper-slide-duplicate") || cls.contains("slick-cloned");
    }

    /** Markup that says it is the article's body (schema.org's articleBody) is no chrome, whatever its class names. */
    private static boolean isArticleBody(Element e) {
        return e.attributesSize() > 1 && "articleBody".equals(e.attr("itemprop"));
    }

    private boolean isReadMore(Element e) {
        return (attributeFlags(e) & READ_MORE) != 0;
    }

    private boolean isGate(Element e) {
        return (attributeFlags(e) & GATE) != 0;
    }

    /** CHROME, GATE, COLLAPSED, READ_MORE and CAPTION bits of an element's class and id, cached across pages. */
    private int attributeFlags(Element e) {
        if (e == lastFlagged) {
            return lastFlags;
        }
        String cls = e.className();
        String id = e.id();
        int flags = 0;
        if (!cls.isEmpty() || !id.isEmpty()) {
            String key = id.isEmpty() ? cls : cls + "#" + id;
            Integer cached = ATTRIBUTE_FLAGS.get(key);
            if (cached == null) {
                cached = flags(key);
                if (ATTRIBUTE_FLAGS.size() > ATTRIBUTE_FLAGS_MAX) {
                    ATTRIBUTE_FLAGS.clear();
                }
                ATTRIBUTE_FLAGS.put(key, cached);
            }
            flags = cached;
        }
        lastFlagged = e;
        lastFlags = flags;
        return flags;
    }

    /**
     * Chrome when a class/id token names chrome and no token names the article itself, or when one names the article's
     * comments; gate when one names a paywall.
     */
    private int flags(String classAndId) {
        boolean chrome = false;
        boolean content = false;
        boolean gate = false;
        boolean collapsed = false;
        boolean readMore = false;
        boolean caption = false;
        boolean comments = false;
        for (String token : ClassTokens.split(classAndId)) {
            if (token.isEmpty() || token.length() > 60) {
                continue;
            }
            gate |= lexicon.isGateToken(token);
            caption |= lexicon.isCaptionToken(token);
            boolean collapsedToken = lexicon.isCollapsedToken(token);
            collapsed |= collapsedToken;
            if (lexicon.namesCommentsOfContent(token)) {
                comments = true;
            } else if (lexicon.endsWithChromeCompound(token) || !lexicon.overridesChrome(token) && lexicon.isChromeToken(token)) {
                chrome = true;
                readMore |= collapsedToken;
            } else if (lexicon.overridesChrome(token)) {
                content = true;
            }
        }
        int idAt = classAndId.lastIndexOf('#');
        boolean post = idAt >= 0 && ForumThread.isPostId(classAndId.substring(idAt + 1));
        return (chrome && !content || comments ? CHROME : 0) | (comments ? COMMENTS : 0) | (gate ? GATE : 0)
                | (collapsed ? COLLAPSED : 0) | (readMore ? READ_MORE : 0) | (caption ? CAPTION : 0) | (post ? POST : 0);
    }
}
