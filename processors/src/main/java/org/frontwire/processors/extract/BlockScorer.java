package org.frontwire.processors.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * Chooses the element(s) holding the article, in the spirit of Readability: paragraph scores gathered by ancestors,
 * weighted by tag, class/id and link density; the best candidate is widened to a common ancestor when close rivals
 * share it, and {@link BlockJoiner} joins the rest of the article to it.
 */
final class BlockScorer {
    /** class+id → sign of its weight, shared by all pages. */
    private static final java.util.Map<String, Integer> ATTRIBUTE_SIGNS = new java.util.concurrent.ConcurrentHashMap<>();
    /** Best candidates looked at as notices (a notice's paragraph, its box, the box's frame). */
    private static final int MAX_NOTICES = 4;
    private final HtmlPageScan scan;
    private final ExtractionRules rules;
    private final ChromeLexicon lexicon = ChromeLexicon.get();
    private final BlockJoiner joiner;

    BlockScorer(HtmlPageScan scan, ExtractionRules rules) {
        this.scan = scan;
        this.rules = rules;
        this.joiner = new BlockJoiner(scan, rules);
    }

    /** The article's elements in document order; empty when no candidate scored. */
    List<Element> choose() {
        List<BlockStats> candidates = scan.candidates();
        if (candidates.isEmpty()) {
            return List.of();
        }
        for (BlockStats c : candidates) {
            c.paragraphScore = c.score;
            double classWeight = classWeight(c.element);
            if (classWeight > 0 && isShort(c)) {
                classWeight = 0; // a byline's, a date's or a footnote's "article-meta" box is no article by its name
            }
            c.score = (c.score + tagWeight(c.element.normalName()) + classWeight) * (1 - c.linkDensity())
                    * (isTeaserList(c, rules) || inTeaserList(c.element) ? rules.teaserListDamping() : 1);
        }
        List<BlockStats> ranked = new ArrayList<>(candidates);
        ranked.sort(Comparator.comparingDouble((BlockStats b) -> b.score).reversed());
        for (int dropped = 0; ranked.size() > 1 && dropped < MAX_NOTICES && joiner.isNotice(ranked.get(0)); dropped++) {
            ranked.remove(0).chrome = true;
        }
        BlockStats named = byTextOverName(ranked);
        if (named != ranked.get(0)) {
            ranked.remove(named);
            ranked.add(0, named);
        }
        BlockStats first = intoLinkFrame(ranked.get(0), ranked);
        BlockStats top = first == ranked.get(0) ? climb(widenToSharedAncestor(first, ranked)) : first;
        List<Element> chosen = joiner.join(top, first);
        Element firstPost = scan.postBoxes() >= ForumThread.MIN_POSTS ? ForumThread.firstPost(chosen) : null;
        BlockStats opening = firstPost == null ? null : bestInside(firstPost, ranked);
        return opening == null ? chosen : joiner.withSiblings(opening);
    }

    /**
     * A best block that wins by its class name alone ("content_wrap" around a column of teasers, the article and a
     * sidebar) gives way to the block inside it whose paragraphs score {@value #NAMED_WRAPPER_SHARE} times its own.
     */
    private static BlockStats byTextOverName(List<BlockStats> ranked) {
        BlockStats best = ranked.get(0);
        BlockStats inside = null;
        for (BlockStats c : ranked) {
            if (c != best && (inside == null || c.paragraphScore > inside.paragraphScore)
                    && c.paragraphScore > best.paragraphScore * NAMED_WRAPPER_SHARE && HtmlPageScan.isAncestor(best.element, c.element)) {
                inside = c;
            }
        }
        return inside == null ? best : inside;
    }

    private static final double NAMED_WRAPPER_SHARE = 8;

    private static BlockStats bestInside(Element scope, List<BlockStats> ranked) {
        for (BlockStats c : ranked) {
            if (c.element == scope || HtmlPageScan.isAncestor(scope, c.element)) {
                return c;
            }
        }
        return null;
    }

