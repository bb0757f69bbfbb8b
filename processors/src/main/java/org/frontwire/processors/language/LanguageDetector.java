package org.frontwire.processors.language;

/** Detects the language of a text as an ISO 639-1 code, or {@code und}. Placeholder: script-based. */
public final class LanguageDetector {

    public String detect(String text) {
        if (text == null || text.isBlank()) {
            return "und";
        }
        long arabic = text.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC).count();
        long letters = text.codePoints().filter(Character::isLetter).count();
        return letters > 0 && arabic * 2 > letters ? "ar" : "en";
    }
}
