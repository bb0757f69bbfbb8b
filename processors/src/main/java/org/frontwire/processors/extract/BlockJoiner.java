package org.frontwire.processors.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * Joins the block the scorer chose with the rest of the article around it: the siblings that read as article text,
 * the data tables between them, the same-class twins under other parents, and the twin sections of a page of sections.
 *
 * <pre>
 *   parent
 *   ├── div.standfirst          joins before the top: named a standfirst
 *   ├── div.article-text        the top block
 *   ├── div.ad                  chrome: left out
 *   ├── table (2+ cells a row)  joins between joined parts: a data table
 *   ├── p                       joins: a paragraph of text
 *   └── h3 "Comments (12)"      a closing section: nothing after it joins
 *
 *   section.ce  ─ div.text (top) ─┐
 *   section.ce  ─ div.text        ├ same-class twins under other parents join, in document order
 *   section.ce  ─ div.text       ─┘
 * </pre>
 */
final class BlockJoiner {
    private static final double LAYOUT_CELL_SHARE = 0.5;
    private final HtmlPageScan scan;
    private final ExtractionRules rules;
    private final ChromeLexicon lexicon = ChromeLexicon.get();

    BlockJoiner(HtmlPageScan scan, ExtractionRules rules) {
        this.scan = scan;
        this.rules = rules;
    }

    /** The top block with its siblings and twins, in document order; {@code firstTop} is the block before widening. */
    List<Element> join(BlockStats top, BlockStats firstTop) {
        return withTwins(top, withSiblings(top, Math.max(top.score, firstTop.score)), firstTop);
    }

    /** The top block and the siblings around it that read as article text, in document order. */
    List<Element> withSiblings(BlockStats top) {
        return withSiblings(top, top.score);
    }

    /**
     * The top block and its siblings that read as article text; a cell of a layout row beside it (an old page's side
     * column) joins only when it scores {@value #LAYOUT_CELL_SHARE} of the best block, {@code bestScore}.
     */
    private List<Element> withSiblings(BlockStats top, double bestScore) {
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
            if (sibling.normalName().equals("td") && s.score < bestScore * LAYOUT_CELL_SHARE) {
                continue; // the layout's side column
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
                    || !tag.equals(c.element.normalName()) || !cls.equals(c.element.className()) || BlockScorer.isTeaserList(c, rules)) {
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

    /** A cookie-consent or ad-blocker notice: short, and saying so. */
    boolean isNotice(BlockStats b) {
        return b.textLen < rules.noticeMaxChars() && lexicon.isNoticeText(TextNormalizer.fold(b.element.text()));
    }
}
