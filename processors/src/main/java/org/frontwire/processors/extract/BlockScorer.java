package org.frontwire.processors.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * Chooses the element(s) holding the article, in the spirit of Readability: paragraph scores gathered by ancestors,
 * weighted by tag, class/id and link density; the best candidate is widened to a common ancestor when close rivals
 * share it, and joined by siblings that look like article text.
 */
final class BlockScorer {
    /** class+id → sign of its weight, shared by all pages. */
    private static final java.util.Map<String, Integer> ATTRIBUTE_SIGNS = new java.util.concurrent.ConcurrentHashMap<>();
    /** Best candidates looked at as notices (a notice's paragraph, its box, the box's frame). */
    private static final int MAX_NOTICES = 4;
    private final HtmlPageScan scan;
    private final ExtractionRules rules;
    private final ChromeLexicon lexicon = ChromeLexicon.get();

    BlockScorer(HtmlPageScan scan, ExtractionRules rules) {
        this.scan = scan;
        this.rules = rules;
    }

    /** The article's elements in document order; empty when no candidate scored. */
    List<Element> choose() {
        List<BlockStats> candidates = scan.candidates();
        if (candidates.isEmpty()) {
            return List.of();
        }
        for (BlockStats c : candidates) {
            double classWeight = classWeight(c.element);
            if (classWeight > 0 && isShort(c)) {
                classWeight = 0; // a byline's, a date's or a footnote's "article-meta" box is no article by its name
            }
            c.score = (c.score + tagWeight(c.element.normalName()) + classWeight) * (1 - c.linkDensity())
                    * (isTeaserList(c) || inTeaserList(c.element) ? rules.teaserListDamping() : 1);
        }
        List<BlockStats> ranked = new ArrayList<>(candidates);
        ranked.sort(Comparator.comparingDouble((BlockStats b) -> b.score).reversed());
        for (int dropped = 0; ranked.size() > 1 && dropped < MAX_NOTICES && isNotice(ranked.get(0)); dropped++) {
            ranked.remove(0).chrome = true;
        }
        BlockStats first = intoLinkFrame(ranked.get(0), ranked);
        BlockStats top = first == ranked.get(0) ? climb(widenToSharedAncestor(first, ranked)) : first;
        List<Element> chosen = withTwins(top, withSiblings(top), first);
        Element firstPost = scan.postBoxes() >= ForumThread.MIN_POSTS ? ForumThread.firstPost(chosen) : null;
        BlockStats opening = firstPost == null ? null : bestInside(firstPost, ranked);
        return opening == null ? chosen : withSiblings(opening);
    }

    private static BlockStats bestInside(Element scope, List<BlockStats> ranked) {
        for (BlockStats c : ranked) {
            if (c.element == scope || HtmlPageScan.isAncestor(scope, c.element)) {
                return c;
            }
        }
        return null;
    }

    /** Other stories' headlines, each a link on its own line, with a summary under each at most: a sidebar or feed. */
    private boolean isTeaserList(BlockStats c) {
        return c.headlines >= TEASER_LIST_HEADLINES && c.textLen < c.headlines * rules.teaserListItemChars();
    }

    private static final int TEASER_LIST_HEADLINES = 3;
    /** Characters a block needs for a class naming the article to count for it (a Han or kana character counts twice). */
    private static final int NAMED_CONTENT_MIN_CHARS = 100;
    /**
     * A rival inside chrome (a comment, a dialog) with under a fourth of the best block's text widens nothing; a longer
     * one may be article text in a wrapper whose class names mislead.
     */
    private static final int CHROME_RIVAL_TEXT_SHARE_DIVISOR = 4;
    /** Levels above a candidate looked at for a teaser list holding it. */
    private static final int TEASER_ITEM_DEPTH = 3;

