package org.frontwire.processors.language;

import java.lang.Character.UnicodeScript;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * Letter counts of a text sample by Unicode script, plus the letters that tell apart the languages sharing the
 * Arabic and the Cyrillic script. One pass over the sample; what {@link ScriptRules} decides from.
 *
 * @param letters    all letters
 * @param byScript   letters per Unicode script
 * @param arabic     letters only some Arabic-script languages write
 * @param cyrillic   letters only some Cyrillic-script languages write
 * @param yiddish    Yiddish digraphs (װ ױ ײ) and pointed alefs (אַ אָ), which Hebrew does not write
 */
record ScriptLetters(int letters, Map<UnicodeScript, Integer> byScript, ArabicLetters arabic, CyrillicLetters cyrillic,
        int yiddish) {

    /** The ISO 639-1 codes of the Arabic-script languages the model knows. */
    static final Set<String> ARABIC_SCRIPT_LANGUAGES = Set.of("ar", "fa", "ur", "ps", "pa");

    /**
     * Letters of the Arabic script by the languages that write them.
     *
     * @param urdu        ٹ ڈ ڑ ں ے: Urdu (and Punjabi in Shahmukhi), never Arabic or Persian
     * @param persian     پ چ ژ گ: Persian and Urdu, only in foreign names in Arabic
     * @param persianForms ی ک: the Persian and Urdu forms of yeh and kaf; Arabic writes ي ك
     * @param arabicOnly  ة ى: Arabic (taa marbuta, alef maqsura), rare in Persian and Urdu
     * @param pashto      ټ ډ ړ ږ ښ ګ ڼ ځ څ ۍ: Pashto
     * @param other       letters of Sindhi, Kurdish, Uyghur and others (ڄ ٺ ٽ ڦ ڳ ڻ ڕ ڵ ێ ۆ ۇ ۈ): none of the above
     */
    record ArabicLetters(int all, int urdu, int persian, int persianForms, int arabicOnly, int pashto, int other) {}

    /**
     * Letters of the Cyrillic script by the languages that write them.
     *
     * @param ukrainian   ї є ґ: Ukrainian only
     * @param dottedI     і: Ukrainian and Belarusian (and Kazakh)
     * @param shortU      ў: Belarusian only
     * @param serbian     ћ ђ: Serbian only
     * @param macedonian  ѓ ќ ѕ: Macedonian only
     * @param russian     ы э ё: Russian, Belarusian and the Turkic and Mongolian alphabets, never Ukrainian,
     *                    Bulgarian, Serbian or Macedonian
     * @param turkic      ә ғ қ ң ө ұ ү һ җ ӣ ӯ ҳ ҷ: Kazakh, Kyrgyz, Tatar, Bashkir, Tajik, Mongolian
     * @param southSlav   ј љ њ џ: Serbian and Macedonian
     */
    record CyrillicLetters(int all, int ukrainian, int dottedI, int shortU, int serbian, int macedonian, int russian,
            int turkic, int southSlav) {}

    private static final String URDU = "ٹڈڑںے";
    private static final String PERSIAN = "پچژگ";
    private static final String PERSIAN_FORMS = "یک";
    private static final String ARABIC_ONLY = "ةى";
    private static final String PASHTO = "ټډړږښګڼځڅۍ";
    private static final String OTHER_ARABIC_SCRIPT = "ڄڃٺٽٿڀڦڳڻڕڵێۆۇۈ";

    private static final String UKRAINIAN = "їєґЇЄҐ";
    private static final String DOTTED_I = "іІ";
    private static final String SHORT_U = "ўЎ";
    private static final String SERBIAN = "ћђЋЂ";
    private static final String MACEDONIAN = "ѓќѕЃЌЅ";
    private static final String RUSSIAN = "ыэёЫЭЁ";
    private static final String TURKIC = "әғқңөұүһҗӣӯҳҷӘҒҚҢӨҰҮҺҖӢӮҲҶ";
    private static final String SOUTH_SLAV = "јљњџЈЉЊЏ";

    private static final String YIDDISH = "\u05F0\u05F1\u05F2\uFB2E\uFB2F"; // װ ױ ײ אַ אָ

    private static final UnicodeScript[] SCRIPTS = UnicodeScript.values();
    /** Copied for each sample: cheaper than finding the enum's constants again. */
    private static final EnumMap<UnicodeScript, Integer> NO_LETTERS = new EnumMap<>(UnicodeScript.class);
    private static final int NOT_A_LETTER = 0xFF;
    /** The script ordinal of each letter of the Basic Multilingual Plane, unsigned ({@value #NOT_A_LETTER}: no letter). */
    private static final byte[] BMP_LETTER_SCRIPTS = bmpLetterScripts();

    private static byte[] bmpLetterScripts() {
        byte[] table = new byte[0x10000];
        for (int cp = 0; cp < table.length; cp++) {
            table[cp] = (byte) (Character.isLetter(cp) ? UnicodeScript.of(cp).ordinal() : NOT_A_LETTER);
        }
        return table;
    }

    static ScriptLetters of(CharSequence text) {
        int letters = 0;
        int[] byScript = new int[SCRIPTS.length];
        int ar = 0, urdu = 0, persian = 0, persianForms = 0, arabicOnly = 0, pashto = 0, otherArabic = 0;
        int cy = 0, ukrainian = 0, dottedI = 0, shortU = 0, serbian = 0, macedonian = 0, russian = 0, turkic = 0,
                southSlav = 0;
        int yiddish = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 128) {
                if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
                    letters++;
                    byScript[UnicodeScript.LATIN.ordinal()]++;
                }
                continue;
            }
            int cp = c;
            if (Character.isHighSurrogate(c) && i + 1 < text.length()) {
                cp = Character.toCodePoint(c, text.charAt(i + 1));
                i++;
            }
            int ordinal = cp < 0x10000 ? BMP_LETTER_SCRIPTS[cp] & 0xFF
                    : Character.isLetter(cp) ? UnicodeScript.of(cp).ordinal() : NOT_A_LETTER;
            if (ordinal == NOT_A_LETTER) {
                // a point under alef makes a Yiddish vowel: אַ written as two code points
                if ((cp == '\u05B7' || cp == '\u05B8') && i > 0 && text.charAt(i - 1) == '\u05D0') {
                    yiddish++;
                }
                continue;
            }
            letters++;
            UnicodeScript script = SCRIPTS[ordinal];
            byScript[ordinal]++;
            if (script == UnicodeScript.ARABIC) {
                ar++;
                urdu += URDU.indexOf(c) >= 0 ? 1 : 0;
                persian += PERSIAN.indexOf(c) >= 0 ? 1 : 0;
                persianForms += PERSIAN_FORMS.indexOf(c) >= 0 ? 1 : 0;
                arabicOnly += ARABIC_ONLY.indexOf(c) >= 0 ? 1 : 0;
                pashto += PASHTO.indexOf(c) >= 0 ? 1 : 0;
                otherArabic += OTHER_ARABIC_SCRIPT.indexOf(c) >= 0 ? 1 : 0;
            } else if (script == UnicodeScript.CYRILLIC) {
                cy++;
                ukrainian += UKRAINIAN.indexOf(c) >= 0 ? 1 : 0;
                dottedI += DOTTED_I.indexOf(c) >= 0 ? 1 : 0;
                shortU += SHORT_U.indexOf(c) >= 0 ? 1 : 0;
                serbian += SERBIAN.indexOf(c) >= 0 ? 1 : 0;
                macedonian += MACEDONIAN.indexOf(c) >= 0 ? 1 : 0;
                russian += RUSSIAN.indexOf(c) >= 0 ? 1 : 0;
                turkic += TURKIC.indexOf(c) >= 0 ? 1 : 0;
                southSlav += SOUTH_SLAV.indexOf(c) >= 0 ? 1 : 0;
            } else if (script == UnicodeScript.HEBREW) {
                yiddish += YIDDISH.indexOf(c) >= 0 ? 1 : 0;
            }
        }
        Map<UnicodeScript, Integer> counts = new EnumMap<>(NO_LETTERS);
        for (int s = 0; s < byScript.length; s++) {
            if (byScript[s] > 0) {
                counts.put(SCRIPTS[s], byScript[s]);
            }
        }
        return new ScriptLetters(letters, counts,
                new ArabicLetters(ar, urdu, persian, persianForms, arabicOnly, pashto, otherArabic),
                new CyrillicLetters(cy, ukrainian, dottedI, shortU, serbian, macedonian, russian, turkic, southSlav),
                yiddish);
    }

    int count(UnicodeScript script) {
        return byScript.getOrDefault(script, 0);
    }

    boolean mostlyArabicScript() {
        return arabic.all() * 2 > letters;
    }

    /** Enough of Urdu's own letters (two, and one in two hundred Arabic-script letters) to rule out Arabic and Persian. */
    boolean urduLetters() {
        return arabic.urdu() >= 2 && arabic.urdu() * 200 >= arabic.all();
    }

    /** What the letters alone say among Arabic, Persian and Urdu, or {@code null} when they say nothing clear. */
    String arabicScriptLanguage() {
        if (urduLetters()) {
            return "ur";
        }
        int persianish = arabic.persian() + arabic.persianForms();
        if (persianish > arabic.arabicOnly()) {
            return "fa";
        }
        if (arabic.arabicOnly() > persianish) {
            return "ar";
        }
        return null;
    }
}
