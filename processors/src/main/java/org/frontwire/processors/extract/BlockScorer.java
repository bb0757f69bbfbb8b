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
    /** class+id → weight, shared by all pages. */
    private static final java.util.Map<String, Double> ATTRIBUTE_WEIGHTS = new java.util.concurrent.ConcurrentHashMap<>();
    private final HtmlPageScan scan;
    private final ChromeLexicon lexicon = ChromeLexicon.get();

    BlockScorer(HtmlPageScan scan) {
        this.scan = scan;
    }

    /** The article's elements in document order; empty when no candidate scored. */
    List<Element> choose() {
        List<BlockStats> candidates = scan.candidates();
        if (candidates.isEmpty()) {
            return List.of();
        }
        for (BlockStats c : candidates) {
            c.score = (c.score + tagWeight(c.element.normalName()) + classWeight(c.element)) * (1 - c.linkDensity());
        }
        List<BlockStats> ranked = new ArrayList<>(candidates);
        ranked.sort(Comparator.comparingDouble((BlockStats b) -> b.score).reversed());
        BlockStats first = ranked.get(0);
        BlockStats top = climb(widenToSharedAncestor(first, ranked));
        List<Element> chosen = withSiblings(top);
        return withTwins(top, chosen, first);
    }

    /** Article text split into several same-class containers under different parents ("article__body" chunks). */
    private List<Element> withTwins(BlockStats top, List<Element> chosen, BlockStats firstTop) {
        List<Element> out = withTwinsOf(top, chosen);
        if (out == chosen && firstTop != top) {
            out = withTwinsOf(firstTop, chosen);
        }
        return out;
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
        int minText = Math.max(150, model.textLen / 10);
        boolean added = false;
        for (BlockStats c : scan.ordered()) {
            if (c == model || c.chrome || c.textLen < minText || c.linkDensity() > 0.33
                    || !tag.equals(c.element.normalName()) || !cls.equals(c.element.className())) {
                continue;
            }
            boolean overlaps = false;
            for (BlockStats a : all) {
                if (a.element == c.element || isAncestor(a.element, c.element) || isAncestor(c.element, a.element)) {
                    overlaps = true;
                    break;
                }
            }
            if (!overlaps) {
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
        for (int i = 1; i < Math.min(ranked.size(), 6); i++) {
            if (ranked.get(i).score >= top.score * 0.75) {
                rivals.add(ranked.get(i).element);
            }
        }
        if (rivals.size() < 3) {
            return top;
        }
        Element parent = top.element.parent();
        while (parent != null && !parent.normalName().equals("body")) {
            int holding = 0;
            for (Element r : rivals) {
                if (isAncestor(parent, r)) {
                    holding++;
                }
            }
            if (holding >= 3) {
                BlockStats s = scan.stats(parent);
                return s != null ? s : top;
            }
            parent = parent.parent();
        }
        return top;
    }

    private BlockStats climb(BlockStats top) {
        double lastScore = top.score;
        double threshold = lastScore / 3;
        Element parent = top.element.parent();
        while (parent != null && !parent.normalName().equals("body")) {
            BlockStats ps = scan.stats(parent);
            if (ps == null || !ps.scored) {
                parent = parent.parent();
                continue;
            }
            if (ps.score < threshold) {
                break;
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
        double threshold = Math.max(10, top.score * 0.2);
        String topClass = top.element.className();
        List<Element> out = new ArrayList<>();
        for (Element sibling : parent.children()) {
            if (sibling == top.element) {
                out.add(sibling);
                continue;
            }
            BlockStats s = scan.stats(sibling);
            if (s == null || s.chrome || s.textLen == 0) {
                continue;
            }
            double bonus = !topClass.isEmpty() && topClass.equals(sibling.className()) ? top.score * 0.2 : 0;
            if (s.scored && s.score + bonus >= threshold) {
                out.add(sibling);
            } else if (sibling.normalName().equals("p")) {
                double ld = s.linkDensity();
                if (s.textLen > 80 && ld < 0.25 || s.textLen > 0 && s.textLen <= 80 && ld == 0 && endsSentence(sibling.text())) {
                    out.add(sibling);
                }
            }
        }
        return out;
    }

    private static boolean endsSentence(String text) {
        String t = text.strip();
        return !t.isEmpty() && ".!?؟。".indexOf(t.charAt(t.length() - 1)) >= 0;
    }

    private static boolean isAncestor(Element ancestor, Element e) {
        for (Element p = e.parent(); p != null; p = p.parent()) {
            if (p == ancestor) {
                return true;
            }
        }
        return false;
    }

    private double attributeWeight(String classAndId) {
        double w = 0;
        for (String token : ClassTokens.split(classAndId)) {
            if (lexicon.isContentToken(token)) {
                w = Math.max(w, 25);
            } else if (lexicon.isChromeToken(token)) {
                w = Math.min(w, -25);
            }
        }
        return w;
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
            return (e.normalName().equals("article") ? 10 : 0) + (e.attr("itemprop").equalsIgnoreCase("articleBody") ? 25 : 0);
        }
        String key = cls + "#" + id;
        Double cached = ATTRIBUTE_WEIGHTS.get(key);
        if (cached == null) {
            if (ATTRIBUTE_WEIGHTS.size() > 50_000) {
                ATTRIBUTE_WEIGHTS.clear();
            }
            cached = attributeWeight(key);
            ATTRIBUTE_WEIGHTS.put(key, cached);
        }
        double w = cached;
        if (e.normalName().equals("article")) {
            w += 10;
        }
        if (e.attr("itemprop").equalsIgnoreCase("articleBody")) {
            w += 25;
        }
        return w;
    }
}
