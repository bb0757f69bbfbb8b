package org.frontwire.processors.language;

import java.util.EnumMap;
import java.util.Map;

/** Letter counts of a text per Unicode script, plus the letters that mark Persian and Urdu. */
final class ScriptProfile {

    private static final String PERSIAN_LETTERS = "پچژگکی";   // also used by Urdu
    private static final String URDU_LETTERS = "ٹڈڑںےھۃ";
    private static final String ARABIC_ONLY_LETTERS = "ةىكي";    // Persian and Urdu write ک and ی

    final Map<Character.UnicodeScript, Integer> letters = new EnumMap<>(Character.UnicodeScript.class);
    int total;
    int persian;
    int urdu;
    int arabicOnly;

    static ScriptProfile of(String text, int maxChars) {
        ScriptProfile p = new ScriptProfile();
        int n = Math.min(text.length(), maxChars);
        for (int i = 0; i < n; ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (!Character.isLetter(c)) {
                continue;
            }
            p.total++;
            p.letters.merge(Character.UnicodeScript.of(c), 1, Integer::sum);
            if (c < 0x10000) {
                char ch = (char) c;
                if (PERSIAN_LETTERS.indexOf(ch) >= 0) {
                    p.persian++;
                }
                if (URDU_LETTERS.indexOf(ch) >= 0) {
                    p.urdu++;
                }
                if (ARABIC_ONLY_LETTERS.indexOf(ch) >= 0) {
                    p.arabicOnly++;
                }
            }
        }
        return p;
    }

    Character.UnicodeScript dominant() {
        return letters.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                .orElse(Character.UnicodeScript.COMMON);
    }

    int count(Character.UnicodeScript script) {
        return letters.getOrDefault(script, 0);
    }
}