    /**
     * An item of a teaser list (a summary under its headline): no article, nor a rival whose ancestor could hold it. A
     * block beside the list is none: when one other child of the list's element holds all its headlines, that child is
     * the list and the element only frames it (a layout row of the article's cell and a feed's cell).
     */
    private boolean inTeaserList(Element e) {
        Element child = e;
        Element p = e.parent();
        for (int up = 0; up < TEASER_ITEM_DEPTH && p != null; up++, child = p, p = p.parent()) {
            BlockStats ps = scan.stats(p);
            if (ps != null && isTeaserList(ps)) {
                return !framesListBeside(p, ps.headlines, child); // beside the list: so are the frames around both
            }
        }
        return false;
    }

    private boolean framesListBeside(Element frame, int headlines, Element onPath) {
        BlockStats path = scan.stats(onPath);
        int listed = path != null && path.headlines < TEASER_LIST_HEADLINES && path.textLen > rules.teaserListItemChars()
                ? headlines - path.headlines // a short article's own "Related" link or two: the list is beside it
                : headlines;
        for (Element c : frame.children()) {
            BlockStats cs = c == onPath ? null : scan.stats(c);
            if (cs != null && cs.headlines == listed) {
                return true;
            }
        }
        return false;
    }

    /** Link density of a best candidate that is a page frame (an old layout table, a column) rather than the article. */
    private static final double FRAME_LINK_DENSITY = 0.33;
    /** Link density of the text block inside such a frame that is taken instead, and the share of its score it needs. */
    private static final double FRAME_TEXT_LINK_DENSITY = 0.1;
    private static final double FRAME_TEXT_SCORE_SHARE = 0.6;

    /**
     * The best candidate, or the text inside it when it is a frame of link lists (a table layout of menus, news feed and
     * a short article): a candidate inside it almost without links that scores nearly as well.
     */
    private BlockStats intoLinkFrame(BlockStats best, List<BlockStats> ranked) {
        if (best.linkDensity() < FRAME_LINK_DENSITY) {
            return best;
        }
        for (BlockStats c : ranked) {
            if (c.score < best.score * FRAME_TEXT_SCORE_SHARE) {
                break;
            }
            if (c != best && c.linkDensity() <= FRAME_TEXT_LINK_DENSITY && HtmlPageScan.isAncestor(best.element, c.element)) {
                return c;
            }
        }
        return best;
    }

    /** Shorter than {@value #NAMED_CONTENT_MIN_CHARS} characters, a Han or kana character counting twice. */
    private static boolean isShort(BlockStats b) {
        return b.textLen < NAMED_CONTENT_MIN_CHARS && HtmlPageScan.width(b.element.text(), NAMED_CONTENT_MIN_CHARS) < NAMED_CONTENT_MIN_CHARS;
    }

    /** A cookie-consent or ad-blocker notice: short, and saying so. */
    private boolean isNotice(BlockStats b) {
        return b.textLen < rules.noticeMaxChars() && lexicon.isNoticeText(TextNormalizer.fold(b.element.text()));
    }

    /** Article text split into several same-class containers under different parents ("article__body" chunks). */
    private List<Element> withTwins(BlockStats top, List<Element> chosen, BlockStats firstTop) {
        List<Element> out = withTwinsOf(top, chosen);
        if (out == chosen && firstTop != top) {
            out = withTwinsOf(firstTop, chosen);
        }
        return out == chosen ? withSectionTwins(top, chosen) : out;
    }

    /** Characters a section may hold besides the chosen block: its heading. */
    private static final int SECTION_HEADING_CHARS = 120;
    /** Levels above the chosen block looked at for a section (a content element around a text-with-picture box). */
    private static final int SECTION_LEVELS = 3;

    /**
     * A page of sections or content elements, each a box around its text ({@code <article class="page-section"><h2>…
     * </h2><div>…}, TYPO3's {@code csc-default} around a text-with-picture box), one of whose texts was chosen: the
     * box's same-tag, same-class twins join it. The box is looked for up to {@value #SECTION_LEVELS} levels up, while
     * it holds little more than the chosen text.
     */
    private List<Element> withSectionTwins(BlockStats top, List<Element> chosen) {
        Element section = top.element.parent();
        for (int up = 0; up < SECTION_LEVELS && section != null && !section.normalName().equals("body"); up++, section = section.parent()) {
            BlockStats sectionStats = scan.stats(section);
            if (sectionStats == null || sectionStats.textLen > top.textLen + SECTION_HEADING_CHARS) {
                return chosen;
            }
            if (!section.className().isEmpty()) {
                List<Element> out = withSectionTwins(top, chosen, section, sectionStats);
                if (out != chosen) {
                    return out;
                }
            }
        }
        return chosen;
    }

