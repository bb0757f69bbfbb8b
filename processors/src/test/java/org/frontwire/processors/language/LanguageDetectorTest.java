package org.frontwire.processors.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageDetectorTest {

    private final LanguageDetector detector = new LanguageDetector();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "ar | أعلنت وزارة الدفاع في بيان اليوم أن القوات تصدت لهجوم على المدينة التي تقع في شمال البلاد",
        "fa | وزارت خارجه ایران روز یکشنبه اعلام کرد که گفتگوها با طرف‌های اروپایی برای رسیدن به توافق ادامه دارد",
        "fa | طالبان گفتند که نیروهای آنها در ولایت هرات کنترول شهر را به دست گرفته‌اند و مردم از جنگ خسته شده اند",
        "ur | پاکستان کے وزیر اعظم نے کہا ہے کہ ملک میں امن و امان کی صورتحال بہتر ہو رہی ہے اور عوام کو ریلیف دیا جائے گا",
        "en | The government said on Monday that the talks would continue and that both sides had agreed to a ceasefire",
        "fr | Le gouvernement a annoncé lundi que les négociations se poursuivraient et que les deux parties avaient accepté une trêve",
        "ru | Министерство обороны сообщило, что войска отразили атаку и что ситуация на фронте остается сложной",
        "uk | Міністерство оборони повідомило, що війська відбили атаку і що ситуація на фронті залишається складною",
        "es | El gobierno dijo el lunes que las conversaciones continuarán y que las dos partes acordaron una tregua",
        "de | Die Regierung sagte am Montag, dass die Gespräche fortgesetzt werden und dass beide Seiten einer Waffenruhe zugestimmt haben",
        "tr | Hükümet pazartesi günü yaptığı açıklamada görüşmelerin devam edeceğini ve iki tarafın da ateşkes için anlaştığını söyledi",
        "he | הממשלה הודיעה ביום שני כי השיחות יימשכו",
        "hy | Կառավարությունը երկուշաբթի հայտարարեց",
        "zh | 政府星期一表示谈判将继续进行",
        "ja | 政府は月曜日に交渉を続けると発表した",
    })
    void detects(String expected, String text) {
        assertThat(detector.detect(text)).isEqualTo(expected);
    }

    @Test
    void persianWrittenWithArabicKafAndYehIsStillPersian() {
        assertThat(detector.detect("وزارت خارجه ايران اعلام كرد كه گفتگوها براي رسيدن به توافق ادامه دارد")).isEqualTo("fa");
    }

    @Test
    void arabicWithPersianLoanNamesStaysArabic() {
        assertThat(detector.detect("قال المتحدث باسم الحكومة إن الرئيس بزشكيان التقى في طهران وزير الخارجية")).isEqualTo("ar");
    }

    @Test
    void emptyOrLetterlessTextIsUndetermined() {
        assertThat(detector.detect(null)).isEqualTo("und");
        assertThat(detector.detect("   ")).isEqualTo("und");
        assertThat(detector.detect("2024-05-01 12:30")).isEqualTo("und");
    }
}
