package org.frontwire.processors.extract;

import java.util.Locale;

/**
 * Splits class and id attributes into lower-case tokens; camelCase humps become dashes ("newsCaption" → "news-caption");
 * a CSS-module name ("Article_kicker__x3Fq9": file_local__hash as Next.js and webpack write them, the hash not all
 * lower case, so that BEM's "card_item__title" stays as it is) is its local name.
 */
final class ClassTokens {
    /** Characters of a CSS module's hash ("x3Fq9"). */
    private static final int HASH_LENGTH = 5;

    private ClassTokens() {}

    static String[] split(String classAndId) {
        if (classAndId.indexOf("__") > 0) {
            classAndId = withCssModuleLocalNames(classAndId);
        }
        StringBuilder out = new StringBuilder(classAndId.length() + 8);
        char prev = ' ';
        for (int i = 0; i < classAndId.length(); i++) {
            char c = classAndId.charAt(i);
            if (c == '#' || Character.isWhitespace(c)) {
                c = ' ';
            } else if (Character.isUpperCase(c) && Character.isLowerCase(prev)) {
                out.append('-');
            }
            out.append(c);
            prev = c;
        }
        String lower = out.toString().toLowerCase(Locale.ROOT);
        java.util.List<String> tokens = new java.util.ArrayList<>();
        int start = -1;
        for (int i = 0; i <= lower.length(); i++) {
            boolean space = i == lower.length() || lower.charAt(i) == ' ';
            if (space && start >= 0) {
                tokens.add(lower.substring(start, i));
                start = -1;
            } else if (!space && start < 0) {
                start = i;
            }
        }
        return tokens.toArray(new String[0]);
    }

    /** The attribute with each CSS-module name replaced by its local name; the other tokens as they are. */
    static String withCssModuleLocalNames(String classAndId) {
        StringBuilder out = null;
        int n = classAndId.length();
        int start = 0;
        while (start < n) {
            int end = start;
            while (end < n && !isBoundary(classAndId.charAt(end))) {
                end++;
            }
            String local = end > start ? cssModuleLocalName(classAndId, start, end) : null;
            if (local != null && out == null) {
                out = new StringBuilder(n).append(classAndId, 0, start);
            }
            if (out != null) {
                out.append(local != null ? local : classAndId.substring(start, end));
                if (end < n) {
                    out.append(classAndId.charAt(end));
                }
            }
            start = end + 1;
        }
        return out == null ? classAndId : out.toString();
    }

    /**
     * The local name of the token {@code [from, to)} when it is a CSS-module name: file (a letter, then letters and
     * digits), "_", local name (a letter, then letters, digits and dashes), "__", a hash of five letters, digits,
     * dashes or underscores not all lower-case letters; else null.
     */
    private static String cssModuleLocalName(String s, int from, int to) {
        int fileEnd = s.indexOf('_', from);
        if (fileEnd < 0 || fileEnd >= to || fileEnd == from || !isAsciiLetter(s.charAt(from))) {
            return null;
        }
        for (int i = from + 1; i < fileEnd; i++) {
            if (!isAsciiLetterOrDigit(s.charAt(i))) {
                return null;
            }
        }
        int localStart = fileEnd + 1;
        int localEnd = s.indexOf('_', localStart);
        if (localEnd < 0 || localEnd >= to - 1 || localEnd == localStart || !isAsciiLetter(s.charAt(localStart))
                || s.charAt(localEnd + 1) != '_' || to - (localEnd + 2) != HASH_LENGTH) {
            return null;
        }
        for (int i = localStart + 1; i < localEnd; i++) {
            if (!isAsciiLetterOrDigit(s.charAt(i)) && s.charAt(i) != '-') {
                return null;
            }
        }
        boolean allLowerCase = true;
        for (int i = localEnd + 2; i < to; i++) {
            char c = s.charAt(i);
            if (!isAsciiLetterOrDigit(c) && c != '-' && c != '_') {
                return null;
            }
            allLowerCase &= c >= 'a' && c <= 'z';
        }
        return allLowerCase ? null : s.substring(localStart, localEnd);
    }

    /** What separates tokens of a class and id attribute here: ASCII white space, and '#' between class and id. */
    private static boolean isBoundary(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == '#';
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return isAsciiLetter(c) || c >= '0' && c <= '9';
    }
}