    private List<Element> withSectionTwins(BlockStats top, List<Element> chosen, Element section, BlockStats sectionStats) {
        List<Element> withSection = new ArrayList<>();
        for (Element e : chosen) {
            if (e == top.element) {
                withSection.add(section);
            } else if (!HtmlPageScan.isAncestor(section, e)) {
                withSection.add(e);
            }
        }
        List<Element> out = withTwinsOf(sectionStats, withSection);
        if (out == withSection) {
            return chosen;
        }
        List<Element> joined = new ArrayList<>();
        for (Element e : out) {
            if (e == section) {
                for (Element c : chosen) {
                    if (c == top.element || HtmlPageScan.isAncestor(section, c)) {
                        joined.add(c); // the chosen text without what else its section holds (a byline row, a date)
                    }
                }
            } else {
                joined.add(e);
            }
        }
        return joined;
    }

    private List<Element> withTwinsOf(BlockStats model, List<Element> chosen) {
        String cls = model.element.className();
        String tag = model.element.normalName();
        if (cls.isEmpty()) {
            return chosen;
        }
        List<BlockStats> all = new ArrayList<>();
        for (Element e : chosen) {
            BlockStats s = scan.stats(e);
            if (s != null) {
                all.add(s);
            }
        }
        int minText = Math.max(rules.twinMinChars(), (int) (model.textLen * rules.twinMinShare()));
        boolean added = false;
        for (BlockStats c : scan.ordered()) {
            if (c == model || c.chrome || c.textLen < minText || c.linkDensity() > rules.twinMaxLinkDensity()
                    || !tag.equals(c.element.normalName()) || !cls.equals(c.element.className()) || isTeaserList(c)) {
                continue;
            }
            boolean overlaps = false;
            for (BlockStats a : all) {
                if (a.element == c.element || HtmlPageScan.isAncestor(a.element, c.element) || HtmlPageScan.isAncestor(c.element, a.element)) {
                    overlaps = true;
                    break;
                }
            }
            if (!overlaps && !closedBetween(model, c)) {
                all.add(c);
                added = true;
            }
        }
        if (!added) {
            return chosen;
        }
        all.sort(Comparator.comparingInt(b -> b.order));
        List<Element> out = new ArrayList<>();
        for (BlockStats b : all) {
            out.add(b.element);
        }
        return out;
    }

    private BlockStats widenToSharedAncestor(BlockStats top, List<BlockStats> ranked) {
        List<Element> rivals = new ArrayList<>();
        for (int i = 1; i < Math.min(ranked.size(), rules.rivalsConsidered() + 1); i++) {
            BlockStats rival = ranked.get(i);
            boolean chromeScrap = rival.inChrome && rival.textLen * CHROME_RIVAL_TEXT_SHARE_DIVISOR < top.textLen;
            if (rival.score >= top.score * rules.rivalShare() && !chromeScrap && !inTeaserList(rival.element)) {
                rivals.add(rival.element);
            }
        }
        if (rivals.size() < rules.rivalsToWiden()) {
            return top;
        }
        Element parent = top.element.parent();
        while (parent != null && !parent.normalName().equals("body")) {
            int holding = 0;
            for (Element r : rivals) {
                if (HtmlPageScan.isAncestor(parent, r)) {
                    holding++;
                }
            }
            if (holding >= rules.rivalsToWiden()) {
                BlockStats s = scan.stats(parent);
                return s != null ? s : top;
            }
            parent = parent.parent();
        }
        return top;
    }

