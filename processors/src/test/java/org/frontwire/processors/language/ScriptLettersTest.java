package org.frontwire.processors.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.Character.UnicodeScript;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScriptLettersTest {

    /** Every letter of the Basic Multilingual Plane counts once, under its Unicode script; nothing else counts. */
    @Test
    void everyLetterCountsUnderItsScript() {
        List<String> wrong = new ArrayList<>();
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            if (Character.isSurrogate((char) c)) {
                continue;
            }
            ScriptLetters s = ScriptLetters.of(String.valueOf((char) c));
            Map<UnicodeScript, Integer> expected = Character.isLetter(c) ? Map.of(UnicodeScript.of(c), 1) : Map.of();
            if (s.letters() != expected.size() || !s.byScript().equals(expected)) {
                wrong.add(Integer.toHexString(c));
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void countsLettersBeyondTheBasicPlane() {
        ScriptLetters s = ScriptLetters.of("𝐀 𠀀 😀");
        assertThat(s.letters()).isEqualTo(2);
        assertThat(s.count(UnicodeScript.COMMON)).isEqualTo(1);
        assertThat(s.count(UnicodeScript.HAN)).isEqualTo(1);
    }

    @Test
    void countsArabicScriptAndCyrillicLettersOfTheirLanguages() {
        ScriptLetters s = ScriptLetters.of("پاکستان ٹیم اور Україна їжак");
        assertThat(s.arabic().urdu()).isEqualTo(1);
        assertThat(s.arabic().persian()).isEqualTo(1);
        assertThat(s.cyrillic().ukrainian()).isEqualTo(2);
        assertThat(s.count(UnicodeScript.LATIN)).isZero();
    }
}
