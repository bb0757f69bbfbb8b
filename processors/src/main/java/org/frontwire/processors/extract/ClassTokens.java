package org.frontwire.processors.extract;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Splits class and id attributes into lower-case tokens; camelCase humps become dashes ("newsCaption" → "news-caption");
 * a CSS-module name ("Article_kicker__x3Fq9": file_local__hash as Next.js and webpack write them, the hash not all
 * lower case, so that BEM's "card_item__title" stays as it is) is its local name.
 */
final class ClassTokens {
    private static final Pattern CSS_MODULE = Pattern.compile("(?<![^\\s#])[A-Za-z][A-Za-z0-9]*_([A-Za-z][A-Za-z0-9-]*)__(?=[a-z]{0,4}[A-Z0-9_-])[A-Za-z0-9_-]{5}(?![^\\s#])");

    private ClassTokens() {}

    static String[] split(String classAndId) {
        if (classAndId.indexOf("__") > 0) {
            classAndId = CSS_MODULE.matcher(classAndId).replaceAll("$1");
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
}