    private BlockStats climb(BlockStats top) {
        double lastScore = top.score;
        double threshold = lastScore / rules.climbStopDivisor();
        Element parent = top.element.parent();
        while (parent != null && !parent.normalName().equals("body")) {
            BlockStats ps = scan.stats(parent);
            if (ps == null || !ps.scored) {
                parent = parent.parent();
                continue;
            }
            if (ps.score < threshold || ps.headlines >= top.headlines + TEASER_LIST_HEADLINES) {
                break; // a parent scoring higher by a list of teasers beside the text is no article
            }
            if (ps.score > lastScore) {
                top = ps;
                break;
            }
            lastScore = ps.score;
            parent = parent.parent();
        }
        Element e = top.element;
        while (e.parent() != null && !e.parent().normalName().equals("body") && e.parent().childrenSize() == 1) {
            BlockStats ps = scan.stats(e.parent());
            if (ps == null) {
                break;
            }
            e = e.parent();
            top = ps;
        }
        return top;
    }

    private List<Element> withSiblings(BlockStats top) {
        Element parent = top.element.parent();
        if (parent == null) {
            return List.of(top.element);
        }
        double threshold = Math.max(rules.siblingMinScore(), top.score * rules.siblingShare());
        String topClass = top.element.className();
        List<Element> out = new ArrayList<>();
        boolean afterTop = false;
        for (Element sibling : parent.children()) {
            if (sibling == top.element) {
                out.add(sibling);
                afterTop = true;
                continue;
            }
            BlockStats s = scan.stats(sibling);
            if (afterTop && opensClosingSection(sibling, s)) {
                break; // comments or the next article of an endless page: nothing after it is the article's
            }
            if (afterTop && s != null && PictureGroup.isGallery(sibling, s, scan, rules.galleryMinCaptions())) {
                out.add(sibling); // the article's gallery, a field of its own after the text
                continue;
            }
            if (s == null || s.chrome || s.textLen == 0) {
                continue;
            }
            double bonus = !topClass.isEmpty() && topClass.equals(sibling.className()) ? top.score * rules.sameClassSiblingBonus() : 0;
            boolean joins = s.scored && s.score + bonus >= threshold || s.collapsed && isParagraphOfText(s) || isArticleBox(sibling, s)
                    || (sibling.normalName().equals("p") || isParagraphBox(s)) && isParagraphOfText(s)
                    || !afterTop && isStandfirst(sibling, s) && isParagraphOfText(s);
            if (joins && !isNotice(s)) {
                out.add(sibling);
            }
        }
        return withTablesBetween(parent, out);
    }

    /**
     * Data tables between the joined parts of the article (a component page's text, table, text): a sibling between
     * two of them that holds a data table (a row of two cells or more) and few links joins, though its cells score as no paragraph.
     */
    private List<Element> withTablesBetween(Element parent, List<Element> joined) {
        if (joined.size() < 2) {
            return joined;
        }
        Element first = joined.get(0);
        Element last = joined.get(joined.size() - 1);
        List<Element> out = new ArrayList<>();
        boolean between = false;
        for (Element sibling : parent.children()) {
            if (sibling == first) {
                between = true;
            }
            if (joined.contains(sibling)) {
                out.add(sibling);
            } else if (between && isDataTableBox(sibling)) {
                out.add(sibling);
            }
            if (sibling == last) {
                break;
            }
        }
        return out;
    }

    private boolean isDataTableBox(Element e) {
        BlockStats s = scan.stats(e);
        return s != null && !s.chrome && s.textLen > 0 && s.linkDensity() < rules.siblingParagraphLinkDensity()
                && e.selectFirst("tr:has(> td + td, > th + td, > th + th, > td + th)") != null;
    }

    /**
     * A box beside the body that belongs to the article by its heading: the key points before it, the questions and
     * answers after it ("Коротко", "Das Wichtigste in Kürze", "Häufige Fragen"), holding text rather than links.
     */
    private boolean isArticleBox(Element e, BlockStats s) {
        Element heading = e.firstElementChild();
        return heading != null && s.linkDensity() < rules.siblingParagraphLinkDensity() && lexicon.isArticleBoxHeading(heading.text());
    }

