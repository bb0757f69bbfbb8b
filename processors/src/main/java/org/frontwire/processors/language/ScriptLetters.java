package org.frontwire.processors.language;

import java.util.Set;

/**
 * Letter counts of a text sample: all letters, those of the Arabic script, and the letters that only some of the
 * languages written in it use. A tie-breaker for the model, not a detector.
 *
 * @param letters     all letters
 * @param arabic      letters of the Arabic script
 * @param urdu        ٹ ڈ ڑ ں ے: Urdu (and Punjabi in Shahmukhi), never Arabic or Persian
 * @param persian     پ چ ژ گ: Persian and Urdu, only in foreign names in Arabic
 * @param arabicOnly  ة ى: Arabic (taa marbuta, alef maqsura), rare in Persian and Urdu
 */
record ScriptLetters(int letters, int arabic, int urdu, int persian, int arabicOnly) {

    /** The ISO 639-1 codes of the Arabic-script languages the model knows. */
    static final Set<String> ARABIC_SCRIPT_LANGUAGES = Set.of("ar", "fa", "ur", "ps", "pa");

    private static final String URDU_LETTERS = "ٹڈڑںے";
    private static final String PERSIAN_LETTERS = "پچژگ";
    private static final String ARABIC_ONLY_LETTERS = "ةى";

    static ScriptLetters of(CharSequence text) {
        int letters = 0;
        int arabic = 0;
        int urdu = 0;
        int persian = 0;
        int arabicOnly = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isLetter(c)) {
                continue;
            }
            letters++;
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC) {
                arabic++;
                urdu += URDU_LETTERS.indexOf(c) >= 0 ? 1 : 0;
                persian += PERSIAN_LETTERS.indexOf(c) >= 0 ? 1 : 0;
                arabicOnly += ARABIC_ONLY_LETTERS.indexOf(c) >= 0 ? 1 : 0;
            }
        }
        return new ScriptLetters(letters, arabic, urdu, persian, arabicOnly);
    }

    boolean mostlyArabicScript() {
        return arabic * 2 > letters;
    }

    /** Enough of Urdu's own letters (two, and one in two hundred Arabic-script letters) to rule out Arabic and Persian. */
    boolean urduLetters() {
        return urdu >= 2 && urdu * 200 >= arabic;
    }

    /** What the letters alone say among Arabic, Persian and Urdu, or {@code null} when they say nothing clear. */
    String arabicScriptLanguage() {
        if (urduLetters()) {
            return "ur";
        }
        if (persian > arabicOnly) {
            return "fa";
        }
        if (arabicOnly > persian) {
            return "ar";
        }
        return null;
    }
}
