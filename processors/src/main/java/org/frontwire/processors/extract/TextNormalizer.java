package org.frontwire.processors.extract;

/** Folds a line of text to a form that lexicon entries and site memory compare on. */
final class TextNormalizer {
    private TextNormalizer() {}

    /**
     * Lower case, Arabic letter variants folded (alef forms, alef maqsura, teh marbuta), diacritics and tatweel dropped,
     * digits dropped, punctuation and symbols turned into spaces, runs of spaces collapsed.
     */
    static String fold(String line) {
        // one char in gives at most one char out (a code point beyond the BMP: two in, at most two out)
        char[] out = new char[line.length()];
        int n = 0;
        boolean space = true;
        for (int i = 0; i < line.length(); ) {
            char c = line.charAt(i);
            if (c < 128) {
                i++;
                if (c >= 'a' && c <= 'z' || c == '\'' && !space) {
                    out[n++] = c;
                    space = false;
                } else if (c >= 'A' && c <= 'Z') {
                    out[n++] = (char) (c + 32);
                    space = false;
                } else if (c >= '0' && c <= '9') {
                    continue;
                } else if (!space) {
                    out[n++] = ' ';
                    space = true;
                }
                continue;
            }
            if (!Character.isSurrogate(c)) {
                i++;
                char folded = FOLDED[c];
                if (folded == SEPARATOR) {
                    if (!space) {
                        out[n++] = ' ';
                        space = true;
                    }
                } else if (folded != DROPPED) {
                    out[n++] = folded;
                    space = false;
                }
                continue;
            }
            int cp = line.codePointAt(i);
            i += Character.charCount(cp);
            int type = Character.getType(cp);
            if (type == Character.NON_SPACING_MARK || type == Character.FORMAT || cp == 0x0640) {
                continue;
            }
            if (Character.isDigit(cp)) {
                continue;
            }
            if (Character.isLetter(cp) || cp == '\'' && !space) {
                n += Character.toChars(Character.toLowerCase(foldLetter(cp)), out, n);
                space = false;
            } else if (!space) {
                out[n++] = ' ';
                space = true;
            }
        }
        if (n > 0 && out[n - 1] == ' ') {
            n--;
        }
        return new String(out, 0, n);
    }

    private static final char DROPPED = 0;
    private static final char SEPARATOR = 1;
    /**
     * What {@link #fold} makes of each char of the Basic Multilingual Plane outside ASCII and the surrogates, read once:
     * the folded letter, {@link #DROPPED} (marks, format characters, tatweel, digits) or {@link #SEPARATOR}.
     */
    private static final char[] FOLDED = foldedChars();

    private static char[] foldedChars() {
        char[] table = new char[Character.MAX_VALUE + 1];
        for (int cp = 128; cp < table.length; cp++) {
            int type = Character.getType(cp);
            if (Character.isSurrogate((char) cp)) {
                continue;
            }
            if (type == Character.NON_SPACING_MARK || type == Character.FORMAT || cp == 0x0640 || Character.isDigit(cp)) {
                table[cp] = DROPPED;
            } else if (Character.isLetter(cp)) {
                int folded = Character.toLowerCase(foldLetter(cp));
                if (folded <= SEPARATOR || folded > Character.MAX_VALUE) {
                    throw new IllegalStateException("a letter folds outside the table: U+" + Integer.toHexString(cp));
                }
                table[cp] = (char) folded;
            } else {
                table[cp] = SEPARATOR;
            }
        }
        return table;
    }

    private static int foldLetter(int cp) {
        switch (cp) {
            case 'أ', 'إ', 'آ', 'ٱ' -> { return 'ا'; }
            case 'ى' -> { return 'ي'; }
            case 'ة' -> { return 'ه'; }
            case 'ی' -> { return 'ي'; }
            case 'ک' -> { return 'ك'; }
            default -> { return cp; }
        }
    }

    static int wordCount(String s) {
        return wordCount(s, Integer.MAX_VALUE);
    }

    /** Words in s, counting stops once more than limit are found. */
    static int wordCount(String s, int limit) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < s.length() && n <= limit; i++) {
            char c = s.charAt(i);
            boolean letter = c < 128 ? c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                    : Character.isLetterOrDigit(c);
            if (letter && !in) {
                n++;
            }
            in = letter;
        }
        return n;
    }

    /** Collapses whitespace runs (including no-break spaces) to one space, drops soft hyphens, and trims. */
    static String collapse(String s) {
        char[] out = new char[s.length()];
        int n = 0;
        boolean space = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\u00AD') {
                continue;
            }
            if (Character.isWhitespace(c) || c == '\u00A0' || c == '\u200B' || c == '\u2007' || c == '\u202F') {
                if (!space) {
                    out[n++] = ' ';
                    space = true;
                }
            } else {
                out[n++] = c;
                space = false;
            }
        }
        if (n > 0 && out[n - 1] == ' ') {
            n--;
        }
        return new String(out, 0, n);
    }

    /** Han (with its extension A) and kana: letters of scripts written without spaces between words. */
    static boolean isHanOrKana(char c) {
        return c >= '\u3040' && c <= '\u30FF' || c >= '\u3400' && c <= '\u4DBF' || c >= '\u4E00' && c <= '\u9FFF';
    }
}
