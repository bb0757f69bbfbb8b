package org.frontwire.processors.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageDetectorTest {

    private static final String ARABIC = "أعلنت وزارة الدفاع في بيان صدر اليوم أن القوات تصدت لهجوم واسع على المدينة "
            + "التي تقع في شمال البلاد، وأضافت أن الاشتباكات استمرت حتى ساعات الفجر.";
    private static final String PERSIAN = "وزارت خارجه ایران روز یکشنبه اعلام کرد که گفتگوها با طرف‌های اروپایی برای "
            + "رسیدن به توافق ادامه دارد و هیئت ایرانی هفته آینده به ژنو سفر می‌کند.";
    private static final String DARI = "مقام‌های محلی در ولسوالی چهاربولک ولایت بلخ می‌گویند که شاروالی شهر مزارشریف "
            + "برای پاک‌کاری سرک‌ها کارمندان تازه استخدام کرده است و باشندگان از این کار راضی هستند.";
    private static final String URDU = "پاکستان کے وزیر اعظم نے کہا ہے کہ ملک میں امن و امان کی صورتحال بہتر ہو رہی ہے "
            + "اور عوام کو جلد ریلیف دیا جائے گا۔";
    private static final String ENGLISH = "The government said on Monday that the talks would continue next week and "
            + "that both sides had agreed to extend the ceasefire along the border.";

    private final LanguageDetector detector = new LanguageDetector();

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "ar | " + ARABIC,
        "fa | " + PERSIAN,
        "fa | " + DARI,
        "ur | " + URDU,
        "en | " + ENGLISH,
        "fr | Le gouvernement a annoncé lundi que les négociations se poursuivraient la semaine prochaine et que les deux parties avaient accepté de prolonger la trêve.",
        "ru | Министерство обороны сообщило, что войска отразили атаку и что обстановка на фронте остаётся сложной, однако потерь нет.",
        "uk | Міністерство оборони повідомило, що війська відбили атаку і що ситуація на фронті залишається складною, проте втрат немає.",
        "es | El gobierno dijo el lunes que las conversaciones continuarán la próxima semana y que las dos partes acordaron prolongar la tregua.",
        "de | Die Regierung sagte am Montag, dass die Gespräche nächste Woche fortgesetzt werden und beide Seiten einer Verlängerung der Waffenruhe zugestimmt haben.",
        "tr | Hükümet pazartesi günü yaptığı açıklamada görüşmelerin gelecek hafta devam edeceğini ve iki tarafın ateşkesi uzatmak için anlaştığını söyledi.",
        "ps | د افغانستان د کورنیو چارو وزارت ویلي چې په کابل کې امنیتي وضعیت ښه شوی او خلک په ارامۍ سره خپلو کارونو ته ځي.",
        "he | הממשלה הודיעה ביום שני כי השיחות יימשכו בשבוע הבא וכי שני הצדדים הסכימו להאריך את הפסקת האש.",
        "zh | 政府星期一表示，谈判将于下周继续进行，双方已同意延长停火。",
    })
    void detects(String expected, String text) {
        assertThat(detector.detect(text)).isEqualTo(expected);
    }

    @Test
    void persianAndUrduAreNeverArabic() {
        for (String text : List.of(PERSIAN, DARI, URDU, firstWords(PERSIAN, 6), firstWords(DARI, 6), firstWords(URDU, 6))) {
            assertThat(detector.detect(text)).as(text).isIn("fa", "ur");
        }
        assertThat(detector.detect(firstWords(URDU, 8))).isEqualTo("ur");
        assertThat(detector.detect(firstWords(PERSIAN, 8))).isEqualTo("fa");
    }

    @Test
    void persianWrittenWithArabicKafAndYehIsStillPersian() {
        assertThat(detector.detect("وزارت خارجه ايران اعلام كرد كه گفتگوها براي رسيدن به توافق با طرف هاي اروپايي ادامه دارد"))
                .isEqualTo("fa");
    }

    @Test
    void arabicWithPersianNamesStaysArabic() {
        assertThat(detector.detect("قال المتحدث باسم الحكومة إن الرئيس بزشكيان التقى في طهران وزير الخارجية عراقجي لبحث ملف المفاوضات"))
                .isEqualTo("ar");
    }

    @Test
    void shortOrLetterlessTextIsUndetermined() {
        assertThat(detector.detect(null)).isEqualTo("und");
        assertThat(detector.detect("")).isEqualTo("und");
        assertThat(detector.detect("   ")).isEqualTo("und");
        assertThat(detector.detect("2024-05-01 12:30")).isEqualTo("und");
        assertThat(detector.detect("Gaza")).isEqualTo("und");
        assertThat(detector.detect("غزة")).isEqualTo("und");
        assertThat(detector.detect("https://example.org/2024/05/01/")).isEqualTo("und");
    }

    @Test
    void mixedTextTakesTheLanguageOfMostOfIt() {
        assertThat(detector.detect(ENGLISH + " A resident told reporters: \"الوضع صعب جدا\". " + ENGLISH)).isEqualTo("en");
        assertThat(detector.detect(ARABIC + " (Reuters, AFP, Al Jazeera English) " + ARABIC)).isEqualTo("ar");
        assertThat(detector.detect("Breaking\n" + PERSIAN)).isEqualTo("fa");
    }

    @Test
    void onlyTheStartOfALongTextIsRead() {
        String longFrench = "Les forces armées ont repris le contrôle de la ville après plusieurs jours de combats. ".repeat(30);
        assertThat(longFrench.length()).isGreaterThan(LanguageDetector.SAMPLE_CHARS);
        assertThat(LanguageDetector.sample(longFrench).length()).isLessThanOrEqualTo(LanguageDetector.SAMPLE_CHARS);
        assertThat(detector.detect(longFrench + ENGLISH.repeat(5))).isEqualTo("fr");
    }

    @Test
    void mapsTheModelsCodesToTwoLetterCodes() {
        assertThat(LanguageDetector.toIso1("pes")).isEqualTo("fa");
        assertThat(LanguageDetector.toIso1("prs")).isEqualTo("fa");
        assertThat(LanguageDetector.toIso1("fas")).isEqualTo("fa");
        assertThat(LanguageDetector.toIso1("urd")).isEqualTo("ur");
        assertThat(LanguageDetector.toIso1("arb")).isEqualTo("ar");
        assertThat(LanguageDetector.toIso1("ara")).isEqualTo("ar");
        assertThat(LanguageDetector.toIso1("eng")).isEqualTo("en");
        assertThat(LanguageDetector.toIso1("fra")).isEqualTo("fr");
        assertThat(LanguageDetector.toIso1("rus")).isEqualTo("ru");
        assertThat(LanguageDetector.toIso1("ukr")).isEqualTo("uk");
        assertThat(LanguageDetector.toIso1("heb")).isEqualTo("he");
        assertThat(LanguageDetector.toIso1("cmn")).isEqualTo("zh");
        assertThat(LanguageDetector.toIso1("ceb")).isEqualTo("und");
    }

    @Test
    void detectorsShareOneModelAndAreSafeAcrossThreads() throws Exception {
        List<String> texts = List.of(ARABIC, PERSIAN, URDU, ENGLISH);
        List<String> expected = texts.stream().map(detector::detect).toList();
        LanguageDetector other = new LanguageDetector();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> results = IntStream.range(0, 200)
                    .mapToObj(i -> pool.submit(() -> other.detect(texts.get(i % texts.size())))).toList();
            for (int i = 0; i < results.size(); i++) {
                assertThat(results.get(i).get()).isEqualTo(expected.get(i % texts.size()));
            }
        } finally {
            pool.shutdown();
        }
        assertThat(expected).containsExactly("ar", "fa", "ur", "en");
    }

    private static String firstWords(String text, int n) {
        String[] words = text.split(" ");
        return String.join(" ", List.of(words).subList(0, Math.min(n, words.length)));
    }
}
