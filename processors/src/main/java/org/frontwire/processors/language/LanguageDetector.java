package org.frontwire.processors.language;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.regex.Pattern;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.langdetect.ThreadSafeLanguageDetectorME;

/**
 * Detects the language of a text as an ISO 639-1 code, or {@value #UNDETERMINED}: scripts first, then Apache
 * OpenNLP's language detector and its 103-language model ({@code langdetect-183.bin} from
 * {@code opennlp-models-langdetect}) only where the scripts leave the language open.
 *
 * <p>The scripts of the first {@value #SAMPLE_CHARS} characters decide whenever they can ({@link ScriptRules}):
 * Hebrew, Greek, Thai, Georgian, Armenian, Hangul and other one-language scripts name their language; kana makes
 * Japanese and Han without kana Chinese; in Arabic script Urdu's, Pashto's, Persian's or Arabic's own letters, and in
 * Cyrillic Ukrainian's (ї є ґ і), Belarusian's (ў), Serbian's (ћ ђ), Macedonian's (ѓ ќ ѕ) or Russian's (ы э ё) decide
 * when a sentence's worth of letters is there. Latin-script text in which English's commonest words are frequent
 * enough over the whole sample is English ({@link EnglishWords}), and French, German, Portuguese, Italian, Spanish,
 * Polish or Czech likewise by theirs ({@link CommonWords}); a sample too short for them is Polish or Czech by the
 * letters only that language writes ({@link LatinLetters}). The model reads the first
 * {@value #MODEL_SAMPLE_CHARS} characters of Latin-script and mixed text, and of Arabic-script or Cyrillic text whose
 * letters leave it open, and then may answer only a language of that script.
 *
 * <p>The model answers ISO 639-3 codes, mapped to ISO 639-1 (Persian {@code pes}, {@code prs} (Dari) and {@code fas}
 * all give {@code fa}; {@code arb} and {@code ara} give {@code ar}); a code counts with its best-scored variant, as
 * summing them would favour languages the model knows under two codes (fas and pes, est and ekk). A text
 * with too few letters, or whose best language is not clearly ahead of a uniform guess and of the runner-up, is
 * undetermined.
 *
 * <p>For Arabic-script text the model answers, the letters only some languages write break a near tie between
 * Arabic, Persian and Urdu: Urdu's ٹ ڈ ڑ ں ے, Persian and Urdu's پ چ ژ گ, Arabic's ة ى. Urdu letters also veto an
 * Arabic or Persian answer, since neither writes them.
 *
 * <p>Thread-safe: the model is loaded once per JVM and shared; OpenNLP's {@link ThreadSafeLanguageDetectorME}
 * keeps one (non-thread-safe) {@code LanguageDetectorME} per thread around it.
 */
public final class LanguageDetector {

    public static final String UNDETERMINED = "und";
    /** Only the start of a text is read: its scripts are counted over this many characters. */
    static final int SAMPLE_CHARS = 1000;
    /**
     * The model reads less: its cost grows with the text (character n-grams against 103 languages), and a few
     * sentences of Latin-script text name the language as well as a page.
     */
    static final int MODEL_SAMPLE_CHARS = 400;
    /** Fewer letters than this say nothing reliable: a name, a date, a one-word headline. */
    static final int MIN_LETTERS = 12;
    /** The best language must be at least this many times a uniform guess over the model's languages. */
    static final double MIN_CONFIDENCE_OVER_UNIFORM = 2.0;
    /** ... and ahead of the runner-up by this factor: a dead heat between two languages says neither. */
    static final double MIN_LEAD = 1.05;
    /** Below this ratio of best to runner-up, Arabic-script letters break the tie. */
    static final double ARABIC_SCRIPT_TIE = 1.5;

    /** Links and e-mail addresses: letters in no language. */
    private static final Pattern WEB_ADDRESSES = Pattern.compile("(?:https?://|www\\.)\\S+|\\S+@\\S+");
    private static final String MODEL_RESOURCE = "/langdetect-183.bin";

