package org.frontwire.processors.extract;

import java.util.Locale;

/** Splits class and id attributes into lower-case tokens; camelCase humps become dashes ("newsCaption" → "news-caption"). */
final class ClassTokens {
    private ClassTokens() {}

    static String[] split(String classAndId) {
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
}
