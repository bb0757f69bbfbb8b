package org.frontwire.processors.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Line-level chrome decisions shared by the HTML and text paths: lexicon chrome lines, lines the site memory knows
 * as template, count-only lines, metadata lines (kept aside as source line and keywords), and section stops.
 */
final class BodyLines {
    private static final int LONG_LINE_WORDS = 40;
    /** A picture's or video's credit ("Фото: Юлія Петрук / Вісті Регіонів") is a short line. */
    private static final int CREDIT_MAX_WORDS = 12;
    /**
     * A Chinese picture's caption or credit, ending with who took it: "……现场。记者 梁振宇 摄", "（受访者供图）", "記者林柏宏攝",
     * "……住院部。 澎潮新闻记者 冯洋 图".
     */
    private static final Pattern HAN_PHOTO_CREDIT = Pattern.compile("(?=.*\\p{IsHan}).{1,160}(摄|摄影|供图|攝|攝影|供圖|(?:记者|記者) ?\\S{1,8} ?[图圖])[)）]?");
    private static final Pattern BARE_ADDRESS = Pattern.compile("[\\w.-]+\\.[a-z]{2,}/\\S*");
    private final ChromeLexicon lexicon = ChromeLexicon.get();
    private final SiteMemory memory;
    String sourceLine;
    String author;
    String tagsLine;

    private static boolean isHanPhotoCredit(String line) {
        int last = line.length() - 1;
        if (last > 0 && (line.charAt(last) == '）' || line.charAt(last) == ')')) {
            last--;
        }
        return last >= 0 && "摄影图攝圖".indexOf(line.charAt(last)) >= 0 && HAN_PHOTO_CREDIT.matcher(line).matches();
    }

    /** Characters of a Chinese caption ending with its credit, beyond which it says what the picture shows. */
    private static final int HAN_CAPTION_CHARS = 20;
    /** Captions with their credits that make the article's pictures a gallery, whose captions are kept. */
    private static final int HAN_GALLERY_CAPTIONS = 3;

    private static boolean isHanCaption(String line) {
        return line.length() > HAN_CAPTION_CHARS;
    }

    /** Three captions or more ending with who took the picture ("……響應。（圖／記者許家瑋攝）"): a gallery's. */
    private static boolean isHanGallery(List<String> lines) {
        int captions = 0;
        for (String line : lines) {
            if (isHanCaption(line) && isHanPhotoCredit(line) && ++captions >= HAN_GALLERY_CAPTIONS) {
                return true;
            }
        }
        return false;
    }

    BodyLines(SiteMemory memory) {
        this.memory = memory;
    }

    /**
     * Keeps the body lines. A section stop ends the body when it lies in the last part of the text
     * ({@code cutShare} of all characters, 1.0 = anywhere after the first line), or wherever it lies when it opens a
     * closing section (comments, the next article); otherwise it is dropped alone.
     */
    List<String> filter(List<String> lines, String foldedTitle, double cutShare) {
        long total = 0;
        for (String l : lines) {
            total += l.length();
        }
        List<String> out = new ArrayList<>(lines.size());
        boolean hanGallery = isHanGallery(lines);
        long seen = 0;
        for (String line : lines) {
            seen += line.length();
            int words = TextNormalizer.wordCount(line, LONG_LINE_WORDS);
            if (words > LONG_LINE_WORDS && (memory == null || line.length() > SiteMemory.MAX_LINE_CHARS)) {
                out.add(line); // a long paragraph: no lexicon or memory entry can match it
                continue;
            }
            String folded = TextNormalizer.fold(line);
            if (folded.isEmpty()) {
                if (hasDigit(line) && !PLAYER_COUNTER.matcher(line).matches()) {
                    out.add(line); // a figure: a table's cell, a price
                }
                continue;
            }
            if (lexicon.isSectionHeading(line, folded)) {
                if (Character.isDigit(line.strip().codePointAt(0))) {
                    continue; // "8136 comments": a counter inside the article, not the comments' heading
                }
                if (!out.isEmpty() && (seen - line.length() >= total * (1 - cutShare) || lexicon.isClosingSection(folded))) {
                    break;
                }
                continue;
            }
            if (words <= 20 && hasColonAfterFewWords(line) && lexicon.startsWithSectionStop(folded)) {
                continue; // "اقرأ أيضا: <headline>", "Read more: <headline>"
            }
            ChromeLexicon.MetaLine meta = words <= LONG_LINE_WORDS ? lexicon.metaLine(line, folded) : null;
            if (meta != null && meta.kind() == ChromeLexicon.MetaKind.CREDIT && words > CREDIT_MAX_WORDS) {
                meta = null; // a paragraph about the pictures, not their credit
            }
            if (meta != null) {
                if (meta.kind() == ChromeLexicon.MetaKind.CREDIT) {
                    continue;
                }
                if (meta.kind() == ChromeLexicon.MetaKind.SOURCE) {
                    if (sourceLine == null) {
                        sourceLine = meta.value();
                    }
                    continue;
                }
                if (tagsLine == null) {
                    tagsLine = meta.value();
                }
                if (!out.isEmpty() && seen >= total * (1 - cutShare)) {
                    break;
                }
                continue;
            }
            if (lexicon.isChromeLine(folded) || isHanPhotoCredit(line) && !(hanGallery && isHanCaption(line))) {
                continue;
            }
            if (!foldedTitle.isEmpty() && folded.equals(foldedTitle)) {
                continue;
            }
            if (memory != null && line.length() <= SiteMemory.MAX_LINE_CHARS && memory.isTemplateFolded(folded)) {
                continue;
            }
            out.add(line);
        }
        trimHead(out);
        dropDateLinesUnderTheLead(out);
        trimTail(out);
        return out;
    }

