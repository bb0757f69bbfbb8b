package org.frontwire.processors.language;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Detects the language of a text as an ISO 639-1 code, or {@code und}. The script decides
 * most languages outright (Hebrew, Greek, Armenian, CJK …); within a shared script the
 * letters only some languages write (Persian پ چ ژ گ ک ی, Urdu ٹ ڈ ڑ ں ے ھ, Ukrainian і ї є ґ)
 * and function words from {@code language/stopwords.tsv} decide. Dari is reported as {@code fa}.
 * Thread-safe.
 */
public final class LanguageDetector {

    public static final String UNDETERMINED = "und";
    private static final int SAMPLE_CHARS = 4000;
    private static final int MIN_LETTERS = 3;

    private static final Map<Character.UnicodeScript, String> SCRIPT_LANGUAGES = Map.ofEntries(
            Map.entry(Character.UnicodeScript.HEBREW, "he"),
            Map.entry(Character.UnicodeScript.GREEK, "el"),
            Map.entry(Character.UnicodeScript.ARMENIAN, "hy"),
            Map.entry(Character.UnicodeScript.GEORGIAN, "ka"),
            Map.entry(Character.UnicodeScript.DEVANAGARI, "hi"),
            Map.entry(Character.UnicodeScript.BENGALI, "bn"),
            Map.entry(Character.UnicodeScript.TAMIL, "ta"),
            Map.entry(Character.UnicodeScript.THAI, "th"),
            Map.entry(Character.UnicodeScript.KHMER, "km"),
            Map.entry(Character.UnicodeScript.MYANMAR, "my"),
            Map.entry(Character.UnicodeScript.ETHIOPIC, "am"),
            Map.entry(Character.UnicodeScript.HANGUL, "ko"),
            Map.entry(Character.UnicodeScript.HIRAGANA, "ja"),
            Map.entry(Character.UnicodeScript.KATAKANA, "ja"),
            Map.entry(Character.UnicodeScript.HAN, "zh"));

    /** script name → (language → its function words), in file order. */
    private final Map<String, Map<String, Set<String>>> stopwords;

    public LanguageDetector() {
        this.stopwords = loadStopwords("/language/stopwords.tsv");
    }

    public String detect(String text) {
        if (text == null || text.isBlank()) {
            return UNDETERMINED;
        }
        ScriptProfile profile = ScriptProfile.of(text, SAMPLE_CHARS);
        if (profile.total < MIN_LETTERS) {
            return UNDETERMINED;
        }
        Character.UnicodeScript script = profile.dominant();
        if (script == Character.UnicodeScript.HAN
                && profile.count(Character.UnicodeScript.HIRAGANA) + profile.count(Character.UnicodeScript.KATAKANA) > 0) {
            return "ja";
        }
        String fixed = SCRIPT_LANGUAGES.get(script);
        if (fixed != null) {
            return fixed;
        }
        return switch (script) {
            case ARABIC -> arabicScript(text, profile);
            case CYRILLIC -> cyrillic(text);
            case LATIN -> byStopwords("LATIN", text, "en");
            default -> UNDETERMINED;
        };
    }

    private String arabicScript(String text, ScriptProfile p) {
        Map<String, Integer> hits = stopwordHits("ARABIC", text);
        int ar = hits.getOrDefault("ar", 0);
        int fa = hits.getOrDefault("fa", 0);
        int ur = hits.getOrDefault("ur", 0);
        int ps = hits.getOrDefault("ps", 0);
        int letters = p.count(Character.UnicodeScript.ARABIC);
        // Urdu's own letters (ٹ ڈ ڑ ں ے ھ) do not occur in Arabic or Persian prose
        if (p.urdu * 100 > letters || ur > Math.max(ar, fa) && ur > 0) {
            return "ur";
        }
        if (ps > Math.max(ar, fa) && ps > 2) {
            return "ps";
        }
        boolean persianLetters = p.persian > p.arabicOnly;
        if (persianLetters && fa >= ar || fa > ar * 2 && fa > 2) {
            return "fa";
        }
        return "ar";
    }

    private String cyrillic(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        long ukrainian = lower.chars().limit(SAMPLE_CHARS).filter(c -> c == 'і' || c == 'ї' || c == 'є' || c == 'ґ').count();
        if (ukrainian > 2) {
            return "uk";
        }
        return byStopwords("CYRILLIC", text, "ru");
    }

    private String byStopwords(String script, String text, String fallback) {
        Map<String, Integer> hits = stopwordHits(script, text);
        String best = fallback;
        int bestHits = 0;
        for (Map.Entry<String, Integer> e : hits.entrySet()) {
            if (e.getValue() > bestHits) {
                best = e.getKey();
                bestHits = e.getValue();
            }
        }
        return best;
    }

    private Map<String, Integer> stopwordHits(String script, String text) {
        Map<String, Set<String>> languages = stopwords.getOrDefault(script, Map.of());
        Map<String, Integer> hits = new LinkedHashMap<>();
        String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
        for (String word : sample.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{M}']+")) {
            for (Map.Entry<String, Set<String>> lang : languages.entrySet()) {
                if (lang.getValue().contains(word)) {
                    hits.merge(lang.getKey(), 1, Integer::sum);
                }
            }
        }
        return hits;
    }

    private static Map<String, Map<String, Set<String>>> loadStopwords(String resource) {
        InputStream in = LanguageDetector.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing classpath resource " + resource);
        }
        Map<String, Map<String, Set<String>>> out = new HashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                Set<String> words = new HashSet<>();
                for (String w : f[2].trim().split("\\s+")) {
                    words.add(w.toLowerCase(Locale.ROOT));
                }
                out.computeIfAbsent(f[1], k -> new LinkedHashMap<>()).put(f[0], words);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