    /** ISO 639-3 codes the model writes that {@link Locale} does not map to ISO 639-1 by itself. */
    private static final Map<String, String> INDIVIDUAL_LANGUAGES = Map.ofEntries(
            Map.entry("pes", "fa"),   // Iranian Persian
            Map.entry("prs", "fa"),   // Dari
            Map.entry("arb", "ar"),   // Standard Arabic
            Map.entry("cmn", "zh"),   // Mandarin
            Map.entry("ekk", "et"),   // Standard Estonian
            Map.entry("lvs", "lv"),   // Standard Latvian
            Map.entry("plt", "mg"),   // Plateau Malagasy
            Map.entry("pnb", "pa"),   // Western Punjabi (Shahmukhi)
            Map.entry("zsm", "ms"),   // Standard Malay
            Map.entry("swh", "sw"),   // Swahili
            Map.entry("heb", "he"),   // Locale may still know the old codes iw, in, ji
            Map.entry("ind", "id"),
            Map.entry("yid", "yi"));

    private static final Map<String, String> ISO3_TO_ISO1 = iso3ToIso1();

    /**
     * A detector on the shared default model. The model starts loading on a thread of its own (the first detector
     * does it), and only the first text that the scripts and common words leave open waits for it: it takes about a
     * second, half the start-up of {@code extract} over a few pages, and most texts never need it.
     */
    public LanguageDetector() {
        if (LanguageDetector.class.getResource(MODEL_RESOURCE) == null) {
            throw new IllegalStateException(SharedModel.MISSING);
        }
        SharedModel.startLoading();
    }

    /**
     * The language of a headline and its text, read as one ("title\ntext"), without copying more of the text than the
     * first {@value #SAMPLE_CHARS} characters that are read.
     *
     * @param title may be null
     */
    public String detect(String title, String text) {
        String head = title == null ? "" : title + "\n";
        int read = Math.max(0, Math.min(text.length(), SAMPLE_CHARS + 1 - head.length()));
        return detect(head + text.substring(0, read));
    }

    public String detect(String text) {
        if (text == null || text.isBlank()) {
            return UNDETERMINED;
        }
        String sample = withoutWebAddresses(sample(text, SAMPLE_CHARS));
        ScriptLetters letters = ScriptLetters.of(sample);
        if (letters.letters() < MIN_LETTERS) {
            return UNDETERMINED;
        }
        ScriptRules.Verdict verdict = ScriptRules.decide(letters);
        if (verdict.decided()) {
            return verdict.language();
        }
        String modelSample = sample(sample, MODEL_SAMPLE_CHARS);
        if (verdict.candidates() == null) {
            if (EnglishWords.decide(sample)) {
                return "en";
            }
            String byWords = CommonWords.decide(sample);
            if (byWords != null) {
                return byWords;
            }
            String byLetters = LatinLetters.decide(sample);
            if (byLetters != null) {
                return byLetters;
            }
        }
        Language[] predicted = SharedModel.detector().predictLanguages(modelSample);
        Map<String, Double> byCode = new HashMap<>();
        for (Language l : predicted) {
            byCode.merge(toIso1(l.getLang()), l.getConfidence(), Math::max);
        }
        byCode.remove(UNDETERMINED);
        if (verdict.candidates() != null) {
            byCode.keySet().retainAll(verdict.candidates());
        }
        String best = UNDETERMINED;
        double bestP = 0;
        double secondP = 0;
        for (Map.Entry<String, Double> e : byCode.entrySet()) {
            if (e.getValue() > bestP) {
                secondP = bestP;
                best = e.getKey();
                bestP = e.getValue();
            } else if (e.getValue() > secondP) {
                secondP = e.getValue();
            }
        }
        if (letters.mostlyArabicScript()) {
            return arabicScript(best, bestP, byCode, letters);
        }
        double uniform = 1.0 / predicted.length;
        boolean confident = bestP >= MIN_CONFIDENCE_OVER_UNIFORM * uniform && bestP >= MIN_LEAD * secondP;
        return confident ? best : UNDETERMINED;
    }

