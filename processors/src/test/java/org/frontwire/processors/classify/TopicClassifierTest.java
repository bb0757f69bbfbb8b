package org.frontwire.processors.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.frontwire.records.TopicScore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rules of the classifier on fixture texts written for these tests. */
class TopicClassifierTest {

    private static final TopicClassifier CLASSIFIER = TopicClassifier.loadDefault();

    private static final String KARABAKH_BODY = """
            أعلنت وزارة الدفاع الأذربيجانية أن قواتها تعرضت لقصف مدفعي على خط التماس في إقليم قره باغ،
            فيما قالت يريفان إن الجيش الأذربيجاني شن هجوماً على مواقع أرمنية قرب ستيباناكيرت.
            وأسفرت الاشتباكات عن سقوط قتلى وجرحى من الجانبين، ودعت موسكو إلى وقف إطلاق النار.
            """;

    @Test
    void arabicConflictReportIsItsTopicWithEvidence() {
        Classification c = CLASSIFIER.classify("اشتباكات عنيفة في قرة باغ", null, KARABAKH_BODY);
        assertThat(c.primary()).isEqualTo("armenia-azerbaijan");
        assertThat(c.evidence().get("armenia-azerbaijan")).contains("قره باغ", "ستيباناكيرت");
        assertThat(c.topics().get(0).id()).isEqualTo("armenia-azerbaijan");
    }

    @Test
    void karabakhSpellingsOfRealOutletsAllCount() {
        for (String name : new String[] {"كاراباخ", "كراباخ", "قره باغ", "قره باج", "قرة باغ", "ناغورنو كاراباخ", "ناجورنو قرة باغ", "ناغورني قره باغ", "آرتساخ"}) {
            String body = "تجددت الاشتباكات المسلحة في " + name + " وسقط قتلى من الجنود بعد قصف مدفعي.";
            assertThat(CLASSIFIER.classify(null, null, body).primary()).as(name).isEqualTo("armenia-azerbaijan");
        }
    }

    @Test
    void footballBetweenArmeniaAndAzerbaijanIsNone() {
        String body = """
                يلتقي منتخب أرمينيا نظيره منتخب أذربيجان مساء السبت في باكو ضمن التصفيات المؤهلة لكأس أوروبا،
                ويأمل المدرب أن يستعيد لاعبوه توازنهم بعد الخسارة في المباراة الماضية أمام صربيا في الدوري.
                """;
        assertThat(CLASSIFIER.classify("أرمينيا تواجه أذربيجان في التصفيات", null, body).primary()).isEqualTo("none");
    }

    @Test
    void formulaOneInBakuIsNone() {
        String body = """
                Max Verstappen won the Azerbaijan Grand Prix in Baku on Sunday, his third win of the season.
                The Formula One circus moves on to Singapore, where qualifying starts on Saturday. Fans filled the
                grandstands along the Caspian waterfront as the Red Bull driver extended his championship lead.
                """;
        assertThat(CLASSIFIER.classify("Verstappen wins in Baku", null, body).primary()).isEqualTo("none");
    }

    @Test
    void businessStoryAboutRussiaIsNone() {
        String body = """
                Russian oil exports rose in March as refineries cut runs for maintenance, traders said. Moscow's
                revenue from crude sales climbed to a four-month high, and the rouble firmed against the dollar as
                investors bet on higher energy prices. The central bank is expected to hold interest rates.
                """;
        assertThat(CLASSIFIER.classify("Russia's oil revenue climbs", null, body).primary()).isEqualTo("none");
    }

    @Test
    void countryNamesWithConflictVocabularyAreStrong() {
        String body = """
                Armenian and Azerbaijani troops exchanged artillery fire along the border overnight, the defence
                ministry in Yerevan said, reporting two soldiers killed. Baku accused Armenia of shelling its
                positions and said its forces had returned fire. Russian peacekeepers called for a ceasefire.
                """;
        assertThat(CLASSIFIER.classify("Border clashes between Armenia and Azerbaijan", null, body).primary())
                .isEqualTo("armenia-azerbaijan");
    }

