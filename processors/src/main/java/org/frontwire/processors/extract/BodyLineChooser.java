package org.frontwire.processors.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides, line by line from the first paragraph to the end of a text page, which lines are the article's.
 * Chrome inside the article (share lines, counters, ads, related-headline lists, "read also" lines) is cut out and the
 * article continues after it. A paragraph after a section heading ("اقرأ أيضا", "Related", "Lire aussi"...), a
 * source or tags line, a headline-like line or a paragraph already refused is suspect: it is kept only when it is
 * about what the article so far is about (its word stems, {@link TopicWords}) more than about the foreign lines before
 * it, so another article's headline and paragraphs are dropped however long they are. A lone short line between two
 * kept paragraphs is a subheading; short lines elsewhere are chrome.
 */
final class BodyLineChooser {
    private static final Pattern COUNT_SEPARATORS = Pattern.compile("[\\s:،,.·|/()-]+");
    /** A paragraph after a source or tags line needs this share, and twice the foreign lines'. */
    static final double END_OVERLAP = 0.4;
    /** A paragraph this close to the foreign lines before it, and not closer to the article, is foreign. */
    static final double FOREIGN_OVERLAP = 0.2;
    private static final int PARAGRAPH_WORDS = 9;
    private static final int LONG_PARAGRAPH_WORDS = 25;
    private static final int SUBHEADING_WORDS = 14;
    private static final int MAX_CLOSING_LINES = 2;
    private static final int MAX_RUN = 40;
    private static final Set<String> BOX_HEADINGS = new HashSet<>(foldedLines("box-headings.txt"));

    /** LISTED: a short line the page shows more than once (a headline in a list or ticker), never the article's. */
    enum Kind { BLANK, PARAGRAPH, SHORT, LISTED, CHROME, STOP, META }

    private final ChromeLexicon lexicon = ChromeLexicon.get();

    /** The indexes of the article's lines from {@code bodyStart}, and the metadata lines met on the way. */
    record Choice(List<Integer> kept, List<Integer> meta) {}

    Choice choose(List<String> lines, Kind[] kinds, int bodyStart, Set<String> heading) {
        List<Integer> kept = new ArrayList<>();
        List<Integer> meta = new ArrayList<>();
        Set<String> article = TopicWords.copy(heading);
        List<Set<String>> keptWords = new ArrayList<>(List.of(heading));
        Set<String> foreign = new HashSet<>();
        List<Integer> gapShort = new ArrayList<>();
        Gap gap = Gap.NONE;
        boolean boxHeading = false; // the gap holds a box heading alone, a listed headline or a refused paragraph
        boolean first = true;
        for (int i = bodyStart; i < lines.size(); i++) {
            String line = lines.get(i);
            switch (kinds[i]) {
                case BLANK, CHROME -> { }
                case STOP -> {
                    String rest = afterColon(line);
                    if (lexicon.isClosingSection(TextNormalizer.fold(line))) {
                        gap = gap.atLeast(Gap.END);
                    } else {
                        gap = gap.atLeast(Gap.BOX);
                        boxHeading |= rest.isEmpty();
                        foreign.addAll(TopicWords.of(rest));
                    }
                }
                case META -> {
                    meta.add(i);
                    gap = gap.atLeast(Gap.END);
                }
                case LISTED -> {
                    gap = gap.atLeast(Gap.BOX);
                    boxHeading = true;
                    foreign.addAll(TopicWords.of(line));
                }
                case SHORT -> {
                    gapShort.add(i);
                    gap = gap.atLeast(Gap.HEADLINE);
                    foreign.addAll(TopicWords.of(line));
                }
                case PARAGRAPH -> {
                    if (!first && gap == Gap.BOX) {
                        List<Integer> run = run(kinds, i);
                        List<Set<String>> words = run.stream().map(j -> TopicWords.of(lines.get(j))).toList();
                        int lead = foreignLead(words, keptWords, foreign);
                        if (lead == 0 && !boxHeading && gapShort.size() == 1 && isSubheading(lines.get(gapShort.get(0)))) {
                            kept.add(gapShort.get(0)); // "Read also: <headline>", then the article's subheading
                        }
                        for (int r = 0; r < run.size(); r++) {
                            (r < lead ? foreign : article).addAll(words.get(r));
                            if (r >= lead) {
                                kept.add(run.get(r));
                                keptWords.add(words.get(r));
                            }
                        }
                        if (lead < run.size()) {
                            foreign.clear();
                            gapShort.clear();
                            gap = Gap.NONE;
                            boxHeading = false;
                        } else {
                            boxHeading = true;
                        }
                        i = run.get(run.size() - 1);
                        continue;
                    }
                    Set<String> words = TopicWords.of(line);
                    double own = TopicWords.overlap(words, article);
                    double other = TopicWords.overlap(words, foreign);
                    boolean keep = first || switch (gap) {
                        case NONE -> true;
                        case HEADLINE -> !(other >= FOREIGN_OVERLAP && other > own);
                        case BOX -> true; // runs after a box are split above
                        case END -> own >= END_OVERLAP && own > 2 * other;
                    };
                    if (keep) {
                        if (!first && gap == Gap.HEADLINE && gapShort.size() == 1 && isSubheading(lines.get(gapShort.get(0)))) {
                            kept.add(gapShort.get(0));
                        }
                        kept.add(i);
                        keptWords.add(words);
                        article.addAll(words);
                        foreign.clear();
                        gapShort.clear();
                        gap = Gap.NONE;
                        boxHeading = false;
                        first = false;
                    } else {
                        foreign.addAll(words);
                        gap = gap.atLeast(Gap.BOX);
                        boxHeading = true;
                    }
                }
            }
        }
        if (!first && gap == Gap.HEADLINE && gapShort.size() <= MAX_CLOSING_LINES) {
            for (int i : gapShort) {
                if (isClosingLine(lines.get(i), article)) {
                    kept.add(i);
                } else {
                    break;
                }
            }
        }
        return new Choice(kept, meta);
    }

