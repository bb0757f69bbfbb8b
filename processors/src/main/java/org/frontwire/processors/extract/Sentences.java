package org.frontwire.processors.extract;

/** Where a line of text ends a sentence, for every script the extractor reads; shared by the HTML and text paths. */
final class Sentences {
    /** Full stops, question and exclamation marks and the ellipsis, Latin, Arabic and CJK forms. */
    private static final String SENTENCE_ENDS = ".!?…؟。！？";
    /** Closing quotes and brackets a sentence may end inside ("…travaux. »", "…said.”", "…）"). */
    private static final String CLOSERS = "\"'»”’)]」』›）";

    private Sentences() {}

    /** The line's last visible character, closing quotes and brackets aside, ends a sentence ("...said." / "؟" / "。" / ". »"). */
    static boolean endsSentence(String line) {
        int end = line.length();
        while (end > 0 && (isSpace(line.charAt(end - 1)) || CLOSERS.indexOf(line.charAt(end - 1)) >= 0)) {
            end--;
        }
        return end > 0 && SENTENCE_ENDS.indexOf(line.charAt(end - 1)) >= 0;
    }

    /**
     * A sentence, not a heading: ends with one full stop (not "..."), an exclamation mark, or a question mark after
     * more than four words ("About 30 people came." is a sentence; "More stories..." and "Why now?" are headings).
     */
    static boolean endsWithFullStop(String line) {
        String t = line.strip();
        return t.endsWith(".") && !t.endsWith("..") || t.endsWith("!") || t.endsWith("?") && TextNormalizer.wordCount(t) > 4;
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\u200B' || c == '\u2007' || c == '\u202F';
    }
}
