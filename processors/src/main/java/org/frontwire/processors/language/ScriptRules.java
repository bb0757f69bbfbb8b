package org.frontwire.processors.language;

import java.lang.Character.UnicodeScript;
import java.util.Map;
import java.util.Set;

/**
 * What the scripts of a sample say before any model runs. Most scripts are written by one language (Hebrew, Greek,
 * Thai, Georgian, Armenian, Hangul...), kana makes Japanese and Han without kana Chinese; for the Arabic and Cyrillic
 * scripts, letters only some of their languages write decide when there are enough of them. Whatever the scripts
 * leave open goes to the model, with the languages it may answer.
 */
final class ScriptRules {

    /**
     * A language decided by the letters, or {@code null} and the languages the model may choose among ({@code null}:
     * any).
     */
    record Verdict(String language, Set<String> candidates) {

        static Verdict of(String language) {
            return new Verdict(language, null);
        }

        static Verdict model(Set<String> candidates) {
            return new Verdict(null, candidates);
        }

        boolean decided() {
            return language != null;
        }
    }

    /** Letters of a script a sample needs before its own letters decide a shared script: about a sentence. */
    static final int MIN_SCRIPT_LETTERS = 40;

    static final Set<String> CYRILLIC_LANGUAGES = Set.of("ru", "uk", "be", "bg", "sr", "mk", "kk", "ky", "tg", "tt",
            "ba", "mn", "ce");

    private static final Map<UnicodeScript, String> ONE_LANGUAGE_SCRIPTS = Map.ofEntries(
            Map.entry(UnicodeScript.HEBREW, "he"),
            Map.entry(UnicodeScript.GREEK, "el"),
            Map.entry(UnicodeScript.THAI, "th"),
            Map.entry(UnicodeScript.GEORGIAN, "ka"),
            Map.entry(UnicodeScript.ARMENIAN, "hy"),
            Map.entry(UnicodeScript.HANGUL, "ko"),
            Map.entry(UnicodeScript.LAO, "lo"),
            Map.entry(UnicodeScript.KHMER, "km"),
            Map.entry(UnicodeScript.MYANMAR, "my"),
            Map.entry(UnicodeScript.SINHALA, "si"),
            Map.entry(UnicodeScript.TAMIL, "ta"),
            Map.entry(UnicodeScript.TELUGU, "te"),
            Map.entry(UnicodeScript.KANNADA, "kn"),
            Map.entry(UnicodeScript.MALAYALAM, "ml"),
            Map.entry(UnicodeScript.GUJARATI, "gu"),
            Map.entry(UnicodeScript.GURMUKHI, "pa"),
            Map.entry(UnicodeScript.ORIYA, "or"),
            Map.entry(UnicodeScript.TIBETAN, "bo"));

    private static final Map<UnicodeScript, Set<String>> SHARED_SCRIPTS = Map.of(
            UnicodeScript.DEVANAGARI, Set.of("hi", "mr", "ne", "sa"),
            UnicodeScript.BENGALI, Set.of("bn", "as"),
            UnicodeScript.ARABIC, ScriptLetters.ARABIC_SCRIPT_LANGUAGES,
            UnicodeScript.CYRILLIC, CYRILLIC_LANGUAGES);

    private ScriptRules() {}

    static Verdict decide(ScriptLetters s) {
        int cjk = s.count(UnicodeScript.HAN) + s.count(UnicodeScript.HIRAGANA) + s.count(UnicodeScript.KATAKANA)
                + s.count(UnicodeScript.HANGUL);
        if (cjk * 2 > s.letters()) {
            return Verdict.of(eastAsian(s, cjk));
        }
        UnicodeScript main = mainScript(s);
        if (main == null || main == UnicodeScript.LATIN) {
            return Verdict.model(null);
        }
        if (main == UnicodeScript.HEBREW && s.yiddish() >= 2) {
            return Verdict.of("yi");
        }
        String only = ONE_LANGUAGE_SCRIPTS.get(main);
        if (only != null) {
            return Verdict.of(only);
        }
        if (main == UnicodeScript.ARABIC) {
            return arabic(s.arabic(), s);
        }
        if (main == UnicodeScript.CYRILLIC) {
            return cyrillic(s.cyrillic());
        }
        return Verdict.model(SHARED_SCRIPTS.get(main));
    }

    /** The script of more than half the letters, or {@code null} for a mixed sample. */
    private static UnicodeScript mainScript(ScriptLetters s) {
        for (Map.Entry<UnicodeScript, Integer> e : s.byScript().entrySet()) {
            if (e.getValue() * 2 > s.letters()) {
                return e.getKey();
            }
        }
        return null;
    }

    private static String eastAsian(ScriptLetters s, int cjk) {
        if (s.count(UnicodeScript.HANGUL) * 10 >= cjk * 3) {
            return "ko";
        }
        int kana = s.count(UnicodeScript.HIRAGANA) + s.count(UnicodeScript.KATAKANA);
        return kana * 20 >= cjk ? "ja" : "zh";
    }

    private static Verdict arabic(ScriptLetters.ArabicLetters a, ScriptLetters s) {
        if (a.all() < MIN_SCRIPT_LETTERS || a.other() > 0) {
            return Verdict.model(ScriptLetters.ARABIC_SCRIPT_LANGUAGES);
        }
        if (a.pashto() >= 2) {
            return Verdict.of("ps");
        }
        if (s.urduLetters()) {
            return Verdict.of("ur");
        }
        int persianish = a.persian() + a.persianForms();
        if (persianish >= 2 && persianish >= 3 * a.arabicOnly()) {
            return Verdict.of("fa");
        }
        if (a.arabicOnly() >= 2 && a.arabicOnly() >= 3 * persianish) {
            return Verdict.of("ar");
        }
        return Verdict.model(ScriptLetters.ARABIC_SCRIPT_LANGUAGES);
    }

    private static Verdict cyrillic(ScriptLetters.CyrillicLetters c) {
        if (c.turkic() > 0) {
            return Verdict.model(CYRILLIC_LANGUAGES);
        }
        if (c.shortU() > 0) {
            return Verdict.of("be");
        }
        int ukrainian = c.ukrainian() + c.dottedI();
        if (ukrainian > 0 && ukrainian >= 3 * c.russian()) {
            return Verdict.of("uk");
        }
        if (c.serbian() > 0) {
            return Verdict.of("sr");
        }
        if (c.macedonian() > 0) {
            return Verdict.of("mk");
        }
        if (c.all() >= MIN_SCRIPT_LETTERS && c.russian() > 0 && c.russian() >= 3 * ukrainian && c.southSlav() == 0) {
            return Verdict.of("ru");
        }
        return Verdict.model(CYRILLIC_LANGUAGES);
    }
}