    private static String withoutWebAddresses(String sample) {
        boolean maybe = sample.indexOf('@') >= 0 || sample.contains("http") || sample.contains("www.");
        return maybe ? WEB_ADDRESSES.matcher(sample).replaceAll(" ") : sample;
    }

    /**
     * Arabic, Persian and Urdu as the model ranks them, with the letters as tie-breaker; an Arabic-script text is
     * never reported in a Latin-script language.
     */
    private static String arabicScript(String best, double bestP, Map<String, Double> byCode, ScriptLetters letters) {
        if (letters.urduLetters() && (best.equals("ar") || best.equals("fa"))) {
            return "ur";
        }
        double ar = byCode.getOrDefault("ar", 0.0);
        double fa = byCode.getOrDefault("fa", 0.0);
        double ur = byCode.getOrDefault("ur", 0.0);
        boolean contested = best.equals("ar") || best.equals("fa") || best.equals("ur");
        if (contested) {
            double runnerUp = best.equals("ar") ? Math.max(fa, ur) : best.equals("fa") ? Math.max(ar, ur) : Math.max(ar, fa);
            if (bestP < ARABIC_SCRIPT_TIE * runnerUp) {
                String byLetters = letters.arabicScriptLanguage();
                if (byLetters != null) {
                    return byLetters;
                }
            }
            return best;
        }
        if (best.equals(UNDETERMINED) || !ScriptLetters.ARABIC_SCRIPT_LANGUAGES.contains(best)) {
            String byLetters = letters.arabicScriptLanguage();
            return byLetters != null ? byLetters : UNDETERMINED;
        }
        return best;
    }

    /** The first {@value #SAMPLE_CHARS} characters, cut at a space so no word is split. */
    static String sample(String text) {
        return sample(text, SAMPLE_CHARS);
    }

    /** The first {@code max} characters, cut at a space so no word is split. */
    static String sample(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = max;
        while (end > max - 100 && !Character.isWhitespace(text.charAt(end))) {
            end--;
        }
        return text.substring(0, end);
    }

    static String toIso1(String iso3) {
        String code = INDIVIDUAL_LANGUAGES.get(iso3);
        if (code == null) {
            code = ISO3_TO_ISO1.get(iso3);
        }
        return code == null ? UNDETERMINED : code;
    }

    private static Map<String, String> iso3ToIso1() {
        Map<String, String> out = new HashMap<>();
        for (String iso1 : Locale.getISOLanguages()) {
            try {
                out.putIfAbsent(Locale.forLanguageTag(iso1).getISO3Language(), iso1);
            } catch (MissingResourceException e) {
                // no three-letter code known for it
            }
        }
        return Map.copyOf(out);
    }

    /** The model, read once from the classpath (about 10 MB) on a daemon thread that the first detector starts. */
    private static final class SharedModel {
        static final String MISSING = "missing classpath resource " + MODEL_RESOURCE + " (org.apache.opennlp:opennlp-models-langdetect)";
        private static final CompletableFuture<ThreadSafeLanguageDetectorME> DETECTOR = CompletableFuture.supplyAsync(
                () -> new ThreadSafeLanguageDetectorME(load()), task -> {
                    Thread loader = new Thread(task, "language-model-loader");
                    loader.setDaemon(true);
                    loader.start();
                });

        /** Initialising this class starts the load. */
        static void startLoading() {}

        static ThreadSafeLanguageDetectorME detector() {
            try {
                return DETECTOR.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : e;
            }
        }

        private static LanguageDetectorModel load() {
            try (InputStream in = LanguageDetector.class.getResourceAsStream(MODEL_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException(MISSING);
                }
                return new LanguageDetectorModel(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the language model " + MODEL_RESOURCE, e);
            }
        }
    }
}