    @Test
    void titleAndLeadOutweighAPassingMentionLaterOn() {
        String body = """
                شنت طائرات إسرائيلية غارات على بلدات في جنوب لبنان، وقال حزب الله إن مقاتليه استهدفوا موقعاً
                عسكرياً إسرائيلياً بالصواريخ. وأفادت مصادر بسقوط قتلى وجرحى في القصف على النبطية.
                وفي سياق آخر، قال مسؤول إن المفاوضات بشأن غزة ما زالت متعثرة.
                """;
        Classification c = CLASSIFIER.classify("غارات إسرائيلية على جنوب لبنان وحزب الله يرد بالصواريخ", null, body);
        assertThat(c.primary()).isEqualTo("israel-hezbollah");
    }

    @Test
    void titleAloneIsNotEnoughBodyEvidenceIsRequired() {
        String body = "أقيم في العاصمة معرض للكتاب بمشاركة مئات الناشرين من العالم العربي، واستمر أسبوعاً كاملاً.";
        assertThat(CLASSIFIER.classify("حرب في قره باغ", null, body).primary()).isEqualTo("none");
    }

    @Test
    void chromeLeftOutOfTheBodyCannotWin() {
        // the extractor removed a read-also teaser about Lebanon; only the article body is classified
        Classification c = CLASSIFIER.classify("روسيا تدعو إلى وقف القتال في قره باغ", null, KARABAKH_BODY);
        assertThat(c.primary()).isEqualTo("armenia-azerbaijan");
        assertThat(c.topics()).extracting(TopicScore::id).doesNotContain("israel-hezbollah");
    }

    @Test
    void articleAboutTwoConflictsListsBothBestFirst() {
        String body = """
                Israeli jets struck Hezbollah positions in southern Lebanon and the Dahiyeh suburb of Beirut on
                Monday, killing several fighters, the Lebanese health ministry said. Hezbollah fired rockets at the
                Galilee. In Gaza, Israeli air strikes on Khan Younis and Rafah killed dozens, and Hamas said talks
                on a ceasefire and the release of hostages had stalled. Fighting continued across the Gaza Strip.
                """;
        Classification c = CLASSIFIER.classify("Israel strikes Hezbollah in Lebanon", null, body);
        assertThat(c.primary()).isEqualTo("israel-hezbollah");
        assertThat(c.topics()).extracting(TopicScore::id).contains("israel-hezbollah", "israel-palestine");
        assertThat(c.topics()).isSortedAccordingTo((a, b) -> Double.compare(b.score(), a.score()));
        assertThat(c.evidence()).containsKeys("israel-hezbollah", "israel-palestine");
    }

    @Test
    void placesAndPartiesWithoutTheWarNearThemAreNone() {
        String body = """
                Lebanon's parliament met on Thursday to debate the budget. Hezbollah's bloc and its allies voted
                for the draft, which raises salaries for public employees in Beirut and the regions, while other
                lawmakers asked for reforms demanded by the International Monetary Fund before any new spending.
                """;
        assertThat(CLASSIFIER.classify("Lebanon's parliament passes budget", null, body).primary()).isEqualTo("none");
    }

    @Test
    void theSameNamesBesideFightingAreTheWarAndSayWhy() {
        String body = """
                Israeli jets struck Hezbollah positions in southern Lebanon on Thursday, and the group fired rockets
                at the Galilee. Several fighters were killed in the strikes near Nabatieh, Lebanese officials said.
                """;
        Classification c = CLASSIFIER.classify("Israel strikes Hezbollah in south Lebanon", null, body);
        assertThat(c.primary()).isEqualTo("israel-hezbollah");
        assertThat(c.anchors().get("israel-hezbollah")).contains("rocket", "killed");
    }

    @Test
    void anElectionInAConflictCountryIsNotItsWar() {
        String body = """
                أعلنت المفوضية العليا للانتخابات في العراق النتائج الأولية للانتخابات البرلمانية، وتصدر ائتلاف رئيس
                الوزراء النتائج في بغداد، وحلت قوائم مقربة من الحشد الشعبي ثانية، فيما ينتظر المرشحون مصادقة المحكمة
                الاتحادية قبل بدء مفاوضات تشكيل الحكومة في البرلمان.
                """;
        assertThat(CLASSIFIER.classify("نتائج الانتخابات البرلمانية في العراق", null, body).primary()).isEqualTo("none");
    }