    /** Words of a byline or dateline at most; one opening with a byline word and ending no sentence may be longer. */
    private static final int BYLINE_WORDS = 12;
    private static final int LONG_BYLINE_WORDS = 24;
    /** A line this short at the top of the body, ending no sentence, is the article's section (a kicker: "Politics"). */
    private static final int KICKER_WORDS = 2;

    /** Kickers, bylines, datelines and figures alone (a date in any calendar, a view count) at the top of the body. */
    private void trimHead(List<String> lines) {
        int checked = 0;
        while (!lines.isEmpty() && checked++ < 3) {
            String line = lines.get(0);
            int words = TextNormalizer.wordCount(line);
            if (words > LONG_BYLINE_WORDS) {
                return;
            }
            String folded = TextNormalizer.fold(line);
            boolean headWord = lexicon.startsWithHeadWord(folded);
            if (words > BYLINE_WORDS && !(headWord && !Sentences.endsSentence(line))) {
                return;
            }
            String byline = lexicon.bylineAuthor(line);
            boolean kicker = words <= KICKER_WORDS && lines.size() > 1 && !Sentences.endsSentence(line) && !isSalutation(line);
            if (byline != null || folded.isEmpty() || headWord || kicker || DateFinder.isDateLine(line)) {
                if (author == null) {
                    author = byline;
                }
                lines.remove(0);
            } else {
                return;
            }
        }
    }

    /** A greeting that opens a letter or a post ("Liebe Gemeinde,", "Dear friends,"): text, no kicker. */
    private static boolean isSalutation(String line) {
        return line.endsWith(",") || line.endsWith("،") || line.endsWith("，");
    }

    /** Words of a line that is a date alone ("Tuesday, 14 February 2017 16:45"). */
    private static final int DATE_LINE_WORDS = 6;

    /** A date alone among the lines just under the lead (a standfirst above the byline box's date). */
    private static void dropDateLinesUnderTheLead(List<String> lines) {
        for (int i = Math.min(lines.size() - 1, 3); i >= 1; i--) {
            String line = lines.get(i);
            if (TextNormalizer.wordCount(line) <= DATE_LINE_WORDS && DateFinder.isDateLine(line)) {
                lines.remove(i);
            }
        }
    }

    /** Calls to action at the end of the body. */
    private void trimTail(List<String> lines) {
        while (lines.size() > 1) {
            String line = lines.get(lines.size() - 1);
            if (TextNormalizer.wordCount(line) <= 60 && lexicon.isTailCallToAction(TextNormalizer.fold(line)) || isAddressOnly(line)) {
                lines.remove(lines.size() - 1);
            } else {
                return;
            }
        }
    }

    /**
     * A gallery's "2/5" or "‹ 2 / 5 ›": a slide counter, not a figure of the article. A time alone ("14:05") stays: a live blog's
     * entries open with one, though a video's duration looks the same.
     */
    private static final Pattern PLAYER_COUNTER = Pattern.compile("[\\s‹›<>«»←→❮❯]*\\d{1,3}\\s*/\\s*\\d{1,3}[\\s‹›<>«»←→❮❯]*");

    private static boolean hasDigit(String line) {
        for (int i = 0; i < line.length(); i++) {
            if (Character.isDigit(line.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasColonAfterFewWords(String line) {
        int colon = line.indexOf(':');
        if (colon < 0) {
            colon = line.indexOf('：');
        }
        return colon > 0 && colon < 40 && TextNormalizer.wordCount(line.substring(0, colon)) <= 4;
    }

    /** An e-mail address, URL or @handle alone on a line (a reporter's contact). */
    private static boolean isAddressOnly(String line) {
        String t = line.strip();
        return t.indexOf(' ') < 0 && (t.contains("@") || t.startsWith("http") || t.startsWith("www.") || BARE_ADDRESS.matcher(t).matches());
    }
}