    /** Other stories' headlines, each a link on its own line, with a summary under each at most: a sidebar or feed. */
    static boolean isTeaserList(BlockStats c, ExtractionRules rules) {
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
    /** Levels above the best candidate looked at for a folded panel holding it. */
    private static final int PANEL_DEPTH = 3;
    /** Characters of a folded panel's toggle ("Read more", "Show the full text"). */
    private static final int PANEL_TOGGLE_CHARS = 40;
    /** Levels above a candidate looked at for a teaser list holding it. */
    private static final int TEASER_ITEM_DEPTH = 3;

    /**
     * An item of a teaser list (a summary under its headline): no article, nor a rival whose ancestor could hold it. A
     * block beside the list is none: when one other child of the list's element holds all its headlines, that child is
     * the list and the element only frames it (a layout row of the article's cell and a feed's cell); so it does when
     * the block is an article of its own (long, with few headlines) and another child is a teaser list (a wire between
     * a news tape above it and a shorter list below).
     */
    private boolean inTeaserList(Element e) {
        Element child = e;
        Element p = e.parent();
        for (int up = 0; up < TEASER_ITEM_DEPTH && p != null; up++, child = p, p = p.parent()) {
            BlockStats ps = scan.stats(p);
            if (ps != null && isTeaserList(ps, rules)) {
                return !framesListBeside(p, ps.headlines, child); // beside the list: so are the frames around both
            }
        }
        return false;
    }

    private boolean framesListBeside(Element frame, int headlines, Element onPath) {
        BlockStats path = scan.stats(onPath);
        boolean article = path != null && path.headlines < TEASER_LIST_HEADLINES && path.textLen > rules.teaserListItemChars();
        int listed = article ? headlines - path.headlines : headlines; // a short article's own "Related" link or two
        boolean listBeside = false;
        for (Element c : frame.children()) {
            BlockStats cs = c == onPath ? null : scan.stats(c);
            if (cs != null && cs.headlines == listed) {
                return true;
            }
            listBeside |= cs != null && cs.headlines >= TEASER_LIST_HEADLINES && isTeaserList(cs, rules);
        }
        return article && listBeside; // a wire between a news tape above and a shorter one below
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
        BlockStats holder = holderOfPanel(top);
        if (holder == null && top.hidden) {
            holder = holderOfHiddenRest(top);
        }
        if (holder != null) {
            return holder;
        }
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

    /**
     * The article around a best block that is its folded rest: a panel (the block, or an element above it within
     * {@value #PANEL_DEPTH} levels, named collapsed by its class) wrapped with its toggle alone ("Read more" over an
     * accordion's panel). The nearest scored block above the wrapper when it scores nearly as well as the best block,
     * else null.
     */
    private BlockStats holderOfPanel(BlockStats best) {
        Element panel = null;
        Element e = best.element;
        for (int up = 0; up < PANEL_DEPTH && e != null; up++, e = e.parent()) {
            BlockStats s = scan.stats(e);
            if (s != null && s.collapsed && !s.hidden) {
                panel = e;
            }
        }
        if (panel == null) {
            return null;
        }
        Element wrapper = wrapperWithToggle(panel, scan.stats(panel).textLen);
        if (wrapper == panel) {
            return null;
        }
        for (Element p = wrapper.parent(); p != null && !p.normalName().equals("body"); p = p.parent()) {
            BlockStats ps = scan.stats(p);
            if (ps != null && ps.scored) {
                return !ps.collapsed && ps.score >= best.score * rules.rivalShare() ? ps : null;
            }
        }
        return null;
    }

    /**
     * A hidden rest ("Read more" folded away) that wins by its name ("uSpoilerText") is no article alone: the block
     * wrapping it with its toggle alone is the top, so that the visible opening beside that joins it.
     */
    private BlockStats holderOfHiddenRest(BlockStats rest) {
        Element wrapper = wrapperWithToggle(rest.element, rest.textLen);
        BlockStats holder = null;
        for (Element p = rest.element; p != wrapper; ) {
            p = p.parent();
            BlockStats ps = scan.stats(p);
            holder = ps.scored ? ps : holder;
        }
        return holder;
    }

    /** The outermost element above a panel holding the panel and its toggle alone; the panel itself when none does. */
    private Element wrapperWithToggle(Element panel, int panelChars) {
        Element wrapper = panel;
        for (Element p = panel.parent(); p != null && !p.normalName().equals("body"); p = p.parent()) {
            BlockStats ps = scan.stats(p);
            if (ps == null || ps.textLen > panelChars + PANEL_TOGGLE_CHARS) {
                break;
            }
            wrapper = p;
        }
        return wrapper;
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