    @Test
    void aCabinetVoteOnTheWarIsStillTheWar() {
        String body = """
                صادقت الحكومة الإسرائيلية على اتفاق وقف إطلاق النار وتبادل الأسرى مع حركة حماس في قطاع غزة بعد جلسة
                مطولة، وينص الاتفاق على وقف القتال وانسحاب الجيش من المناطق المأهولة، فيما هدد وزير بالانسحاب من الائتلاف.
                """;
        assertThat(CLASSIFIER.classify("الحكومة الإسرائيلية تصادق على اتفاق وقف إطلاق النار", null, body).primary())
                .isEqualTo("israel-palestine");
    }

    @Test
    void anExplicitStatementOfTheConflictIsEnough() {
        String body = """
                The minister said the conflict between Israel and the Palestinians could only be settled by a
                two-state solution, and that her government was ready to recognise a Palestinian state.
                """;
        Classification c = CLASSIFIER.classify("Minister backs two states", null, body);
        assertThat(c.primary()).isEqualTo("israel-palestine");
        assertThat(c.anchors().get("israel-palestine")).contains("two-state solution", "conflict between");
        assertThat(CLASSIFIER.classify("Le ministre et les deux États", null,
                "Le ministre a estimé que le conflit entre Israël et les Palestiniens ne serait réglé que par la "
                        + "solution à deux États.").primary()).isEqualTo("israel-palestine");
    }

    @Test
    void aidForTheWarZoneIsTheWar() {
        String body = """
                Aid agencies said a ship carrying wheat and medicine had docked in Port Sudan, and that convoys
                would take the food to families displaced from El Fasher, where famine is spreading.
                """;
        assertThat(CLASSIFIER.classify("Aid ship reaches Port Sudan", null, body).primary()).isEqualTo("sudan");
    }

    @Test
    void theActorsNationalityIsNotTheConflictWhereItIsFought() {
        String body = """
                اندلعت اشتباكات بين الجيش السوري ومقاتلين من قوات سوريا الديمقراطية قرب منبج في ريف حلب، أسفرت عن مقتل
                ثلاثة جنود. وقال وزير الخارجية التركي إن أنقرة تدعم الحكومة السورية، وأكد أردوغان أن تركيا لن تقبل
                كيانا مسلحا على حدودها.
                """;
        Classification c = CLASSIFIER.classify("اشتباكات قرب منبج ووزير تركي في دمشق", null, body);
        assertThat(c.primary()).isEqualTo("syria");
    }

    @Test
    void sportsPageAboutAlHilalIsNone() {
        String body = """
                حقق فريق الهلال فوزاً ثميناً على النصر في الدوري، وسجل المهاجم هدفين في الشوط الثاني، وأشاد المدرب
                بروح اللاعبين وحماس الجماهير التي ملأت الملعب. ويستعد الفريق لمواجهة الشباب في كأس الملك.
                """;
        assertThat(CLASSIFIER.classify("الهلال يهزم النصر ويبتعد بالصدارة", null, body).primary()).isEqualTo("none");
    }

    @Test
    void frenchRussianAndPersianReports() {
        assertThat(CLASSIFIER.classify("Combats au Haut-Karabakh", null,
                "Des affrontements entre soldats arméniens et azerbaïdjanais ont fait plusieurs morts au Karabakh, "
                        + "malgré le cessez-le-feu. Les bombardements ont repris dans la nuit.").primary())
                .isEqualTo("armenia-azerbaijan");
        assertThat(CLASSIFIER.classify("Обстрел Харькова", null,
                "Российские войска нанесли ракетный удар по Харькову, погибли трое мирных жителей, сообщили власти "
                        + "Украины. Обстрелы продолжаются в Донецкой области.").primary())
                .isEqualTo("russia-ukraine");
        assertThat(CLASSIFIER.classify("حمله هوایی به غزه", null,
                "ارتش اسرائیل بامداد امروز با حملات هوایی مناطقی در نوار غزه را بمباران کرد و ده‌ها نفر کشته و زخمی شدند. "
                        + "حماس اعلام کرد که مذاکرات آتش بس ادامه دارد.").primary())
                .isEqualTo("israel-palestine");
    }

