package org.frontwire.processors.stories;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.frontwire.processors.classify.text.ArabicTextNormalizer;
import org.frontwire.processors.classify.text.TextAnalyzer;
import org.frontwire.processors.classify.text.WordBits;

/**
 * Words for story matching: the classifier's analysis ({@link TextAnalyzer}: NFKC, lower case, Eastern Arabic digits,
 * hamza and alef forms, taa marbuta, diacritics, tatweel, clitic prefixes), without stop words (Lucene's lists for
 * Arabic, English, French, Russian and Persian, plus the words every news report uses: "said", "announced", "today").
 * Ordinals ("second", "الثانية") are told apart because a second flight is not the first. A single-letter proclitic
 * (ب، ل، ك، ف) is taken off longer Arabic words, so that "بعدن" and "عدن" match.
 */
final class MatchText {

    private static final String[] LUCENE_STOP_LISTS = {
        "/org/apache/lucene/analysis/ar/stopwords.txt", "/org/apache/lucene/analysis/fa/stopwords.txt",
        "/org/apache/lucene/analysis/snowball/english_stop.txt", "/org/apache/lucene/analysis/snowball/french_stop.txt",
        "/org/apache/lucene/analysis/snowball/russian_stop.txt"
    };

    /** Words of news prose that say nothing about which event a report is about. */
    private static final String NEWS_WORDS = """
            قال قالت اكد اكدت أكد أكدت اعلن اعلنت أعلن أعلنت اوضح أوضح أوضحت اضاف أضاف أضافت اشار أشار أشارت ذكر ذكرت
            وقال وقالت واكد واضاف واشار وذكر وأوضح حيث يوم اليوم امس أمس غدا الاربعاء الخميس الجمعة السبت الأحد الاثنين الثلاثاء
            الساعة صباح مساء العام عام خلال بعد قبل اليوم ان أن إن الى إلى على عن في من مع هذا هذه ذلك تلك التي الذي الذين
            كما ايضا أيضا وفق وفقا بحسب حسب عبر لدى نحو عند منذ حتى بين ضمن كل بعض احد أحد وكان كان كانت يكون تكون
            مصدر مصادر وكالة الأنباء الانباء واس السعودية الرسمية صحيفة الصحيفة الخبر رابط تويتر شارك خلال تصريح صحفي بيان
            said says told announced added according reported report reports news agency statement today yesterday
            monday tuesday wednesday thursday friday saturday sunday week year also would could one two new
            """;

    /** Ordinal words, folded the way {@link TextAnalyzer} folds them, to the rank they name. */
    private static final Map<String, Integer> ORDINALS = ordinals();

    private static final Set<String> STOP = stopWords();
    /** Most words are no stop word, and a clear bit says so without probing {@link #STOP}. */
    private static final WordBits STOP_BITS = WordBits.of(STOP);

    private static final String FIRST = ArabicTextNormalizer.normalize("أول");
    private static final String FROM = ArabicTextNormalizer.normalize("من");
    private static final String YESTERDAY = ArabicTextNormalizer.normalize("أمس");

    /** Counting words, folded, to their value: "four soldiers" and "٤ جنود" give the same count. */
    private static final Map<String, String> COUNTS = counts();
    /** Most words are neither ordinal nor counting word, and a clear bit says so without probing either map. */
    private static final WordBits NUMBER_WORD_BITS = WordBits.of(numberWords());

    private MatchText() {}

