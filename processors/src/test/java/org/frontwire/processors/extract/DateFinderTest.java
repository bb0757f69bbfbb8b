package org.frontwire.processors.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class DateFinderTest {

    private static String day(Instant i) {
        return i == null ? null : i.atZone(ZoneOffset.UTC).toLocalDate().toString();
    }

    @Test
    void readsArabicMonthNamesInBothForms() {
        assertThat(day(DateFinder.fromText("الأربعاء 14 سبتمبر 2022"))).isEqualTo("2022-09-14");
        assertThat(day(DateFinder.fromText("نشر في 3 تشرين الأول 2021"))).isEqualTo("2021-10-03");
        assertThat(day(DateFinder.fromText("الخميس 5 كانون الثاني 2023 - 10:30"))).isEqualTo("2023-01-05");
        assertThat(day(DateFinder.fromText("٢٠ أيار ٢٠٢٠"))).isEqualTo("2020-05-20");
    }

    @Test
    void readsEasternArabicAndPersianDigits() {
        assertThat(day(DateFinder.fromText("الأربعاء ١٤ سبتمبر ٢٠٢٢"))).isEqualTo("2022-09-14");
        assertThat(day(DateFinder.fromText("مشاهدة :45926 الجمعة ٢٦ / يناير / ٢٠٢٤"))).isEqualTo("2024-01-26");
        assertThat(day(DateFinder.fromText("۱۲ ژوئن ۲۰۲۱"))).isEqualTo("2021-06-12");
    }

    @Test
    void prefersTheGregorianDateBesideAHijriOne() {
        assertThat(day(DateFinder.fromText("السبت 11 شوال 1445 ﻫ - 20 أبريل 2024 |"))).isEqualTo("2024-04-20");
        assertThat(DateFinder.fromText("11 شوال 1445 هـ")).isNull();
    }

    @Test
    void readsOtherLanguages() {
        assertThat(day(DateFinder.fromText("Published March 3, 2019"))).isEqualTo("2019-03-03");
        assertThat(day(DateFinder.fromText("Publié le 5 septembre 2021 à 10h12"))).isEqualTo("2021-09-05");
        assertThat(day(DateFinder.fromText("12 апреля 2023"))).isEqualTo("2023-04-12");
        assertThat(day(DateFinder.fromText("segunda-feira, 22 de outubro de 2010"))).isEqualTo("2010-10-22");
        assertThat(day(DateFinder.fromText("2018-10-05 11:00"))).isEqualTo("2018-10-05");
    }

    @Test
    void readsMachineDatesAndUrls() {
        assertThat(DateFinder.parseMachineDate("2023-06-12T08:30:00+03:00")).isEqualTo(Instant.parse("2023-06-12T05:30:00Z"));
        assertThat(DateFinder.parseMachineDate("2019-11-19T13:00:00.000Z")).isEqualTo(Instant.parse("2019-11-19T13:00:00Z"));
        assertThat(day(DateFinder.parseMachineDate("2019-11-19 13:00:00"))).isEqualTo("2019-11-19");
        assertThat(day(DateFinder.parseMachineDate("Tue, 19 Nov 2019 13:00:00 GMT"))).isEqualTo("2019-11-19");
        assertThat(DateFinder.parseMachineDate("soon")).isNull();
        assertThat(day(DateFinder.fromUrl("https://x.example/2019/11/19/story.html"))).isEqualTo("2019-11-19");
        assertThat(day(DateFinder.fromUrl("https://x.example/news/story-20200102-abc"))).isEqualTo("2020-01-02");
        assertThat(DateFinder.fromUrl("https://x.example/news/12345678")).isNull();
    }

    @Test
    void noDateAfterTheFetch() {
        Instant fetched = Instant.parse("2024-01-01T00:00:00Z");
        assertThat(DateFinder.notAfter(Instant.parse("2024-02-01T00:00:00Z"), fetched)).isNull();
        assertThat(DateFinder.notAfter(Instant.parse("2023-02-01T00:00:00Z"), fetched)).isNotNull();
    }

    @Test
    void titleLosesTheSiteName() {
        assertThat(TitleFinder.stripSiteName("Bridge Reopens Early | The Coastal Herald", "The Coastal Herald", null))
                .isEqualTo("Bridge Reopens Early");
        assertThat(TitleFinder.stripSiteName("جريدة الوادي - افتتاح موسم الحصاد في السهل", "جريدة الوادي", null))
                .isEqualTo("افتتاح موسم الحصاد في السهل");
        assertThat(TitleFinder.stripSiteName("Bridge Reopens Early After Months of Work - Herald", null, "herald.example"))
                .isEqualTo("Bridge Reopens Early After Months of Work");
        assertThat(TitleFinder.stripSiteName("Biden: We will rebuild the bridge", null, null)).isEqualTo("Biden: We will rebuild the bridge");
        assertThat(TitleFinder.stripSiteName("我县部署冬季森林防火工作_本县要闻_青川县人民政府网", null, null))
                .as("Chinese sites: headline, section and site joined by underscores").isEqualTo("我县部署冬季森林防火工作");
        assertThat(TitleFinder.stripSiteName("snake_case names explained", null, null)).isEqualTo("snake_case names explained");
    }

    /** uCoz and DLE print the news item's date between the headline and the site's name; a date in a headline stays. */
    @Test
    void titleLosesADateBesideTheHeadline() {
        assertThat(TitleFinder.stripSiteName("Ярмарка ремёсел собрала мастеров из пяти районов - 22 Сентября 2012 - Старосельск: наш город", null, null))
                .isEqualTo("Ярмарка ремёсел собрала мастеров из пяти районов");
        assertThat(TitleFinder.stripSiteName("22.09.2012 - Ярмарка ремёсел собрала мастеров из пяти районов", null, null))
                .isEqualTo("Ярмарка ремёсел собрала мастеров из пяти районов");
        assertThat(TitleFinder.stripSiteName("Wybory 2018 - frekwencja w powiecie najwyższa od lat", null, null))
                .isEqualTo("Wybory 2018 - frekwencja w powiecie najwyższa od lat");
    }

    /** ISO date-times are read from their parts; java.time's parsers are the oracle, invalid values included. */
    @Test
    void isoDateTimesReadAsJavaTimeReadsThem() {
        String[][] cases = {
            {"2024-03-05T07:08", "2024-03-05T07:08:00"},
            {"2024-03-05 07:08:09", "2024-03-05T07:08:09"},
            {"2024-03-05T07:08:09.5Z", "2024-03-05T07:08:09.5Z"},
            {"2024-03-05T07:08:09.123456789+05:30", "2024-03-05T07:08:09.123456789+05:30"},
            {"2024-03-05T07:08:09+0530", "2024-03-05T07:08:09+05:30"},
            {"2024-03-05T07:08:09-03", "2024-03-05T07:08:09-03:00"},
            {"2024-03-05T23:59:59 +01:00", "2024-03-05T23:59:59+01:00"},
            {"2024-02-30T10:00:00Z", "2024-02-30T10:00:00Z"},
            {"2024-13-01T10:00:00Z", "2024-13-01T10:00:00Z"},
            {"2024-03-05T24:00:00Z", "2024-03-05T24:00:00Z"},
            {"2024-03-05T10:60:00Z", "2024-03-05T10:60:00Z"},
            {"2024-03-05T10:00:60", "2024-03-05T10:00:60"},
            {"2024-03-05T10:00:00+19:00", "2024-03-05T10:00:00+19:00"},
        };
        for (String[] c : cases) {
            assertThat(DateFinder.parseMachineDate(c[0])).as(c[0]).isEqualTo(javaTime(c[1]));
        }
        assertThat(DateFinder.parseMachineDate("2024-03-05T07:08:09.123+05:30")).isEqualTo(Instant.parse("2024-03-05T01:38:09.123Z"));
        assertThat(javaTime("2024-02-30T10:00:00Z")).isNull();
    }

    private static Instant javaTime(String isoText) {
        try {
            return isoText.matches(".*(Z|[+-]\\d\\d:\\d\\d)$")
                    ? OffsetDateTime.parse(isoText).toInstant()
                    : LocalDateTime.parse(isoText).toInstant(ZoneOffset.UTC);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
