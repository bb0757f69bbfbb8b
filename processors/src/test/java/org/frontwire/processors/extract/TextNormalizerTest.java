package org.frontwire.processors.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextNormalizerTest {

    @Test
    void foldsCaseArabicFormsAndDropsMarksAndDigits() {
        assertThat(TextNormalizer.fold("Ünïcode ÉTÉ 2024 — «Cookies»!")).isEqualTo("ünïcode été cookies");
        assertThat(TextNormalizer.fold("أحمد إلى مدرسة")).isEqualTo("احمد الي مدرسه");
        assertThat(TextNormalizer.fold("غَزَّةُ غـــزة ١٢ کتاب")).isEqualTo("غزه غزه كتاب");
        assertThat(TextNormalizer.fold("soft\u00ADhyphen zero\u200Bwidth")).isEqualTo("softhyphen zerowidth");
    }

    @Test
    void foldsLettersOutsideTheBasicPlaneAndLoneSurrogates() {
        assertThat(TextNormalizer.fold("𝐀𝐁 x\uD835 y")).isEqualTo(new StringBuilder().appendCodePoint(Character.toLowerCase(0x1D400))
                .appendCodePoint(Character.toLowerCase(0x1D401)).append(" x y").toString());
    }

    /** Every char of the Basic Multilingual Plane folds as the per-code-point rules say, between two letters. */
    @Test
    void everyCharFoldsByTheRules() {
        List<String> wrong = new ArrayList<>();
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            if (Character.isSurrogate((char) c)) {
                continue;
            }
            String expected = "a" + byRules(c) + "b";
            String folded = TextNormalizer.fold("a" + (char) c + "b");
            if (!folded.equals(expected.replace("  ", " "))) {
                wrong.add(Integer.toHexString(c));
            }
        }
        assertThat(wrong).isEmpty();
    }

    private static String byRules(int cp) {
        if (cp >= 'A' && cp <= 'Z' || cp >= 'a' && cp <= 'z' || cp == '\'') {
            return String.valueOf((char) Character.toLowerCase(cp));
        }
        int type = Character.getType(cp);
        if (type == Character.NON_SPACING_MARK || type == Character.FORMAT || cp == 0x0640 || Character.isDigit(cp)) {
            return "";
        }
        if (cp >= 128 && Character.isLetter(cp)) {
            int folded = switch (cp) {
                case 'أ', 'إ', 'آ', 'ٱ' -> 'ا';
                case 'ى', 'ی' -> 'ي';
                case 'ة' -> 'ه';
                case 'ک' -> 'ك';
                default -> cp;
            };
            return new StringBuilder().appendCodePoint(Character.toLowerCase(folded)).toString();
        }
        return " ";
    }
}