    @Test
    void smallerConflictsInFrenchRussianAndPersian() {
        assertThat(CLASSIFIER.classify("Le M23 progresse au Nord-Kivu", null,
                "Les rebelles ont pris le contrôle de deux localités près de Goma après de violents combats avec "
                        + "l'armée congolaise, selon des sources locales. Des milliers de déplacés fuient vers le sud.").primary())
                .isEqualTo("drc-m23");
        assertThat(CLASSIFIER.classify("Нападение боевиков в Мали", null,
                "Боевики группы поддержки ислама и мусульман атаковали военный лагерь под Тимбукту, погибли "
                        + "несколько солдат. Ответственность взяла на себя группировка, действующая в Сахеле.").primary())
                .isEqualTo("sahel");
        assertThat(CLASSIFIER.classify("درگیری در الفاشر", null,
                "نیروهای واکنش سریع بار دیگر به شهر الفاشر در دارفور حمله کردند و ده‌ها غیرنظامی کشته شدند. "
                        + "ارتش سودان می‌گوید حمله را دفع کرده است.").primary())
                .isEqualTo("sudan");
        assertThat(CLASSIFIER.classify("Столкновения на границе", null,
                "Пограничники Киргизии и Таджикистана вновь открыли огонь в Баткенской области, сообщили власти. "
                        + "Стороны договорились о прекращении огня.").primary())
                .isEqualTo("kyrgyzstan-tajikistan");
    }

    @Test
    void everydayWordsThatLookLikeConflictNamesStayNone() {
        assertThat(CLASSIFIER.classify("Цены на газ выросли", null,
                "Поставки газа в Европу сократились, а цены на рынке выросли. Эксперты обсуждают запасы газа "
                        + "и новые контракты, сообщили в компании.").primary())
                .isEqualTo("none");
        assertThat(CLASSIFIER.classify("Выставка о Галилее", null,
                "В музее открылась выставка, посвящённая Галилею и истории телескопа. Посетители увидят "
                        + "старинные приборы и рукописи.").primary())
                .isEqualTo("none");
        assertThat(CLASSIFIER.classify("جشنواره فرهنگی اصفهان", null,
                "جشنواره صنایع دستی امسال در اصفهان برگزار شد و هنرمندان از شهرهای مختلف آثار خود را به نمایش "
                        + "گذاشتند. بازدیدکنندگان از میدان نقش جهان نیز دیدن کردند.").primary())
                .isEqualTo("none");
        assertThat(CLASSIFIER.classify("Le grand prix de Mexico", null,
                "Le pilote a remporté le grand prix au Mexique devant un public enthousiaste; la saison "
                        + "se poursuit la semaine prochaine au Brésil.").primary())
                .isEqualTo("none");
    }

    @Test
    void aUserEditedTaxonomyFileAddsATopicWithoutCode(@TempDir Path dir) throws IOException {
        Path taxonomy = dir.resolve("taxonomy.tsv");
        Files.writeString(taxonomy, String.join("\n",
                "# slug\tkind\tweight\tlang\tspellings",
                "western-sahara\tname\t4\tar\tالصحراء الغربية|البوليساريو",
                "western-sahara\tname\t4\ten\twestern sahara|polisario"), StandardCharsets.UTF_8);
        TopicClassifier custom = TopicClassifier.load(taxonomy);

        Classification c = custom.classify("Polisario attack", null,
                "Polisario fighters shelled Moroccan army positions in Western Sahara, the military said; no casualties.");

        assertThat(custom.taxonomy().topics()).containsExactly("western-sahara");
        assertThat(c.primary()).isEqualTo("western-sahara");
        assertThat(c.evidence().get("western-sahara")).contains("polisario", "western sahara");
    }

    @Test
    void aHeadlineLongerThanAnyHeadlineIsReadAsBody() {
        // feeds and aggregators that lose line breaks hand over the whole article as one line
        String oneLine = KARABAKH_BODY.replace('\n', ' ').repeat(2);
        assertThat(CLASSIFIER.classify(oneLine, null, "").primary()).isEqualTo("armenia-azerbaijan");
    }

    @Test
    void nullAndEmptyInputsAreNone() {
        assertThat(CLASSIFIER.classify(null, null, null)).isEqualTo(Classification.none());
        assertThat(CLASSIFIER.classify("", "", "")).isEqualTo(Classification.none());
    }
}