    /** Whether a closing section's heading (comments, the next article) stands between the model and a twin after it. */
    private boolean closedBetween(BlockStats model, BlockStats twin) {
        List<BlockStats> ordered = scan.ordered();
        for (int i = model.order + 1; i < twin.order && i < ordered.size(); i++) {
            BlockStats b = ordered.get(i);
            if (!HtmlPageScan.isAncestor(b.element, twin.element) && opensClosingSection(b.element, b)) {
                return true;
            }
        }
        return false;
    }

    private static final int CLOSING_HEADING_CHARS = 80;

    /** A short block that is a closing section's heading alone: "Comments (86)", "Next article". */
    private boolean opensClosingSection(Element e, BlockStats s) {
        if (s == null || s.textLen == 0 || s.textLen > CLOSING_HEADING_CHARS) {
            return false;
        }
        return lexicon.isClosingHeading(e.text());
    }

    /** Named a standfirst, or around one that holds all its text (a lead's picture beside it: "news-summary-wrap"). */
    private boolean isStandfirst(Element e, BlockStats s) {
        if (lexicon.namesStandfirst(e.className())) {
            return true;
        }
        for (Element child : e.children()) {
            BlockStats c = scan.stats(child);
            if (c != null && c.textLen == s.textLen && lexicon.namesStandfirst(child.className())) {
                return true;
            }
        }
        return false;
    }

    /** A box around paragraphs only: every child a {@code <p>}, or a script "link" around one ("lead-box" > p). */
    private boolean isParagraphBox(BlockStats b) {
        if (b.ownTextLen > 0 || b.element.childrenSize() == 0) {
            return false;
        }
        for (Element child : b.element.children()) {
            BlockStats c = scan.stats(child);
            boolean wrapper = c != null && child.normalName().equals("a") && !c.link && isParagraphBox(c);
            if (!child.normalName().equals("p") && !wrapper) {
                return false;
            }
        }
        return true;
    }

    /** A long paragraph with few links, or a short one without links that ends a sentence. */
    private boolean isParagraphOfText(BlockStats p) {
        double ld = p.linkDensity();
        if (p.textLen > rules.siblingParagraphChars()) {
            return ld < rules.siblingParagraphLinkDensity();
        }
        return p.textLen > 0 && ld == 0 && Sentences.endsSentence(p.element.text());
    }

    /** +1 when a class/id token names the article, -1 when one names chrome (and none the article), else 0. */
    private int attributeSign(String classAndId) {
        int sign = 0;
        for (String token : ClassTokens.split(classAndId)) {
            if (lexicon.namesContentOfChrome(token)) {
                return -1; // "widget_text" beside the id "text-5", "comment-body" beside "body": the chrome's own text
            } else if (lexicon.isContentToken(token)) {
                sign = 1;
            } else if (lexicon.isChromeToken(token)) {
                sign = Math.min(sign, -1);
            }
        }
        return sign;
    }

    private static double tagWeight(String tag) {
        return switch (tag) {
            case "div", "article", "main", "section" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
    }

    private double classWeight(Element e) {
        String cls = e.className();
        String id = e.id();
        if (cls.isEmpty() && id.isEmpty()) {
            return markupBonus(e);
        }
        String key = cls + "#" + id;
        Integer sign = ATTRIBUTE_SIGNS.get(key);
        if (sign == null) {
            if (ATTRIBUTE_SIGNS.size() > 50_000) {
                ATTRIBUTE_SIGNS.clear();
            }
            sign = attributeSign(key);
            ATTRIBUTE_SIGNS.put(key, sign);
        }
        return sign * rules.attributeWeight() + markupBonus(e);
    }

    /** What the markup itself says: an {@code <article>} element, an element marked {@code itemprop="articleBody"}. */
    private double markupBonus(Element e) {
        return (e.normalName().equals("article") ? rules.articleTagBonus() : 0)
                + (e.attr("itemprop").equalsIgnoreCase("articleBody") ? rules.articleBodyBonus() : 0);
    }
}