    /** The matching words of {@code text}, in order, stop words left out. */
    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        List<String> tokens = TextAnalyzer.tokens(text == null ? null : withoutThousandsSeparators(text));
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i);
            if (dayBeforeYesterday(tokens, i)) {
                i += 2; // a date, not the first of anything
            } else if (keep(t)) {
                out.add(withoutProclitic(t));
            }
        }
        return out;
    }


    /** Single-letter proclitics the classifier's analysis keeps (بعدن, لعدن, كقائد, فقد): prepositions and conjunctions. */
    private static final String PROCLITICS = "بلكف";
    /** Shortest word a proclitic is taken off: three letters must be left, as the classifier's analysis leaves. */
    private static final int MIN_PROCLITIC_WORD = 4;

    /**
     * The word without a single-letter proclitic: "بعدن" (in Aden) matches "عدن". A word that only begins with one of
     * these letters (برقين, فرياب) loses it too, the same way in every report, so it still matches itself.
     */
    static String withoutProclitic(String t) {
        if (t.length() >= MIN_PROCLITIC_WORD && PROCLITICS.indexOf(t.charAt(0)) >= 0) {
            return t.substring(1);
        }
        return t;
    }

    /** The text with its thousands separators between digits left out ("9,372", "٣٦٣٬٣٧٨"): one figure, not two. */
    static String withoutThousandsSeparators(String text) {
        StringBuilder out = null;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            boolean separator = (c == ',' || c == '\u066C') && i > 0 && i + 3 < n && Character.isDigit(text.charAt(i - 1))
                    && Character.isDigit(text.charAt(i + 1)) && Character.isDigit(text.charAt(i + 2)) && Character.isDigit(text.charAt(i + 3))
                    && (i + 4 == n || !Character.isDigit(text.charAt(i + 4)));
            if (separator && out == null) {
                out = new StringBuilder(n).append(text, 0, i);
            } else if (!separator && out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }

    /** "أول من أمس" (the day before yesterday) names no rank. */
    private static boolean dayBeforeYesterday(List<String> tokens, int i) {
        return i + 2 < tokens.size() && tokens.get(i).equals(FIRST) && tokens.get(i + 1).equals(FROM) && tokens.get(i + 2).equals(YESTERDAY);
    }

    static boolean keep(String token) {
        if (token.length() < 2 && !isNumber(token)) {
            return false;
        }
        return !isStopWord(token) || NUMBER_WORD_BITS.mayContain(token) && (ORDINALS.containsKey(token) || COUNTS.containsKey(token));
    }

    private static boolean isStopWord(String token) {
        return STOP_BITS.mayContain(token) && STOP.contains(token);
    }

    static boolean isNumber(String token) {
        if (token.isEmpty()) {
            return false;
        }
        for (int i = 0; i < token.length(); i++) {
            if (token.charAt(i) < '0' || token.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** The rank an ordinal word names ("second" and "الثانية" both 2), or 0. */
    static int ordinal(String token) {
        return NUMBER_WORD_BITS.mayContain(token) ? ORDINALS.getOrDefault(token, 0) : 0;
    }

    /** The number a token states, as digits ("4" for "four", "أربعة" and "٤"), or null. */
    static String count(String token) {
        if (isNumber(token)) {
            int i = 0;
            while (i < token.length() - 1 && token.charAt(i) == '0') {
                i++;
            }
            return token.substring(i);
        }
        return NUMBER_WORD_BITS.mayContain(token) ? COUNTS.get(token) : null;
    }

    private static Set<String> numberWords() {
        Set<String> words = new HashSet<>(ORDINALS.keySet());
        words.addAll(COUNTS.keySet());
        return words;
    }

    private static Map<String, String> counts() {
        Map<String, String> m = new java.util.HashMap<>();
        String[][] words = {
            {"two", "اثنان", "اثنين", "اثنتان", "اثنتين", "deux", "два", "две"},
            {"three", "ثلاثة", "ثلاث", "trois", "три"},
            {"four", "أربعة", "أربع", "quatre", "четыре"},
            {"five", "خمسة", "خمس", "cinq", "пять"},
            {"six", "ستة", "ست", "шесть"},
            {"seven", "سبعة", "سبع", "sept", "семь"},
            {"eight", "ثمانية", "ثماني", "huit", "восемь"},
            {"nine", "تسعة", "تسع", "neuf", "девять"},
            {"ten", "عشرة", "عشر", "dix", "десять"},
        };
        for (int n = 2; n < words.length + 2; n++) {
            for (String w : words[n - 2]) {
                for (String t : TextAnalyzer.tokens(w)) {
                    m.put(t, Integer.toString(n));
                    m.put(withoutProclitic(t), Integer.toString(n));
                }
            }
        }
        return Map.copyOf(m);
    }

    private static Map<String, Integer> ordinals() {
        Map<String, Integer> m = new java.util.HashMap<>();
        String[][] words = {
            {"first", "1st", "الأول", "الأولى", "أول", "اولى", "premier", "première", "первый", "первая"},
            {"second", "2nd", "الثاني", "الثانية", "ثاني", "ثانية", "deuxième", "second", "второй", "вторая"},
            {"third", "3rd", "الثالث", "الثالثة", "ثالث", "ثالثة", "troisième", "третий", "третья"},
            {"fourth", "4th", "الرابع", "الرابعة", "رابع", "رابعة", "quatrième", "четвертый", "четвертая"},
            {"fifth", "5th", "الخامس", "الخامسة", "خامس", "خامسة", "cinquième", "пятый", "пятая"},
            {"sixth", "6th", "السادس", "السادسة", "سادس", "سادسة", "sixième"},
            {"seventh", "7th", "السابع", "السابعة", "سابع", "سابعة"},
            {"eighth", "8th", "الثامن", "الثامنة", "ثامن", "ثامنة"},
            {"ninth", "9th", "التاسع", "التاسعة", "تاسع", "تاسعة"},
            {"tenth", "10th", "العاشر", "العاشرة", "عاشر", "عاشرة"},
        };
        for (int rank = 1; rank <= words.length; rank++) {
            for (String w : words[rank - 1]) {
                for (String t : TextAnalyzer.tokens(w)) {
                    m.put(t, rank);
                    m.put(withoutProclitic(t), rank);
                }
            }
        }
        return Map.copyOf(m);
    }

    private static Set<String> stopWords() {
        Set<String> s = new HashSet<>();
        for (String list : LUCENE_STOP_LISTS) {
            try (InputStream in = ArabicAnalyzer.class.getResourceAsStream(list)) {
                if (in == null) {
                    throw new IllegalStateException("Lucene stop word list missing from the class path: " + list);
                }
                for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                    int bar = line.indexOf('|');
                    String word = (bar >= 0 ? line.substring(0, bar) : line).strip();
                    if (!word.isEmpty() && !word.startsWith("#")) {
                        s.addAll(TextAnalyzer.tokens(word));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        s.addAll(TextAnalyzer.tokens(NEWS_WORDS));
        return Set.copyOf(s);
    }
}
