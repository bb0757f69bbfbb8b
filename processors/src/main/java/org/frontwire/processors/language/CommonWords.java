package org.frontwire.processors.language;

import java.util.Set;

/**
 * French and German told by their commonest words, before the model, the way {@link EnglishWords} tells English: a
 * Latin-script sample in which words only that language writes this often make at least {@value #MIN_SHARE} of the
 * words, {@value #MIN_WORDS} of them at least, is that language, provided the other's words are not as frequent.
 * Words neighbouring languages also write often are left out: French {@code les}, {@code des}, {@code qui},
 * {@code mais}, {@code et}, {@code au}, {@code pas}, {@code ses} (Catalan, Italian, Portuguese, German, Danish,
 * Romanian); German {@code die}, {@code der}, {@code den}, {@code dem}, {@code das}, {@code mit}, {@code er},
 * {@code es}, {@code wie}, {@code hat} (Dutch, Afrikaans, the Scandinavian languages, Portuguese, Spanish, Hungarian).
 */
final class CommonWords {
    static final double MIN_SHARE = 0.08;
    static final int MIN_WORDS = 5;
    private static final Set<String> FRENCH = Set.of("dans", "pour", "avec", "une", "cette", "sont", "aux", "leur",
            "leurs", "ils", "elle", "elles", "nous", "vous", "était", "avait", "selon", "après", "été", "ont", "sur",
            "ces", "comme", "contre", "sous", "être", "avoir", "lors", "depuis", "également");
    private static final Set<String> GERMAN = Set.of("und", "ist", "nicht", "sich", "auch", "auf", "für", "eine",
            "einer", "einen", "eines", "ein", "wurde", "wurden", "werden", "wird", "sind", "nach", "bei", "von", "zum",
            "zur", "über", "noch", "aber", "oder", "wenn", "hatte", "haben", "ihre", "seine", "dass", "sagte");

    private CommonWords() {}

    /** "fr" or "de" when the sample is that language by its words, else {@code null}: the model decides. */
    static String decide(CharSequence sample) {
        int words = 0;
        int french = 0;
        int german = 0;
        int start = -1;
        for (int i = 0; i <= sample.length(); i++) {
            char c = i < sample.length() ? sample.charAt(i) : ' ';
            if (Character.isLetter(c)) {
                if (start < 0) {
                    start = i;
                }
            } else if (start >= 0) {
                words++;
                int length = i - start;
                if (length >= 3 && length <= 9) {
                    String word = lower(sample, start, i);
                    french += FRENCH.contains(word) ? 1 : 0;
                    german += GERMAN.contains(word) ? 1 : 0;
                }
                start = -1;
            }
        }
        boolean isFrench = french >= MIN_WORDS && french >= MIN_SHARE * words;
        boolean isGerman = german >= MIN_WORDS && german >= MIN_SHARE * words;
        if (isFrench && german * 2 < french) {
            return "fr";
        }
        if (isGerman && french * 2 < german) {
            return "de";
        }
        return null;
    }

    private static String lower(CharSequence s, int from, int to) {
        char[] out = new char[to - from];
        for (int i = from; i < to; i++) {
            out[i - from] = Character.toLowerCase(s.charAt(i));
        }
        return new String(out);
    }
}
