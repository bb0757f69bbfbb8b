package org.frontwire.processors.language;

/**
 * Polish and Czech told by letters only they write among the Latin-script languages, for samples too short for
 * {@link CommonWords}: a caption, a two-sentence brief. Polish writes ą ć ę ł ń ś ź ż (and ó), one of ą ę ł at least,
 * which Croatian and Sorbian never write; Czech writes ř ě ů (and á č ď é í ň ó š ť ú ý ž). A sample is Polish when at
 * least {@value #MIN_OWN} of Polish's letters and none of Czech's own are in it, and Czech likewise; in both, letters
 * of other alphabets (Lithuanian's ė į ų ū with its ą ę, Slovak's ä ľ ĺ ŕ ô, Sorbian's ł next to ř and ě, German's
 * umlauts in a name) may be no more than one in {@value #MAX_FOREIGN_SHARE_INVERSE} of the language's own, else the
 * model decides.
 */
final class LatinLetters {
    static final int MIN_OWN = 3;
    static final int MIN_LATIN_LETTERS = ScriptRules.MIN_SCRIPT_LETTERS;
    static final int MAX_FOREIGN_SHARE_INVERSE = 5;

    private static final String POLISH_OWN = "ąćęłńśźżĄĆĘŁŃŚŹŻ";
    /** Polish letters Croatian and Sorbian (ć ń ś ź ž) never write: one of them must be there. */
    private static final String POLISH_ONLY = "ąęłĄĘŁ";
    private static final String POLISH_ALSO = "óÓ";
    private static final String CZECH_OWN = "řěůŘĚŮ";
    private static final String CZECH_ALSO = "áčďéíňóšťúýžÁČĎÉÍŇÓŠŤÚÝŽ";

    private LatinLetters() {}

    /** "pl", "cs", or {@code null}: the letters say nothing clear. */
    static String decide(CharSequence sample) {
        int latin = 0;
        int polish = 0;
        int polishOnly = 0;
        int polishForeign = 0;
        int czech = 0;
        int czechForeign = 0;
        for (int i = 0; i < sample.length(); i++) {
            char c = sample.charAt(i);
            if (c < 128) {
                latin += c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' ? 1 : 0;
                continue;
            }
            if (!Character.isLetter(c) || Character.UnicodeScript.of(c) != Character.UnicodeScript.LATIN) {
                continue;
            }
            latin++;
            boolean polishLetter = POLISH_OWN.indexOf(c) >= 0;
            boolean czechLetter = CZECH_OWN.indexOf(c) >= 0;
            polish += polishLetter ? 1 : 0;
            polishOnly += POLISH_ONLY.indexOf(c) >= 0 ? 1 : 0;
            czech += czechLetter ? 1 : 0;
            polishForeign += polishLetter || POLISH_ALSO.indexOf(c) >= 0 ? 0 : 1;
            czechForeign += czechLetter || CZECH_ALSO.indexOf(c) >= 0 ? 0 : 1;
        }
        if (latin < MIN_LATIN_LETTERS) {
            return null;
        }
        if (polish >= MIN_OWN && polishOnly > 0 && czech == 0 && polishForeign * MAX_FOREIGN_SHARE_INVERSE <= polish) {
            return "pl";
        }
        if (czech >= MIN_OWN && polish == 0 && czechForeign * MAX_FOREIGN_SHARE_INVERSE <= czech) {
            return "cs";
        }
        return null;
    }
}