    private static List<String> foldedLines(String name) {
        List<String> out = new ArrayList<>();
        try (java.io.InputStream in = BodyLineChooser.class.getResourceAsStream("/extract/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource /extract/" + name);
            }
            for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                String f = TextNormalizer.fold(line.strip());
                if (!line.isBlank() && !line.strip().startsWith("#") && !f.isEmpty()) {
                    out.add(f);
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out;
    }

    /** The paragraphs from {@code from} on with nothing but blank or chrome lines between them. */
    private static List<Integer> run(Kind[] kinds, int from) {
        List<Integer> out = new ArrayList<>();
        for (int j = from; j < kinds.length && out.size() < MAX_RUN; j++) {
            if (kinds[j] == Kind.PARAGRAPH) {
                out.add(j);
            } else if (kinds[j] != Kind.BLANK && kinds[j] != Kind.CHROME) {
                break;
            }
        }
        return out;
    }

    /**
     * How many paragraphs at the start of a run after a box belong to the box (another article): the split that best
     * agrees with the words. A paragraph is as close to a side as to the nearest of its members (cosine of word-stem
     * sets, which favours neither the article's larger vocabulary nor the box's smaller one): the foreign side is the
     * box's headline and the paragraphs before the split, the article's side what was kept so far and the paragraphs
     * after the split.
     */
    static int foreignLead(List<Set<String>> run, List<Set<String>> article, Set<String> foreign) {
        int n = Math.min(run.size(), MAX_RUN_PARAGRAPHS);
        double[] toForeignBox = new double[n];
        double[] toKept = new double[n];
        double[][] between = new double[n][n];
        List<Set<String>> lastKept = article.subList(Math.max(0, article.size() - MAX_KEPT_PARAGRAPHS), article.size());
        for (int i = 0; i < n; i++) {
            toForeignBox[i] = TopicWords.cosine(run.get(i), foreign);
            for (Set<String> kept : lastKept) {
                toKept[i] = Math.max(toKept[i], TopicWords.cosine(run.get(i), kept));
            }
            for (int j = 0; j < i; j++) {
                between[i][j] = between[j][i] = TopicWords.cosine(run.get(i), run.get(j));
            }
        }
        int bestSplit = 0;
        double best = Double.NEGATIVE_INFINITY;
        for (int k = 0; k <= n; k++) {
            double score = 0;
            for (int i = 0; i < n; i++) {
                double toForeign = toForeignBox[i];
                double toArticle = toKept[i];
                for (int j = 0; j < n; j++) {
                    if (j != i) {
                        if (j < k) {
                            toForeign = Math.max(toForeign, between[i][j]);
                        } else {
                            toArticle = Math.max(toArticle, between[i][j]);
                        }
                    }
                }
                score += i < k ? toForeign - toArticle : toArticle - toForeign;
            }
            if (score > best + 1e-9) {
                best = score;
                bestSplit = k;
            }
        }
        return bestSplit;
    }

    /**
     * Paragraphs of a run weighed for its split, and twice as many of the article's last kept ones it is weighed
     * against: a box's own lead is a few paragraphs long, and weighing every split of a run thousands of paragraphs
     * long against every paragraph kept (a page repeating itself) took the cube of its length in cosines.
     */
    private static final int MAX_RUN_PARAGRAPHS = 24;
    private static final int MAX_KEPT_PARAGRAPHS = 2 * MAX_RUN_PARAGRAPHS;

    /** What lies between the last kept paragraph and the next one, from harmless to the article's end. */
    private enum Gap {
        /** Nothing, or chrome lines only. */
        NONE,
        /** Short lines: a subheading, or another article's headline. */
        HEADLINE,
        /**
         * A section heading ("Read also: ..." included), a headline listed twice or a refused paragraph: what follows
         * may be another article.
         */
        BOX,
        /** A source or tags line: the article has ended unless clearly resumed. */
        END;

        Gap atLeast(Gap other) {
            return other.ordinal() > ordinal() ? other : this;
        }
    }

    private static String afterColon(String line) {
        int colon = colon(line);
        return colon < 0 ? "" : line.substring(colon + 1).strip();
    }

    /** What a line of the body part is, before any topic is weighed. */
    Kind kind(String line, String folded, boolean template, boolean repeated) {
        if (folded.isEmpty()) {
            return Kind.BLANK;
        }
        int words = TextNormalizer.wordCount(line);
        if (isCount(line) && Character.isDigit(line.strip().codePointAt(0))) {
            return Kind.CHROME; // "12 comments" counts; "Comments (12)" opens the comments
        }
        if (words <= 8 && !Sentences.endsWithFullStop(line) && (lexicon.isSectionStop(folded) || BOX_HEADINGS.contains(folded))) {
            return Kind.STOP;
        }
        if (words <= 20 && hasColonAfterFewWords(line) && (lexicon.startsWithSectionStop(folded)
                || BOX_HEADINGS.contains(TextNormalizer.fold(line.substring(0, colon(line)))))) {
            return Kind.STOP; // "اقرأ أيضا: <headline>", "Read more: <headline>"
        }
        if (words <= 40 && lexicon.metaLine(line, folded) != null) {
            return Kind.META;
        }
        if (lexicon.isChromeLine(folded) || words <= 60 && lexicon.isTailCallToAction(folded)) {
            return Kind.CHROME;
        }
        if (template) {
            return words < LONG_PARAGRAPH_WORDS ? Kind.LISTED : Kind.CHROME;
        }
        if (words >= LONG_PARAGRAPH_WORDS || words >= PARAGRAPH_WORDS && Sentences.endsSentence(line)) {
            return Kind.PARAGRAPH;
        }
        if (isCount(line) || DateFinder.isDateLine(line)) {
            return Kind.CHROME;
        }
        return repeated ? Kind.LISTED : Kind.SHORT;
    }

    /** The heading of a box of other articles inside the article: "اقرأ أيضا", "Related", "Voir aussi"... */
    static boolean isBoxHeading(String line, String folded) {
        return TextNormalizer.wordCount(line, 9) <= 8 && !Sentences.endsWithFullStop(line)
                && (ChromeLexicon.get().isSectionStop(folded) || BOX_HEADINGS.contains(folded));
    }

    /** "1234 views", "Views: 1,234", "12 تعليق", "٣ دقائق": a number and at most two words. */
    static boolean isCount(String line) {
        if (line.length() > 40) {
            return false;
        }
        boolean digit = false;
        int words = 0;
        for (String token : COUNT_SEPARATORS.split(line.strip())) {
            if (token.isEmpty()) {
                continue;
            }
            if (token.codePoints().allMatch(Character::isDigit)) {
                digit = true;
            } else {
                words++;
            }
        }
        return digit && words <= 2;
    }

    /** A short last sentence, or a last line about the article; a run of three or more is a list of other headlines. */
    private static boolean isClosingLine(String line, Set<String> article) {
        int words = TextNormalizer.wordCount(line);
        String t = line.strip();
        if (t.startsWith("•") || t.startsWith("-") || words < 4) {
            return false;
        }
        return Sentences.endsSentence(line) || words >= 6 && TopicWords.overlap(TopicWords.of(line), article) > 0;
    }

    private boolean isSubheading(String line) {
        int words = TextNormalizer.wordCount(line);
        String t = line.strip();
        return words >= 1 && words <= SUBHEADING_WORDS && !t.startsWith("•") && !t.startsWith("-") && !t.endsWith(":")
                && !line.contains(" | ");
    }

    private static int colon(String line) {
        int colon = line.indexOf(':');
        return colon >= 0 ? colon : line.indexOf('：');
    }

    static boolean hasColonAfterFewWords(String line) {
        int colon = colon(line);
        return colon > 0 && colon < 40 && TextNormalizer.wordCount(line.substring(0, colon)) <= 4;
    }
}
