package org.frontwire.ingest.fetch;

/** Arabic news paragraphs written for these tests, long enough for statistical charset detection. */
public final class ArabicText {
    public static final String HEALTH = "أعلنت وزارة الصحة في المدينة صباح اليوم أن فرق الإسعاف تمكنت من نقل عشرات الجرحى"
            + " إلى المستشفيات القريبة بعد ليلة طويلة من القصف. وقال مسؤول محلي إن السكان يحتاجون إلى الماء والغذاء والدواء،"
            + " وإن الطرق الرئيسية ما زالت مغلقة أمام قوافل المساعدات. وأضاف أن المفاوضات بين الأطراف مستمرة من أجل الوصول"
            + " إلى هدنة إنسانية تسمح بعودة العائلات النازحة إلى منازلها. ودعت منظمات الإغاثة المجتمع الدولي إلى التحرك"
            + " بسرعة لحماية المدنيين وضمان وصول المساعدات إلى جميع المناطق المتضررة.";

    public static final String PORT = "قالت مصادر في الميناء إن السفن التجارية عادت إلى العمل بعد توقف دام ثلاثة أيام"
            + " بسبب العاصفة. وأكد مدير الميناء أن الرافعات تعمل الآن بكامل طاقتها وأن الشحنات المتأخرة ستصل إلى الأسواق"
            + " خلال الأسبوع المقبل. من جهة أخرى، أعلن البرلمان عن جلسة طارئة لمناقشة أسعار الوقود والخبز، بينما خرج مئات"
            + " المتظاهرين إلى الساحة العامة للمطالبة بخفض الضرائب وتحسين الخدمات في الأحياء الفقيرة.";

    private ArabicText() {}

    /** A page with no charset declaration at all. */
    public static String undeclaredPage(String title, String text) {
        return "<!doctype html><html><head><title>" + title + "</title>"
                + "<script>var analytics = {site: 'news', section: 'world'};</script></head>"
                + "<body><article><h1>" + title + "</h1><p>" + text + "</p></article></body></html>";
    }
}
