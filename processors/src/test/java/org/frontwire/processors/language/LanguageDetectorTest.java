package org.frontwire.processors.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import java.util.stream.Stream;
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
        "ja | 政府は月曜日、交渉は来週も続けられ、双方が停戦の延長に合意したと発表した。",
        "ko | 정부는 월요일 협상이 다음 주에도 계속될 것이며 양측이 휴전 연장에 합의했다고 밝혔다.",
        "el | Η κυβέρνηση ανακοίνωσε τη Δευτέρα ότι οι συνομιλίες θα συνεχιστούν την επόμενη εβδομάδα.",
        "th | รัฐบาลแถลงเมื่อวันจันทร์ว่าการเจรจาจะดำเนินต่อไปในสัปดาห์หน้า",
        "ka | მთავრობამ ორშაბათს განაცხადა, რომ მოლაპარაკებები მომავალ კვირას გაგრძელდება.",
        "hy | Կառավարությունը երկուշաբթի հայտարարեց, որ բանակցությունները կշարունակվեն հաջորդ շաբաթ։",
        "bg | Правителството съобщи в понеделник, че преговорите ще продължат следващата седмица и че двете страни са се съгласили да удължат примирието.",
        "sr | Влада је у понедељак саопштила да ће се преговори наставити следеће недеље и да су се обе стране сложиле да продуже прекид ватре.",
        "be | Урад паведаміў у панядзелак, што перамовы працягнуцца на наступным тыдні і што абодва бакі пагадзіліся падоўжыць перамір'е.",
        "uk | Уряд заявив у понеділок, що переговори триватимуть наступного тижня і що обидві сторони погодилися продовжити перемир'я.",
        "ru | Правительство заявило в понедельник, что переговоры продолжатся на следующей неделе и что обе стороны согласились продлить перемирие.",
        "hi | सरकार ने सोमवार को कहा कि बातचीत अगले सप्ताह भी जारी रहेगी और दोनों पक्ष युद्धविराम बढ़ाने पर सहमत हो गए हैं।",
        "it | Il governo ha dichiarato lunedì che i colloqui proseguiranno la prossima settimana e che le due parti hanno concordato di prolungare la tregua.",
        "pl | Rząd poinformował w poniedziałek, że rozmowy będą kontynuowane w przyszłym tygodniu, a obie strony zgodziły się przedłużyć rozejm.",
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

    @Test
    void scriptsDecideWithoutTheModelWhereTheyCan() {
        assertThat(verdict("הממשלה הודיעה ביום שני כי השיחות יימשכו בשבוע הבא")).isEqualTo("he");
        assertThat(verdict("政府星期一表示，谈判将于下周继续进行，双方已同意延长停火。")).isEqualTo("zh");
        assertThat(verdict("政府は月曜日、交渉は来週も続けられると発表した。")).isEqualTo("ja");
        assertThat(verdict("정부는 월요일 협상이 다음 주에도 계속될 것이라고 밝혔다.")).isEqualTo("ko");
        assertThat(verdict(ARABIC)).isEqualTo("ar");
        assertThat(verdict(PERSIAN)).isEqualTo("fa");
        assertThat(verdict(URDU)).isEqualTo("ur");
        assertThat(verdict("Міністерство оборони повідомило, що війська відбили атаку і що ситуація на фронті залишається складною."))
                .isEqualTo("uk");
        assertThat(verdict("Министерство обороны сообщило, что войска отразили атаку и что обстановка на фронте остаётся сложной."))
                .isEqualTo("ru");
        // the model, for Latin script and for Cyrillic or Arabic script whose letters leave the language open
        assertThat(verdict(ENGLISH)).isNull();
        assertThat(verdict("Правителството съобщи в понеделник, че преговорите ще продължат следващата седмица")).isNull();
        assertThat(ScriptRules.decide(ScriptLetters.of("Правителството съобщи в понеделник, че преговорите ще продължат")).candidates())
                .contains("bg", "ru", "uk", "sr").doesNotContain("en", "ar");
    }

    @Test
    void aFewArabicScriptLettersLeaveItToTheModel() {
        // a headline: too few letters for the letters to speak for the language
        assertThat(verdict("اشتباكات عنيفة في قرة باغ")).isNull();
        assertThat(detector.detect("اشتباكات عنيفة في قرة باغ")).isEqualTo("ar");
    }

    @Test
    void cyrillicLanguagesByTheirOwnLetters() {
        assertThat(detector.detect("Війська відійшли від Покровська, а ґрунтові дороги розмило дощами, повідомили в штабі.")).isEqualTo("uk");
        assertThat(detector.detect("Беларускі ўрад паведаміў, што ўвёў новыя правілы для перавозчыкаў на мяжы.")).isEqualTo("be");
        assertThat(detector.detect("Министарство одбране је саопштило да ће ђаци и њихови родитељи моћи да посете касарну.")).isEqualTo("sr");
        assertThat(detector.detect("Владата соопшти дека ќе се одржат нови преговори и дека ѕидот ќе се обнови.")).isEqualTo("mk");
        // a Russian report quoting one Ukrainian place name stays Russian
        assertThat(detector.detect("Российские войска продолжают наступление, сообщили в штабе; в городе Київ объявили тревогу, "
                + "обстрелы продолжаются, жители остаются в убежищах, эвакуация идёт медленно.")).isEqualTo("ru");
    }

    @Test
    void hebrewArabicPersianAndChineseAreNeverConfusedWithTheirNeighbours() {
        assertThat(detector.detect("ראש הממשלה אמר כי צה\"ל ימשיך לפעול ברצועת עזה עד להשבת החטופים")).isEqualTo("he");
        assertThat(detector.detect("פֿון דער רעגירונג איז געקומען אַ נײַע ידיעה וועגן די שמועסן")).isEqualTo("yi");
        assertThat(detector.detect("據報導，雙方代表在日內瓦舉行了第三輪會談，討論停火細節。")).isEqualTo("zh");
        assertThat(detector.detect("ニュース速報：ジュネーブで第三回の協議が行われ、停戦の詳細が話し合われた。")).isEqualTo("ja");
    }

    @Test
    void pashtoIsNotPersian() {
        assertThat(detector.detect("د افغانستان د کورنیو چارو وزارت ویلي چې په کابل کې امنیتي وضعیت ښه شوی او خلک په ارامۍ "
                + "سره خپلو کارونو ته ځي او ښوونځي بیا پرانیستل شوي دي.")).isEqualTo("ps");
    }

    @Test
    void theDevTextsKeepTheirLanguage() throws IOException {
        Optional<Path> topics = topicsDev();
        assumeTrue(topics.isPresent(), "shared/eval/topics-dev not found");
        for (String[] set : new String[][] {{"arabic-news", "ar"}, {"english-news", "en"}}) {
            try (Stream<Path> files = Files.list(topics.get().resolve(set[0]))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                    assertThat(detector.detect(Files.readString(f, StandardCharsets.UTF_8))).as(f.toString()).isEqualTo(set[1]);
                }
            }
        }
    }

    private static String verdict(String text) {
        return ScriptRules.decide(ScriptLetters.of(text)).language();
    }

    private static Optional<Path> topicsDev() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolveSibling("shared").resolve("eval/topics-dev");
            if (Files.isDirectory(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private static String firstWords(String text, int n) {
        String[] words = text.split(" ");
        return String.join(" ", List.of(words).subList(0, Math.min(n, words.length)));
    }
}
