package org.frontwire.processors.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One test per failure class seen on held-out multilingual news pages, each over pages of the multilingual dev
 * corpus in several languages: the extraction keeps every expected paragraph, in order, and nothing else that matters.
 */
class MultilingualFailureClassesTest {

    /** The output's lines are exactly the expected paragraphs, in order. */
    private static void extractsExactly(String name) throws IOException {
        assertThat(PageCorpus.lines(PageCorpus.MULTILINGUAL.extract(name).text())).as(name)
                .containsExactlyElementsOf(PageCorpus.MULTILINGUAL.expectedLines(name));
    }

    private static String text(String name) throws IOException {
        return PageCorpus.MULTILINGUAL.extract(name).text();
    }

    @Test
    void choosesTheArticleNotAnAuthorBoxASidebarTeaserListOrAConsentNotice() throws IOException {
        for (String name : List.of("ru-author-box", "uk-teasers", "fa-consent")) {
            extractsExactly(name);
        }
        assertThat(text("ru-author-box")).doesNotContain("Анна Петрова пишет");
        assertThat(text("uk-teasers")).doesNotContain("Підрядник пояснив");
        assertThat(text("fa-consent")).doesNotContain("کوکی");
    }

    @Test
    void choosesTheBreakSeparatedParagraphsOfATableLayoutNotALongerSidebarOfSummaries() throws IOException {
        for (String name : List.of("ar-br-paragraphs", "uk-br-paragraphs", "fa-informer-sidebar")) {
            extractsExactly(name);
        }
        assertThat(text("ar-br-paragraphs")).doesNotContain("ارتفاع أسعار الخضار", "أخبار ذات صلة");
        assertThat(text("uk-br-paragraphs")).doesNotContain("Ціни на молоко", "Читайте також");
        assertThat(text("fa-informer-sidebar")).as("the sidebar's items and the footer of the page around both")
                .doesNotContain("آغاز ثبت‌نام وام", "کلیه حقوق");
    }

    @Test
    void choosesTheArticleCellNotTheFeedCellBesideItInOneTableRow() throws IOException {
        for (String name : List.of("ru-td-feed-sibling", "zh-td-feed-sibling")) {
            extractsExactly(name);
        }
        assertThat(text("ru-td-feed-sibling")).doesNotContain("Лента новостей", "Тверской хоккейный клуб");
        assertThat(text("zh-td-feed-sibling")).as("headlines of 14 Han characters make a feed like 15 Latin letters")
                .doesNotContain("最新动态", "县医院新门诊大楼");
    }

    @Test
    void keepsAShortArticleNotTheLongerTalkbacksOrTheAuthorBoxAfterIt() throws IOException {
        for (String name : List.of("he-talkbacks", "en-talkbacks", "el-author-desc", "pl-comment-rivals")) {
            extractsExactly(name);
        }
        assertThat(text("he-talkbacks")).doesNotContain("תגובות", "סוף סוף");
        assertThat(text("en-talkbacks")).doesNotContain("Have your say", "Forty parking spaces gone");
        assertThat(text("el-author-desc")).doesNotContain("γεννήθηκε στη Νάξο");
        assertThat(text("pl-comment-rivals")).as("comments and a consent dialog are no rivals that widen the choice")
                .doesNotContain("Nareszcie", "Szanowny Użytkowniku", "Strona główna");
    }

    @Test
    void keepsTheWholeArticleSectionsHeaderLeadAndCollapsedRest() throws IOException {
        for (String name : List.of("he-sections", "fr-header-lead", "de-read-more", "ru-read-more")) {
            extractsExactly(name);
        }
        assertThat(text("fr-header-lead")).as("the article header's kicker and byline")
                .doesNotContain("Transports\n").doesNotContain("Par Claire Martin");
    }

    @Test
    void keepsGalleryAndStepCaptionsButNotTheCaptionOfALonePicture() throws IOException {
        extractsExactly("ru-gallery");
        extractsExactly("fr-steps");
        extractsExactly("fr-gallery-desc");
        extractsExactly("zh-gallery-desc");
        String lonePicture = "<html><body><article><h1>Title</h1><figure><img src='a.jpg'><figcaption>The mayor at the opening on "
                + "Monday.</figcaption></figure>" + "<p>The new library opened on Monday with a reading for children, and "
                + "the mayor thanked the volunteers.</p>".repeat(4) + "</article></body></html>";
        assertThat(extracted("https://city.example/a", lonePicture))
                .contains("The new library opened").doesNotContain("The mayor at the opening");
    }

    @Test
    void dropsSoftHyphensInsideWords() throws IOException {
        for (String name : List.of("de-soft-hyphen", "uk-soft-hyphen")) {
            extractsExactly(name);
            assertThat(text(name)).doesNotContain("\u00AD");
        }
        assertThat(text("de-soft-hyphen")).contains("Krankenhausfinanzierung", "Gesundheitsminister");
        assertThat(text("uk-soft-hyphen")).contains("метрополітен");
    }

    @Test
    void putsNoSpaceBetweenAdjacentInlineElementsOfChineseAndJapanese() throws IOException {
        extractsExactly("ja-inline");
        assertThat(text("zh-inline")).contains("中国外交部发言人汪文斌", "为地区和平稳定发挥").doesNotContain("中国 外交部", "地区 和平");
        assertThat(text("ja-inline")).contains("北陸新幹線の金沢").doesNotContain("北陸 新幹線");
        String latin = "<html><body><article>" + "<p><span>New</span>\n<span>York</span> and <b>Paris</b>\n<i>agreed</i> "
                + "on Monday to share the cost of the study, officials said.</p>".repeat(3) + "</article></body></html>";
        assertThat(extracted("https://city.example/a", latin))
                .as("a line break between Latin words is a space").contains("New York and Paris agreed");
    }

    @Test
    void keepsParagraphsInsideScriptLinks() throws IOException {
        for (String name : List.of("he-js-links", "fa-js-links")) {
            extractsExactly(name);
        }
    }

    @Test
    void keepsThePhotoStoryOfAGalleryBlockAndTheLeadOfAHeadlineBlockBeforeTheText() throws IOException {
        for (String name : List.of("ru-full-wordpress", "el-full-drupal", "fr-full-wordpress", "fa-full-broadcaster", "he-full-broadcaster")) {
            extractsExactly(name);
        }
        assertThat(text("ru-full-wordpress")).as("the gallery counter").doesNotContain("1 / 8");
    }

    @Test
    void readsTheClassesOfAppLayoutsCssModulesAndBemElements() throws IOException {
        for (String name : List.of("he-full-nextjs", "uk-full-nextjs", "zh-full-nextjs", "uk-full-liveblog", "de-full-liveblog")) {
            extractsExactly(name);
        }
        assertThat(text("uk-full-nextjs")).as("the kicker, a CSS-module class").doesNotStartWith("Економіка");
        assertThat(text("uk-full-liveblog")).as("a live post's time and author").doesNotContain("23:40", "Ольга Кравченко", "LIVE");
    }

    @Test
    void keepsTheCollapsedRestOfFullSizePages() throws IOException {
        for (String name : List.of("ru-full-bitrix", "uk-full-bitrix", "zh-full-collapsed")) {
            extractsExactly(name);
        }
        assertThat(text("ru-full-bitrix")).doesNotContain("Читать полностью", "Дмитрий Орлов пишет");
        assertThat(text("zh-full-collapsed")).contains("中国女排下一场比赛").doesNotContain("展开全文");
    }

    @Test
    void readsPagesHiddenUntilTheyLoad() throws IOException {
        for (String name : List.of("uk-no-text", "zh-no-text")) {
            extractsExactly(name);
        }
        assertThat(text("uk-no-text")).as("the consent dialog over the page").doesNotContain("cookie");
    }

    @Test
    void keepsTheHiddenRestOfAnArticleWhoseBoxIsNamedReadMoreButNotAVisibleReadMoreTeaserList() throws IOException {
        extractsExactly("es-read-more-class");
        assertThat(text("es-read-more-class")).doesNotContain("Más noticias", "El paro baja");
    }

    @Test
    void keepsAQuoteWrappedInAScriptLinkInsideAParagraphButNotScriptButtons() throws IOException {
        extractsExactly("it-script-link-quote");
        assertThat(text("it-script-link-quote")).doesNotContain("Stampa", "Condividi");
    }

    @Test
    void keepsTheArticlesGalleryFieldAfterTheTextButNotLinkedGalleriesOfOtherStories() throws IOException {
        extractsExactly("pl-gallery-field");
        assertThat(text("pl-gallery-field")).doesNotContain("Budowa mostu w obiektywie", "Zobacz także");
    }

    @Test
    void knowsCommentSectionsByTheirClassInTheSitesLanguage() {
        String[][] cases = {
            {"commentaires", "commentaire", "Le conseil municipal a voté lundi soir la rénovation de la piscine, fermée depuis deux ans, pour un coût de trois millions d'euros.",
                "Enfin une bonne nouvelle pour les familles du quartier, il était temps que la mairie se décide, vraiment, après tant d'années."},
            {"comentarios", "comentario", "El ayuntamiento aprobó el lunes la reforma de la piscina municipal, cerrada desde hace dos años, por tres millones de euros.",
                "Ya era hora de que el ayuntamiento hiciera algo por el barrio, aunque llega tarde, como siempre, y costará más de lo dicho."},
            {"kommentare", "kommentar", "Der Gemeinderat hat am Montag die Sanierung des Hallenbads beschlossen, das seit zwei Jahren geschlossen ist, für drei Millionen Euro.",
                "Endlich passiert etwas, aber drei Millionen sind viel Geld für ein Bad, das kaum jemand nutzt, finde ich, ehrlich gesagt."},
            {"nazarat", "nazar", "شورای شهر روز دوشنبه بازسازی استخر سرپوشیده را که دو سال است بسته مانده با هزینه سه میلیارد تومان تصویب کرد.",
                "بالاخره یک خبر خوب برای خانواده‌های محله، ولی این پول برای استخری که کسی از آن استفاده نمی‌کند زیاد است، به نظر من."},
            {"opinie", "opinia", "Rada miasta zatwierdziła w poniedziałek remont krytej pływalni, zamkniętej od dwóch lat, za trzy miliony złotych.",
                "Wreszcie coś się dzieje, ale trzy miliony to dużo pieniędzy za basen, z którego mało kto korzysta, moim zdaniem, szczerze mówiąc."},
            {"yorumlar", "yorum", "Belediye meclisi pazartesi günü iki yıldır kapalı olan kapalı yüzme havuzunun üç milyon liraya yenilenmesini onayladı.",
                "Sonunda mahalle için güzel bir haber, ama bu kadar para az kullanılan bir havuz için bence çok fazla, açıkçası."},
        };
        for (String[] c : cases) {
            String comments = ("<div class='" + c[1] + "'><div class='" + c[1] + "-texte'>" + c[3] + "</div></div>").repeat(8);
            String page = "<html><body><div class='colonne'><article class='article'><h1>Piscine</h1><div class='article-body'>"
                    + ("<p>" + c[2] + "</p>").repeat(3) + "</div></article><section class='" + c[0] + "'>" + comments
                    + "</section></div></body></html>";
            String text = extracted("https://ville.example/a/1", page);
            assertThat(text).as(c[0]).contains(c[2]).doesNotContain(c[3]);
        }
    }

    @Test
    void keepsALeadWrittenAsADivInTheArticlesHeader() {
        String[][] cases = {
            {"עשרות תושבים מחו אמש מול בניין העירייה נגד התוכנית להקים תחנת דלק ליד בית הספר היסודי. העירייה טוענת כי ההיתרים התקבלו כדין.",
                "ההפגנה נמשכה כשעתיים, והמפגינים קראו לראש העירייה לבטל את ההיתר שניתן לפני שנה בוועדה המקומית."},
            {"Une quarantaine d'habitants ont manifesté hier devant la mairie contre le projet de station-service près de l'école primaire.",
                "La manifestation a duré deux heures et les habitants ont demandé au maire d'annuler le permis accordé l'an dernier."},
        };
        for (String[] c : cases) {
            String page = "<html><body><article><header class='entry-header'><h1>Title</h1><div class='entry-summary'>" + c[0]
                    + "</div><div class='entry-meta'>Author | 17.01.2024</div></header><div class='entry-content'>"
                    + ("<p>" + c[1] + "</p>").repeat(4) + "</div></article></body></html>";
            List<String> lines = PageCorpus.lines(extracted("https://city.example/a/1", page));
            assertThat(lines).first().isEqualTo(c[0]);
            assertThat(lines).doesNotContain("Author | 17.01.2024");
        }
    }

    @Test
    void dropsTheKickerAndALongBylineAtTheTopOfTheText() {
        String paragraph = "<p>انطلقت في مدينة الريحانة جولة جديدة من المفاوضات غير المباشرة بين الحكومة وفصائل تحالف الوادي، بهدف تثبيت "
                + "وقف إطلاق النار وفتح الطرق أمام قوافل الإغاثة.</p>";
        String page = "<html><body><div class='article'><div>سياسة</div><div>كتب: سامر الحلبي نشر في: 11 يونيو 2024 - 14:30 آخر تحديث: 18:05</div>"
                + paragraph.repeat(4) + "</div></body></html>";
        List<String> lines = PageCorpus.lines(extracted("https://wadi.example/a/1", page));
        assertThat(lines).hasSize(4).allMatch(l -> l.startsWith("انطلقت"));
    }

    @Test
    void keepsTheHeadersLeadWhenTheJsonLdHeadlineCarriesAKicker() {
        String lead = "Nach tagelangem Regen ist am Samstagvormittag bei Kleinrode ein Deich an der Wendel gebrochen. Rund 1.800 Menschen "
                + "mussten ihre Häuser verlassen.";
        String paragraph = "<p class='text small'>Der Deich gab gegen 10.30 Uhr auf einer Länge von etwa 25 Metern nach, und Wasser strömte in "
                + "die Niederung zwischen Kleinrode, Wiesenhof, Altenmoor und den Höfen am Mühlenweg, sagte ein Sprecher des Krisenstabs.</p>";
        String page = "<html><head><script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"headline\":\"Hochwasser an der Wendel: "
                + "Deich bei Kleinrode gebrochen – Evakuierung ausgeweitet\"}</script></head><body><main><article class='article'>"
                + "<header class='article__header'><p class='topline'>Hochwasser</p><h1>Deich bei Kleinrode gebrochen – Evakuierung ausgeweitet</h1>"
                + "<p class='text small article__intro'>" + lead + "</p></header><div class='article__content'><div class='player'>"
                + "<span class='player__title'>Bilder aus dem Hubschrauber</span></div>" + paragraph.repeat(10)
                + "<div class='links'>" + "<a href='/a/1'>Mehr zum Thema Hochwasser an der Wendel und im Wendelland</a> ".repeat(6)
                + "</div></div></article></main></body></html>";
        List<String> lines = PageCorpus.lines(extracted("https://rfn.example/a/1", page));
        assertThat(lines).first().isEqualTo(lead);
    }

    @Test
    void keepsTheLeadRowOfAnOldTableLayoutAboveTheTextCell() {
        String[][] cases = {
            {"Od poniedziałku 16 lipca skrzyżowanie ulic Kościuszki, Młyńskiej i Polnej zostanie zamknięte dla ruchu. W miejscu świateł powstanie rondo.",
                "Umowę z wykonawcą burmistrz podpisał pod koniec czerwca, a budowa ronda będzie kosztować ponad dwa miliony złotych."},
            {"С понедельника перекрёсток улиц Ленина и Садовой будет закрыт для движения. На месте светофора построят круговую развязку.",
                "Договор с подрядчиком мэрия подписала в конце июня, строительство развязки обойдётся городу в сорок миллионов рублей."},
        };
        for (String[] c : cases) {
            String page = "<html><head><title>Rondo na Kościuszki</title></head><body><table><tr><td class='menu'><a href='/'>Start</a></td><td class='srodek'><table>"
                    + "<tr><td class='tytul_art'><h1>Rondo na Kościuszki</h1></td></tr><tr><td class='data_art'>12.07.2012, 14:20</td></tr>"
                    + "<tr><td class='lead_art'>" + c[0] + "</td></tr><tr><td><img src='/foto/1.jpg'></td></tr>"
                    + "<tr><td class='tresc'>" + (c[1] + "<br><br>").repeat(5) + "</td></tr></table></td></tr></table></body></html>";
            List<String> lines = PageCorpus.lines(extracted("https://echo.example/art/1", page));
            assertThat(lines).first().isEqualTo(c[0]);
        }
    }

    @Test
    void dropsTheCallsToActionClosingTheText() {
        String[][] cases = {
            {"The council fined the homeowner four hundred pounds after the bins were left on the pavement for a fortnight.",
                "Got a story?", "Email us at tips@blaze.example or call us. We pay for stories and videos."},
            {"Magistrates fined the landlord two thousand pounds for letting a flat with no working smoke alarms to a family of five.",
                "Got a story?", "Contact the newsdesk on 01632 960 418 or email news@gazette.example.",
                "This newspaper is a member of the Independent Press Standards Organisation (IPSO). Find out how to make a complaint."},
            {"The school board voted 5-2 on Monday to close the Maple Street elementary school at the end of the year.",
                "Contact reporter Dana Whitcomb at dwhitcomb@sentinel.example or 641-555-0142."},
            {"Traders on Main Street said the new parking plan would cost them a fifth of their weekday customers.",
                "Additional reporting by Ciarán Hynes", "Have a story for the newsroom? Email news@radio.example or WhatsApp us.",
                "Get the Lakeshore Radio app - listen live, catch up on podcasts and get local news alerts on your phone."},
            {"Mahkeme, eski başkan yardımcısına altı yıl üç ay hapis cezası verdi ve dört sanığın beraatine karar verdi.",
                "Günaydın Haber'i Google News üzerinden takip edin, son dakika gelişmelerinden haberdar olun."},
            {"Der Kreistag hat am Dienstag beschlossen, drei Buslinien im Osten des Kreises ab August einzustellen, weil sie zu teuer seien.",
                "Über dieses Thema berichtete RFN Aktuell am 12. März 2024 um 19:30 Uhr."},
        };
        for (String[] c : cases) {
            StringBuilder page = new StringBuilder("<html><body><div class='article'>" + ("<p>" + c[0] + "</p>").repeat(4));
            for (int i = 1; i < c.length; i++) {
                page.append("<p>").append(c[i]).append("</p>");
            }
            List<String> lines = PageCorpus.lines(new ArticleExtractor().extract(
                    Page.of("https://news.example/a/1", "text/html", page + "</div></body></html>"), null).text());
            assertThat(lines).containsOnly(c[0]);
        }
    }

    @Test
    void keepsALeadWrittenAsAnH2OrAStandfirstDivAfterTheHeadline() {
        String[][] cases = {
            {"Zastupitelé Lhotic nad Sázavkou po čtyřhodinové debatě vyhlásili místní referendum o stavbě severního obchvatu za 1,4 miliardy korun.",
                "Pro vyhlášení referenda hlasovalo v úterý čtrnáct z pětadvaceti zastupitelů, návrh předložila opoziční uskupení města.", "div class='perex'", "div"},
            {"Karadere Belediyesi'nin park ve yol ihalelerinde usulsüzlük yapıldığı iddiasıyla açılan davada karar çıktı ve eski başkan yardımcısına hapis cezası verildi.",
                "Mahkeme heyeti, ihale şartnamelerinin belirli firmalar lehine hazırlandığını tespit ettiğini açıkladı ve sanıkların savunmalarını yeterli bulmadı.",
                "h2 class='spot'", "h2"},
            {"בית המשפט המחוזי קיבל את עתירת התושבים והורה לעירייה להשיב את תעריפי הארנונה לרמתם הקודמת ולהחזיר לתושבים את הסכומים שגבתה ביתר בעירייה שוקלים ערעור לעליון",
                "השופטת קבעה בפסק הדין כי העירייה לא עמדה בדרישות החוק כאשר העלתה את התעריפים בלי לקבל את אישור משרד הפנים מראש.",
                "h2 class='subTitle'", "h2"},
        };
        for (String[] c : cases) {
            String page = "<html><body><main><article class='news-detail'><h1>Title of the story</h1><" + c[2] + ">" + c[0]
                    + "</" + c[3] + "><div class='info'><div class='author'>Selin Aydemir</div><div class='dates'>16.05.2024 14:27</div></div>"
                    + "<div class='share'><a href='#'>Facebook</a></div><div class='media'><img src='a.jpg'></div>"
                    + "<div class='news-content'>" + ("<p>" + c[1] + "</p>").repeat(4) + "</div><div class='tags'>"
                    + "<a href='/t/1'>Belediye ihaleleri ve yolsuzluk davaları</a> <a href='/t/2'>Ağır Ceza Mahkemesi kararları</a> ".repeat(4)
                    + "</div></article></main></body></html>";
            List<String> lines = PageCorpus.lines(extracted("https://haber.example/a/1", page));
            assertThat(lines).first().isEqualTo(c[0]);
        }
    }

    @Test
    void knowsARelatedGridOfTitleAndSummaryFieldsAsTeasers() {
        String[][] cases = {
            {"Το Συμβούλιο της Επικρατείας ακύρωσε την άδεια για το αιολικό πάρκο στο βουνό, δικαιώνοντας τους κατοίκους.",
                "Νέες αιτήσεις για αιολικά πάρκα σε τρία βουνά της περιοχής",
                "Τρεις νέες αιτήσεις για την εγκατάσταση συνολικά σαράντα δύο ανεμογεννητριών κατατέθηκαν στη Ρυθμιστική Αρχή Ενέργειας την περασμένη εβδομάδα, προκαλώντας νέες αντιδράσεις στα χωριά της ορεινής ζώνης."},
            {"Das Verwaltungsgericht hat die Genehmigung für den Windpark am Kahlenberg aufgehoben und den Anwohnern recht gegeben.",
                "Neue Anträge für Windparks auf drei weiteren Bergen",
                "Drei neue Anträge für insgesamt zweiundvierzig Windräder sind in der vergangenen Woche bei der Behörde eingegangen, und in den Dörfern am Kamm regt sich erneut Widerstand gegen die Pläne des Betreibers."},
        };
        for (String[] c : cases) {
            String row = "<div class='views-row'><div class='views-field views-field-title'><span class='field-content'><a href='/news/"
                    + "%d'>" + c[1] + "</a></span></div><div class='views-field views-field-body'><div class='field-content'>" + c[2]
                    + "</div></div></div>";
            StringBuilder grid = new StringBuilder();
            for (int i = 0; i < 4; i++) {
                grid.append(row.formatted(i));
            }
            String page = "<html><body><div class='layout-content'><article class='node'><h1>Title</h1><div class='node__content'>"
                    + "<div class='field--name-body'>" + ("<p>" + c[0] + "</p>").repeat(3) + "</div></div></article>"
                    + "<div class='block-views'><h2>Related</h2><div class='view-content'>" + grid + "</div></div></div></body></html>";
            String text = extracted("https://voreia.example/news/9", page);
            assertThat(text).contains(c[0]).doesNotContain(c[2]);
        }
    }

    @Test
    void keepsTheFiguresOfATableButNotADateOrASlideCounterAlone() {
        String paragraph = "<p>Избирательная комиссия области опубликовала окончательные итоги голосования по всем участкам, "
                + "явка оказалась выше, чем на прошлых выборах.</p>";
        String page = "<html><body><div class='article'><div class='date'>۱۴۰۲/۱۱/۱۰</div>" + paragraph.repeat(3)
                + "<div class='slides'><span>2/5</span></div>"
                + "<table><tr><td>Район</td><td>Явка, %</td></tr><tr><td>Заречный</td><td>61.4</td></tr>"
                + "<tr><td>Центральный</td><td>58.9</td></tr></table>" + paragraph + "</div></body></html>";
        List<String> lines = PageCorpus.lines(extracted("https://vybory.example/itogi/1", page));
        assertThat(lines).as("the cells of the table, one a line").containsSubsequence("Заречный", "61.4", "Центральный", "58.9")
                .doesNotContain("۱۴۰۲/۱۱/۱۰", "2/5");
    }

    @Test
    void keepsTheLeadSetBeforeTheArticlesBoxWhenItIsThePagesSummary() throws IOException {
        extractsExactly("cs-opener-lead");
        assertThat(text("cs-opener-lead")).doesNotContain("Petr Novák", "Sdílet");
    }

    @Test
    void keepsTheLeadBeforeTheArticlesBoxWhenTheSummaryIsItsStartCutShort() {
        String lead = "Die Stadtwerke Kassel erhöhen zum Januar die Preise für Fernwärme um elf Prozent, weil der Einkauf von Erdgas "
                + "teurer geworden ist und das neue Heizkraftwerk erst im Herbst ans Netz geht.";
        String page = "<html><head><meta name='description' content='" + lead.substring(0, 100) + "…'></head><body>"
                + "<h1>Fernwärme wird teurer</h1><div class='perex'><strong>" + lead + "</strong></div><div class='text'>"
                + "<p>Betroffen sind rund 28.000 Haushalte im Stadtgebiet, wie ein Sprecher der Stadtwerke am Montag sagte.</p>".repeat(6)
                + "</div></body></html>";
        assertThat(PageCorpus.lines(extracted("https://hna.example/kassel/1", page)))
                .first().isEqualTo(lead);
    }

    /**
     * An old table layout whose cells share a font class ("hei14"): the feed cell beside the article's, headlines in bold
     * links over summaries, is no part of the article split over cells, also in a local file, whose host nobody knows.
     */
    @Test
    void keepsTheArticleCellButNotAFeedCellOfTheSameFontClassInALocalFile() {
        String[][] cases = {
            {"科考船结束九十六天的远洋航行，今天上午返回港口，带回深海沉积物样品四百多份和大量观测数据，科研人员将在今年完成初步分析工作。",
                "北方草原首个风光储示范电站并网发电",
                "一座集风力发电、光伏发电和储能于一体的大型示范电站日前在北方草原并网发电，电站总装机容量二十五万千瓦，储能系统可在用电高峰释放电能。"},
            {"Научное судно вернулось в порт после девяноста шести дней плавания и доставило более четырёхсот проб донных отложений, которые учёные изучат до конца года.",
                "В степи запустили первую солнечно-ветровую электростанцию",
                "Электростанция мощностью двести пятьдесят мегаватт с накопителями энергии подключена к сети и будет отдавать запасённую энергию в часы пиковой нагрузки, сообщили в компании."},
        };
        for (String[] c : cases) {
            String item = "<b><a href='http://news.huaxia.example/tech/%d.htm'>" + c[1] + "</a></b><br>\n<span class='hui12'>" + c[2]
                    + "</span><br>\n";
            StringBuilder feed = new StringBuilder();
            for (int i = 0; i < 4; i++) {
                feed.append(item.formatted(i));
            }
            String page = "<html><body><table width='980'><tr><td width='660' valign='top'><table width='100%'><tr><td class='title'>"
                    + "<h1>Title</h1></td></tr><tr><td id='Content' class='hei14'>" + c[0] + "<br><br>" + c[0] + "<br><br>" + c[0]
                    + "</td></tr></table></td><td width='300' valign='top'><table width='100%'><tr><td class='lan14b'>News</td></tr>"
                    + "<tr><td class='hei14'>" + feed + "</td></tr></table></td></tr></table></body></html>";
            String text = extracted("file:///pages/story.html", page);
            assertThat(text).contains(c[0]).doesNotContain(c[2]);
        }
    }

    /** Cards of a thumbnail, a linked heading and a summary beside the article's box: teasers, not the article's rest. */
    @Test
    void knowsCardsOfALinkedHeadingOverASummaryAsTeasers() {
        String[][] cases = {
            {"今年以来，市里共改造老旧小区四十二个，惠及居民一万三千多户，新加装电梯一百二十部，居民出行难的问题得到明显缓解。",
                "古村落保护：既要留住房子，更要留住人",
                "近年来，不少地方投入大量资金修缮古村落，但一些村子修好后却成了空心村，原住民纷纷外迁，只剩下商铺和游客，专家指出保护的关键在于让村民留下来。"},
            {"Depuis janvier, la ville a rénové quarante-deux immeubles anciens et installé cent vingt ascenseurs, au bénéfice de treize mille ménages.",
                "Villages anciens : garder les maisons, et surtout les habitants",
                "Ces dernières années, de nombreuses communes ont investi dans la restauration de leurs villages anciens, mais certains se sont vidés de leurs habitants, ne laissant que des boutiques et des touristes."},
        };
        for (String[] c : cases) {
            String card = "<div class='hot_item'><a href='/n1/%d.html'><img src='/thumb%d.jpg'></a><h3><a href='/n1/%d.html'>" + c[1]
                    + "</a></h3><p>" + c[2] + "</p></div>";
            StringBuilder cards = new StringBuilder();
            for (int i = 0; i < 3; i++) {
                cards.append(card.formatted(i, i, i));
            }
            String page = "<html><body><div class='text_con_left'><h1>Title</h1><div class='box_con'>" + ("<p>" + c[0] + "</p>").repeat(3)
                    + "</div><div class='box_news'><h2><span>Hot</span></h2>" + cards + "</div></div></body></html>";
            String text = extracted("https://local.example/n1/9.html", page);
            assertThat(text).contains(c[0]).doesNotContain(c[2]);
        }
    }

    /**
     * A comment section named after the article ("article-comments-box", "post_comments") is chrome though it names the
     * article too, also under an article of several sections, whose rivals widen the choice to the column holding both.
     */
    @Test
    void knowsCommentSectionsNamedAfterTheArticle() {
        String[][] cases = {
            {"article-comments-box", "Die Genossenschaft hat das Stromnetz des Dorfes für 4,2 Millionen Euro vom Regionalversorger gekauft, nach zwei Jahren Verhandlungen.",
                "So sollte das überall laufen, die Netze gehören in Bürgerhand und nicht in die Bilanzen von Konzernen, die damit nur ihre Aktionäre bedienen."},
            {"post_comments", "The cooperative bought the village's power grid from the regional utility for 4.2 million euros, after two years of talks.",
                "This is how it should work everywhere, grids belong to the people and not on the balance sheets of companies serving their shareholders."},
        };
        for (String[] c : cases) {
            String section = "<div class='article-section'>" + ("<p>" + c[1] + "</p>").repeat(2) + "</div>";
            String comment = "<div class='article-comment'><div class='comment-author'>leser42</div><p>" + c[2] + "</p></div>";
            String page = "<html><body><div id='content-main'><div class='article-column'><h1>Title</h1>" + section.repeat(3)
                    + "<div class='" + c[0] + "'><h3>Forum</h3>" + comment.repeat(6) + "</div></div></div></body></html>";
            String text = extracted("https://dorf.example/wirtschaft/netz.html", page);
            assertThat(text).as(c[0]).contains(c[1]).doesNotContain(c[2]);
        }
    }

    /** Credits of the pictures or the video and tag lines, in the site's language, are no text; a paragraph about a video is. */
    @Test
    void dropsPictureCreditsAndTagLinesInTheSitesLanguage() {
        String[][] cases = {
            {"Мешканці району зібрали понад три тисячі підписів проти закриття лікарні та передали їх до обласної адміністрації.",
                "Фото: Юлія Петрук / Вісті Регіонів", "Мітки: лікарня, протест, область",
                "Відео: на записі видно, як мешканці району з плакатами стоять уздовж траси біля в'їзду до селища вже третю добу поспіль."},
            {"Mieszkańcy gminy zebrali ponad trzy tysiące podpisów przeciwko likwidacji przejazdu kolejowego i przekazali je wojewodzie.",
                "Tekst i zdjęcia: Referat Promocji UG Zawierzbie", "Tagi: przejazd, kolej, petycja",
                "Wideo: na nagraniu widać, jak mieszkańcy z transparentami stoją przy torach od rana, a pociągi zwalniają przed przejazdem."},
            {"شرکت آب و فاضلاب شهر از آغاز قطعی شبانه آب در دوازده منطقه از روز شنبه خبر داد و از مردم خواست آب ذخیره کنند.",
                "عکاس: مهدی رستمی", "برچسب‌ها: آب، قطعی، تابستان",
                "عکس: در این تصویر صف طولانی ساکنان محله برای گرفتن آب از تانکرهای شهرداری در ساعت‌های پایانی شب دیده می‌شود."},
        };
        for (String[] c : cases) {
            String page = "<html><body><article><h1>Title</h1><div class='entry-content'>" + ("<p>" + c[0] + "</p>").repeat(3)
                    + "<p>" + c[3] + "</p><p>" + c[1] + "</p><p>" + c[2] + "</p></div></article></body></html>";
            String text = extracted("https://region.example/news/1.html", page);
            assertThat(text).contains(c[0], c[3]).doesNotContain(c[1], c[2]);
        }
    }

    /** A date and views line or a CMS's "published by" lines at the top, and the "report an error" call at the end. */
    @Test
    void dropsPublishedAndViewsLinesAtTheTopAndTheErrorReportCallAtTheEnd() {
        String[][] cases = {
            {"Суспільство 4 жовтня 2018, 08:30 Переглядів: 5 612", "",
                "Мешканці району зібрали понад три тисячі підписів проти закриття лікарні та передали їх до обласної адміністрації.",
                "Якщо ви помітили помилку, виділіть її мишкою та натисніть Ctrl+Enter"},
            {"Opublikowano: czwartek, 08 listopada 2012 12:15", "Napisane przez Administrator",
                "Mieszkańcy gminy zebrali ponad trzy tysiące podpisów przeciwko likwidacji przejazdu kolejowego i przekazali je wojewodzie.",
                "Jeśli zauważyłeś błąd, zaznacz go myszką i naciśnij Ctrl+Enter"},
        };
        for (String[] c : cases) {
            String page = "<html><body><article><h1>Title</h1><div class='entry-content'><div>" + c[0] + "</div><div>" + c[1]
                    + "</div>" + ("<p>" + c[2] + "</p>").repeat(3) + "<p>" + c[3] + "</p></div></article></body></html>";
            String text = extracted("https://region.example/news/2.html", page);
            assertThat(text).contains(c[2]).doesNotContain(c[0], c[3]);
            if (!c[1].isEmpty()) {
                assertThat(text).doesNotContain(c[1]);
            }
        }
    }

    /**
     * A Chinese picture's caption ending with who took it ("记者 梁振宇 摄", "（受访者供图）"; traditional "攝"), an
     * "original title" line at the top and the reprint notice at the end are no text.
     */
    @Test
    void dropsCreditedChineseCaptionsTheOriginalTitleAndTheReprintNotice() {
        String[][] cases = {
            {"原标题：阶梯水价听证会昨举行 19名代表原则同意", "7月17日，江临市居民生活用水阶梯价格听证会现场。记者 梁振宇 摄",
                "江临市居民生活用水阶梯价格听证会昨天上午举行，二十五名听证代表中有十九名原则同意实施方案，同时对分档水量提出了修改意见。",
                "本文系本网独家稿件，未经授权，禁止转载。"},
            {"原標題：階梯水價聽證會昨舉行 19名代表原則同意", "7月17日，江臨市居民生活用水階梯價格聽證會現場。記者林柏宏攝",
                "江臨市居民生活用水階梯價格聽證會昨天上午舉行，二十五名聽證代表中有十九名原則同意實施方案，同時對分檔水量提出了修改意見。",
                "本文版權所有，未經授權，禁止轉載。"},
        };
        for (String[] c : cases) {
            String page = "<html><body><div class='main_content'><h1>Title</h1><p>" + c[0] + "</p><p align='center'><img src='/p.jpg'></p>"
                    + "<p align='center'>" + c[1] + "</p>" + ("<p>" + c[2] + "</p>").repeat(3) + "<p>" + c[3] + "</p></div></body></html>";
            String text = extracted("https://news.example.cn/a/1.html", page);
            assertThat(text).contains(c[2]).doesNotContain(c[0], c[1], c[3]);
        }
    }

    /**
     * An FAQ accordion's questions are linked headings over their answers, as a card's teasers are, but their links
     * toggle the answer on the page ("#faq-c1", data-toggle): no teasers, and no link lines either; the questions are
     * text, and the sections around them are the article's.
     */
    @Test
    void keepsAnFaqAccordionWhoseQuestionsLinkToTheirAnswers() {
        String[][] cases = {
            {"Die Abrechnung muss dem Mieter spätestens zwölf Monate nach dem Ende des Abrechnungszeitraums zugehen, sonst darf der Vermieter keine Nachzahlung mehr verlangen.",
                "Darf der Vermieter die Grundsteuer umlegen?",
                "Ja, die Grundsteuer gehört zu den Betriebskosten, wenn der Mietvertrag das vorsieht, und wird meist nach der Wohnfläche verteilt."},
            {"The statement must reach the tenant within twelve months of the end of the billing period, or the landlord can no longer ask for a top-up payment.",
                "Can the landlord pass on the property tax?",
                "Yes, property tax counts as a service charge when the lease says so, and it is usually shared out by floor area."},
        };
        for (String[] c : cases) {
            String panel = "<div class='panel'><div class='panel-heading'><h3 class='panel-title'><a data-toggle='collapse' href='#faq-c%d'>"
                    + c[1] + "</a></h3></div><div id='faq-c%d' class='panel-collapse collapse'><div class='panel-body'><p>" + c[2]
                    + "</p></div></div></div>";
            StringBuilder faq = new StringBuilder();
            for (int i = 1; i <= 4; i++) {
                faq.append(panel.formatted(i, i));
            }
            String page = "<html><body><main class='content-main'><h1>Title</h1>"
                    + ("<div class='csc-default'><h2>Section</h2><p>" + c[0] + "</p><p>" + c[0] + "</p></div>").repeat(3)
                    + "<div class='csc-default'><h2>FAQ</h2><div class='panel-group'>" + faq + "</div></div></main>"
                    + "<aside class='sidebar'><p>Newsletter</p></aside></body></html>";
            String text = extracted("https://mieterverein.example/ratgeber/1.html", page);
            assertThat(text).contains(c[0], c[1], c[2]);
        }
    }

    /** A review's affiliate disclosure, at the top or the end, is the site's notice, not the article's text. */
    @Test
    void dropsTheAffiliateDisclosure() {
        String[][] cases = {
            {"The Nova 7 has a seven-inch screen, physical page-turn buttons and a warm light that is easy on the eyes at night.",
                "HomeTech Monthly is supported by its audience. When you purchase through links on our site, we may earn an affiliate commission."},
            {"Der Nova 7 hat einen Sieben-Zoll-Bildschirm, Tasten zum Umblättern und ein warmes Licht, das abends die Augen schont.",
                "Wenn Sie über einen der Links in diesem Artikel einkaufen, erhalten wir eine Provision. Der Preis ändert sich für Sie nicht."},
        };
        for (String[] c : cases) {
            String page = "<html><body><article><h1>Title</h1><div class='article-body'><p><em>" + c[1] + "</em></p>"
                    + ("<p>" + c[0] + "</p>").repeat(4) + "</div></article></body></html>";
            String text = extracted("https://hometech.example/reviews/nova-7", page);
            assertThat(text).contains(c[0]).doesNotContain(c[1]);
        }
    }

    /**
     * A lead named a standfirst ("art-lead", NetEase's "ep-summary"), between the headline and the body with the byline
     * and a photo beside it, joins the body though it scores less than the body's sibling blocks must, and so does a
     * box around one ("news-summary-wrap" around the lead's picture and p.news-summary): pages of the blind corpora in
     * Polish, Chinese and Persian.
     */
    @Test
    void keepsAStandfirstSiblingBeforeTheBody() throws IOException {
        String polish = "pl-regional-daily-2016-art-lead-intertext-sections-results-table-number-cells-reklama-slots-zobacz-takze-teaser-summaries-video-title-zrodlo-signoff";
        assertThat(PageCorpus.BLIND9.extract(polish).text()).startsWith("Ani jeden z czterech kandydatów nie zdobył w niedzielę");
        String chinese = "zh-netease-2012-style-endtext-multipage-page1-ep-pages-pager-image-heavy-javascript-link-wrapped-paragraphs-source-signoff";
        assertThat(PageCorpus.BLIND10.extract(chinese).text()).startsWith("核心提示：滨阳县一位农民在自家地里翻土时");
        String persian = "fa-regional-news-site-rtl-2018-news-summary-lead-outside-main-body-h3-subheads-split-around-related-box-album-four-figcaptions-kept-photographer-credits-excluded-tags-long-comments-most-viewed-summaries";
        assertThat(PageCorpus.BLIND13.extract(persian).text()).as("a standfirst beside the lead picture, in a wrap of its own")
                .startsWith("شرکت آب و فاضلاب سپیدکوه از آغاز افت فشار");
    }

    /** A date alone just under the lead (the byline box's date after the standfirst) is no text. */
    @Test
    void dropsADateAloneUnderTheLead() {
        String[][] cases = {
            {"Traders say the council's parking plan for Main Street will cost them a fifth of their weekday customers.",
                "Tuesday, 14 February 2017 16:45",
                "The plan, published on Monday, removes forty spaces outside the shops and doubles the charge at the car park by the river."},
            {"商户们表示，市政府的主街停车方案将让他们失去五分之一的工作日顾客，希望市里重新考虑。",
                "2017-02-14 16:45",
                "周一公布的方案将取消商店门前的四十个车位，并把河边停车场的收费提高一倍，方案将于下月起实施。"},
        };
        for (String[] c : cases) {
            String page = "<html><body><div class='article'><h1>Title</h1><div class='body'><p class='standfirst'>" + c[0] + "</p>"
                    + "<div class='when'>" + c[1] + "</div>" + ("<p>" + c[2] + "</p>").repeat(4) + "</div></div></body></html>";
            String text = extracted("https://radio.example/news/1", page);
            assertThat(text).contains(c[0], c[2]).doesNotContain(c[1]);
        }
    }

    /**
     * A WeChat article's body is hidden until its script runs (visibility:hidden) and its paragraphs are sections, not
     * p elements; it ends with its credits after "END" and a QR-code call: a page of the fifteenth blind corpus, and an
     * English page built the same way.
     */
    @Test
    void keepsAHiddenBodyMadeOfSectionsAndDropsTheWeChatClosing() throws IOException {
        String wechat = "zh-wechat-article-2018-rich-media-content-nested-135-editor-sections-span-pieces-italic-intro-kept-number-plus-title-subheads-photo-sequence-four-triangle-captions-kept-follow-prompt-end-signoffs-qr-excluded";
        assertThat(PageCorpus.lines(PageCorpus.BLIND15.extract(wechat).text())).containsExactlyElementsOf(PageCorpus.BLIND15.expectedLines(wechat));

        String paragraph = "<section><span>The old bridge street reopened on Saturday after two years of repairs, </span>"
                + "<span>and the shops that closed in the nineties are slowly coming back.</span></section>";
        String page = "<html><body><div class='rich_media_content' id='js_content' style='visibility: hidden;'>"
                + paragraph.repeat(4) + "<section>END</section><section>Editor: Huang Shuting</section>"
                + "<section>图源：临汀市规划设计院</section><section>长按识别二维码关注我们</section></div></body></html>";
        String text = extracted("https://mp.weixin.qq.example/s/abc", page);
        assertThat(text).contains("The old bridge street reopened on Saturday")
                .doesNotContain("END", "图源", "二维码");
    }

    /**
     * The hidden rest behind "Читати далі" or "続きを読む" (display:none until the reader clicks) is article text even
     * when its paragraphs are text between line breaks, not p elements: pages of the nineteenth and twentieth blind
     * corpora, and a French page built the same way. A hidden menu of short links stays out.
     */
    @Test
    void keepsAHiddenRestWhoseParagraphsAreTextBetweenLineBreaks() throws IOException {
        String uk = "uk-city-portal-custom-php-2013-windows-1251-br-br-segments-hidden-full-text-display-none-behind-chytaty-dali-kept-table-cells-avtor-excluded-comments-summaries";
        assertThat(PageCorpus.lines(PageCorpus.BLIND19.extract(uk).text())).containsAll(PageCorpus.BLIND19.expectedLines(uk));
        String ja = "ja-personal-blog-hibiblog-platform-2010-euc-jp-article-body-inner-br-segments-inline-photo-tsuzuki-wo-yomu-more-div-display-none-kept-posted-by-footer-sbm-bar-comments-sidebar";
        assertThat(PageCorpus.lines(PageCorpus.BLIND20.extract(ja).text())).containsAll(PageCorpus.BLIND20.expectedLines(ja));

        String page = "<html><body><div class='texte'>Le conseil municipal a voté mardi soir la rénovation complète de la halle du marché, fermée depuis l'hiver.<br><br>"
                + "Les travaux commenceront au printemps et dureront environ dix mois, selon le calendrier présenté par l'adjoint aux finances.<br><br>"
                + "<a href='#' onclick='return voir();'>Lire la suite</a><div id='suite' style='display:none'>"
                + "Les commerçants seront installés pendant ce temps sur la place de l'Église, sous des barnums fournis par la ville.<br><br>"
                + "Le coût total est estimé à 1,2 million d'euros, dont la moitié sera prise en charge par la région et le département.<br><br>"
                + "Une réunion publique aura lieu le 14 novembre à la salle des fêtes pour présenter le projet aux habitants.</div></div>"
                + "<div class='menu' style='display:none'><a href='/a'>Accueil</a><br><a href='/b'>Agenda</a><br><a href='/c'>Contact</a></div>"
                + "</body></html>";
        String text = extracted("https://ville.example/actualites/halle", page);
        assertThat(text).contains("Le conseil municipal a voté", "place de l'Église", "réunion publique aura lieu")
                .doesNotContain("Lire la suite", "Agenda");
    }

    /**
     * Readers' feedback under its heading ("Відгуки читачів", "讀者留言") ends the article even when the chosen block
     * holds it; a slide counter between arrows ("‹ 1 / 4 ›"), a lone "廣告" and an author line marked "avtor" are no
     * article text: pages of the nineteenth and twentieth blind corpora, and pages of our own built the same way.
     */
    @Test
    void endsTheArticleAtReadersFeedbackAndDropsSlideCountersAndAdLabels() throws IOException {
        String uk = "uk-district-newspaper-site-2010-koi8-u-html4-static-pages-stattja-p-justify-paragraphs-h3-subheads-entities-single-photo-caption-excluded-chytaite-takozh-line-comments";
        List<String> ukLines = PageCorpus.lines(PageCorpus.BLIND19.extract(uk).text());
        assertThat(ukLines).containsAll(PageCorpus.BLIND19.expectedLines(uk)).doesNotContain("Оксана ПРИХОДЬКО", "Відгуки читачів");
        String zh = "zh-hk-daily-news-site-2015-photo-gallery-four-captions-kept-above-body-paragraph-div-br-br-segments-bold-subhead-segments-split-by-inread-ad-instant-news-summaries-fb-comments";
        assertThat(PageCorpus.lines(PageCorpus.BLIND20.extract(zh).text())).containsExactlyElementsOf(PageCorpus.BLIND20.expectedLines(zh));

        String paragraph = "<p>Міська рада виділила кошти на ремонт даху бібліотеки, який протікає вже третю зиму поспіль, і роботи почнуться в березні.</p>";
        String ukPage = "<html><body><table><tr><td><div class='material'>" + paragraph.repeat(4)
                + "<p class='avtor'><b>Олена ТКАЧУК</b></p></div>"
                + "<div class='rubr'>Відгуки читачів</div><p><b>Василь</b> (12.02.2011)<br>Нарешті! Ми з дітьми ходимо туди щотижня, і взимку в читальній залі стоять відра під стелею, бо вода капає просто на столи.</p>"
                + "</td></tr></table></body></html>";
        String ukText = extracted("https://misto.example/news/2011/02/12.html", ukPage);
        assertThat(ukText).contains("Міська рада виділила кошти").doesNotContain("Олена ТКАЧУК", "Відгуки читачів", "Нарешті");

        String zhParagraph = "<p>運輸署今日宣布，新巴士路線將於下月一日起投入服務，連接屯門市中心與機場，預計每日可接載約八千名乘客往返兩地。</p>";
        String zhPage = "<html><body><div class='article'><div class='gallery'><img src='/a.jpg'><span class='counter'>‹ 1 / 3 ›</span></div>"
                + zhParagraph.repeat(2) + "<div class='ad-slot'><span>廣告</span></div>" + zhParagraph.repeat(2)
                + "<h3>讀者留言</h3><p>終於有直達巴士了，以前要轉兩次車，早上經常遲到，希望班次可以密一點，特別是繁忙時間。</p></div></body></html>";
        String zhText = extracted("https://news.example.hk/article/123", zhPage);
        assertThat(zhText).contains("運輸署今日宣布").doesNotContain("1 / 3", "廣告", "讀者留言", "終於有直達巴士");
    }

    /**
     * A box named by a chrome compound after a word naming the article ("blog-author-box", "post-author-bio") is that
     * box, not the article; call-to-action boxes (HubSpot's "hs-cta-embed") and a ranking list under
     * "アクセスランキング" are chrome. Pages of the twentieth and twenty-first blind corpora, and an English page.
     */
    @Test
    void dropsAuthorBoxesNamedAfterTheArticleCallsToActionAndRankings() throws IOException {
        String de = "de-firmenblog-hubspot-2020-post-body-h2-sections-list-blockquote-inline-cta-boxes-excluded-long-author-bio-box-excluded-related-posts-subscribe-cookie-banner";
        assertThat(PageCorpus.lines(PageCorpus.BLIND21.extract(de).text())).containsExactlyElementsOf(PageCorpus.BLIND21.expectedLines(de));
        String ja = "ja-regional-broadcaster-news-2016-news-textbody-lead-and-news-textmore-kept-three-news-add-blocks-with-h3-subheads-video-player-noscript-excluded-kanren-news-access-ranking-summaries";
        assertThat(PageCorpus.lines(PageCorpus.BLIND20.extract(ja).text())).containsExactlyElementsOf(PageCorpus.BLIND20.expectedLines(ja));

        String paragraph = "<p>The harbour board approved a new ferry timetable on Tuesday, adding two late sailings on Fridays and Saturdays from June.</p>";
        String page = "<html><body><article class='post'><h1>Late ferries</h1><div class='post-content'>" + paragraph.repeat(3)
                + "<div class='call-to-action'><p>Download our free summer timetable as a PDF, with every sailing and fare in one place.</p></div>"
                + paragraph.repeat(2) + "</div><div class='post-author-bio'><h3>About the author</h3>"
                + "<p>Mara Quinn has covered the islands for the Gazette since 2009 and writes the weekly column on coastal life and its people.</p></div>"
                + "</article></body></html>";
        String text = extracted("https://gazette.example/news/ferries", page);
        assertThat(text).contains("harbour board approved").doesNotContain("Download our free", "Mara Quinn");
    }

    /**
     * A press release's closing sections (forward-looking statements, the media contact, more press releases) are no
     * part of its text: a page of the twenty-second blind corpus, and one of our own.
     */
    @Test
    void endsAPressReleaseAtItsClosingSections() throws IOException {
        String en = "en-us-business-journal-2016-press-release-subhead-kept-editor-note-excluded-dateline-kept-highlights-list-results-table-cells-about-forward-looking-boilerplate-contact-excluded";
        assertThat(PageCorpus.lines(PageCorpus.BLIND22.extract(en).text())).doesNotContain("Forward-Looking Statements", "More Press Releases")
                .noneMatch(line -> line.startsWith("Media contact"));

        String paragraph = "<p>Northfield Mills will add a second shift at its Carver plant in March, hiring about sixty people for the new line.</p>";
        String page = "<html><body><div class='release'>" + paragraph.repeat(5)
                + "<h3>Forward-looking statements</h3><p>This release contains statements about future events that involve risks and uncertainties.</p>"
                + "<h3>Media contact</h3><p>Dana Ruiz, (555) 010-2231</p></div></body></html>";
        String text = extracted("https://news.example/releases/42", page);
        assertThat(text).contains("Northfield Mills").doesNotContain("future events", "Dana Ruiz");
    }

    /**
     * A key-points box before the body and the questions and answers after it belong to the article by their headings
     * ("Das Wichtigste in Kürze", "Коротко", "Häufige Fragen", "Вопросы и ответы"): pages of the twenty-third and
     * twenty-fourth blind corpora, and an English page, where a box of links under such a heading stays out.
     */
    @Test
    void keepsTheKeyPointsAndTheQuestionsBesideTheBody() throws IOException {
        String de = "de-verbraucherportal-ratgeber-2022-kurz-list-kept-toc-excluded-h2-sections-musterbrief-br-lines-kept-details-summary-faq-closed-kept-long-consent-dialog-beratung-sidebar";
        assertThat(PageCorpus.lines(PageCorpus.BLIND23.extract(de).text())).contains("Das Wichtigste in Kürze", "Häufige Fragen",
                "Muss ich die Rechnung trotzdem bezahlen?");
        String ru = "ru-science-magazine-nuxt-ssr-2018-lead-kept-korotko-key-points-box-kept-soft-hyphens-h2-sections-quote-footer-kept-chitayte-takzhe-card-excluded-faq-after-body-kept-author-box";
        assertThat(PageCorpus.lines(PageCorpus.BLIND24.extract(ru).text())).contains("Коротко", "Вопросы и ответы",
                "Опасен ли такой пепел для людей?");

        String body = "<div class='story-body'><p>The county's new recycling rules start on Monday, and every household will get a third bin for food waste.</p>"
                + "<p>Collections move to a fortnightly rhythm for general waste, while food and recycling are collected every week.</p>"
                + "<p>The council expects the change to cut the waste sent to landfill by a quarter within two years of its start.</p></div>";
        String page = "<html><body><article><h1>Bins change on Monday</h1>"
                + "<div class='summary'><h2>Key points</h2><ul><li>A third bin for food waste arrives this week.</li><li>General waste is collected every two weeks.</li></ul></div>"
                + body
                + "<section class='qa'><h2>Frequently asked questions</h2><h3>What if my bin is not delivered?</h3><p>Call the council's waste line and a bin will be brought within five working days.</p></section>"
                + "<div class='more'><h2>In brief</h2><ul><li><a href='/a'>Road closed on Friday</a></li><li><a href='/b'>Library hours extended</a></li></ul></div>"
                + "</article></body></html>";
        String text = extracted("https://county.example/news/bins", page);
        assertThat(text).contains("A third bin for food waste", "county's new recycling rules", "What if my bin is not delivered?",
                "five working days").doesNotContain("Road closed", "Library hours");
    }

    /**
     * The label of a "read more" button left in the text ("看完整新聞", "閱讀全文", "続きを読む") is no line of the
     * article: a page of the twenty-second blind corpus, and a page of our own.
     */
    @Test
    void dropsReadMoreLabelsInChineseAndJapanese() throws IOException {
        String zh = "zh-tw-tv-station-news-2010-big5-flash-player-title-excluded-news-txt-br-segments-kan-wanzheng-xinwen-button-rest-div-display-none-br-text-kept-inline-splits-reporter-excluded";
        assertThat(PageCorpus.lines(PageCorpus.BLIND22.extract(zh).text())).containsExactlyElementsOf(PageCorpus.BLIND22.expectedLines(zh));

        String paragraph = "<p>市政府今天公布新的公車路線，連接火車站與科學園區，預計下個月起正式營運，每天約有兩萬名通勤族受惠。</p>";
        String page = "<html><body><div class='news'>" + paragraph.repeat(2) + "<div class='more'><span>閱讀全文</span></div>"
                + "<div class='rest'>" + paragraph.repeat(2) + "</div></div></body></html>";
        String text = extracted("https://news.example.tw/a/1", page);
        assertThat(text).contains("市政府今天公布").doesNotContain("閱讀全文");
    }

    /**
     * A looping slider's clones (Swiper's "swiper-slide-duplicate", slick's "slick-cloned") repeat its slides: their
     * captions are written once, from the slides themselves.
     */
    @Test
    void writesALoopingSlidersCaptionsOnce() {
        String paragraph = "<p>Das Museum zeigt ab Samstag die Geschichte der Saline, vom ersten Brunnen bis zur Schließung im Jahr 1968.</p>";
        String slide = "<div class='swiper-slide%s'><figure><img src='/%d.jpg'><figcaption>%s</figcaption></figure></div>";
        String[] captions = {"Das Schaltpult aus der Warte, 1961 in Betrieb genommen", "Eine Hörstation im ersten Raum der Ausstellung",
            "Modell einer Siedepfanne im Maßstab eins zu zehn"};
        StringBuilder slides = new StringBuilder(String.format(slide, " swiper-slide-duplicate", 3, captions[2]));
        for (int i = 0; i < captions.length; i++) {
            slides.append(String.format(slide, "", i, captions[i]));
        }
        slides.append(String.format(slide, " swiper-slide-duplicate", 0, captions[0]));
        String page = "<html><body><main><h1>Salz und Strom</h1><div class='text'>" + paragraph.repeat(4) + "</div>"
                + "<div class='swiper'><div class='swiper-wrapper'>" + slides + "</div></div></main></body></html>";
        String text = extracted("https://museum.example/ausstellung", page);
        assertThat(PageCorpus.lines(text)).containsOnlyOnce(captions);
    }

    /**
     * Readers' comments longer than the article under a heading of their own ("Мнения читателей (86)"), and the next
     * article an endless page has already drawn ("Następny artykuł", "Next article"), end the article wherever they
     * begin, not only in its last part as a "read also" heading does: pages of the fourteenth blind corpus, and an
     * English one.
     */
    @Test
    void endsTheArticleAtLongCommentsOrTheNextArticleOfAnEndlessPage() throws IOException {
        for (String name : List.of(
                "ru-regional-portal-2012-e1-like-forum-style-news-comments-page-article-on-top-anons-lead-outside-body-phpbb-like-comment-tables-with-quotes-longer-than-article-pager-reply-form",
                "pl-local-portal-2019-infinite-scroll-next-article-prerendered-below-excluded-lead-outside-content-h2-sections-czytaj-takze-inline-long-rodo-modal-gallery-four-captions-kept")) {
            assertThat(PageCorpus.lines(PageCorpus.BLIND14.extract(name).text())).as(name).containsExactlyElementsOf(PageCorpus.BLIND14.expectedLines(name));
        }
        String story = "<p>The county will close the Riverside clinic for eighteen months from October while the building is rebuilt.</p>"
                + "<p>Patients will be seen at the health centre on Mill Lane, which will open on Saturdays during the works.</p>"
                + "<p>The council said the new building would have twice the number of treatment rooms and a pharmacy.</p>"
                + "<p>Staff will move with the services, and no jobs will be lost, the health board's director told the meeting.</p>"
                + "<p>Residents' groups asked for a bus from the estate to Mill Lane; the council will answer them in September.</p>"
                + "<p>The rebuilt clinic is due to open in the spring of next year, with parking for sixty cars behind it.</p>";
        String next = "<p>Police are looking for witnesses to a collision on the ring road on Friday evening, when a grey car drove off.</p>"
                + "<p>The driver of the second car, a woman of 42, was taken to hospital with injuries to her neck and arm.</p>"
                + "<p>Officers have seen the footage from the traffic cameras, but the grey car's number plate cannot be read.</p>"
                + "<p>Anyone who saw the crash or has dashcam footage is asked to call the roads policing unit on 101.</p>";
        String page = "<html><body><main><article class='article'><h1>Clinic to close</h1>" + story + "</article>"
                + "<div class='infinite-separator'>Next article</div><article class='article article--next'><h1>Witnesses sought</h1>" + next
                + "</article></main></body></html>";
        String text = extracted("https://county.example/news/clinic", page);
        assertThat(text).contains("Riverside clinic").doesNotContain("Next article", "Police are looking");

        String twinBodies = page.replace("<article class='article'><h1>Clinic to close</h1>", "<article class='article'><h1>Clinic to close</h1><div class='article__text'>")
                .replace("</article><div class='infinite-separator'>Next article</div>", "</div></article><div class='infinite-divider'><span>Next article</span></div>")
                .replace("<h1>Witnesses sought</h1>", "<h1>Witnesses sought</h1><div class='article__text'>").replace("</article></main>", "</div></article></main>");
        String twinText = extracted("https://county.example/news/clinic", twinBodies);
        assertThat(twinText).as("the next article's body, of the same class as this one's, beyond a divider of its own")
                .contains("Riverside clinic").doesNotContain("Police are looking");
        String russian = PageCorpus.BLIND17.names().stream().filter(n -> n.startsWith("ru-regional-portal-2019-infinite-scroll")).findFirst().orElseThrow();
        assertThat(PageCorpus.lines(PageCorpus.BLIND17.extract(russian).text())).as(russian).containsExactlyElementsOf(PageCorpus.BLIND17.expectedLines(russian));
    }

    /**
     * A forum topic's text is its first post, not the longer replies under it (phpBB's div#p28714, uCoz's tr#post2851,
     * numbered in the order they were written): a Russian and a German page of the blind corpora, and a Discuz! thread
     * whose first post was chosen with one reply as its twin. A live blog numbers its entries the same way but shows the
     * newest first, and keeps them all.
     */
    @Test
    void takesTheFirstPostOfAForumTopicButEveryEntryOfALiveBlog() throws IOException {
        String russian = "ru-ucoz-forum-topic-2012-first-post-news-repost-br-segments-source-line-many-replies-quote-blocks";
        assertThat(PageCorpus.lines(PageCorpus.BLIND9.extract(russian).text())).containsExactlyElementsOf(PageCorpus.BLIND9.expectedLines(russian));
        String discuz = "zh-cn-discuz-forum-thread-2012-gbk-first-floor-article-br-segments-font-tags-signature-replies-excluded";
        assertThat(PageCorpus.lines(PageCorpus.BLIND36.extract(discuz).text())).containsExactlyElementsOf(PageCorpus.BLIND36.expectedLines(discuz));
        String german = PageCorpus.BLIND16.names().stream().filter(n -> n.startsWith("de-forum-phpbb3")).findFirst().orElseThrow();
        String text = PageCorpus.BLIND16.extract(german).text();
        List<String> expected = PageCorpus.BLIND16.expectedLines(german);
        assertThat(PageCorpus.lines(text)).as("the first post, its greeting and its sign-off kept").containsAll(expected)
                .hasSize(expected.size() + 1);

        StringBuilder anchored = new StringBuilder("<html><body><div class='article-body'>");
        for (int n = 1; n <= 6; n++) {
            anchored.append("<div id='p").append(n).append("'><p>Paragraph ").append(n)
                    .append(": the council's plan for the old bridge street was approved on Monday by a large majority, after a debate")
                    .append(" that ran for most of the afternoon and heard from shopkeepers, residents and the two bus companies that")
                    .append(" use the street, each of whom asked for changes to the timetable of the works and to the parking rules.".repeat(4))
                    .append("</p></div>");
        }
        String anchoredText = extracted("https://city.example/news/bridge", anchored + "</div></body></html>");
        assertThat(anchoredText).as("paragraphs numbered for anchors are no posts").contains("Paragraph 1:", "Paragraph 6:");
        for (String live : List.of("ru-live-blackout", "uk-live-blog")) {
            List<String> entries = PageCorpus.BLIND2.expectedLines(live).stream().filter(l -> !l.matches("\\d{1,2}:\\d{2}")).toList();
            assertThat(PageCorpus.BLIND2.extract(live).text()).as(live).contains(entries.get(1), entries.get(entries.size() - 1));
        }
    }

    /**
     * Chinese portals close an article with a disclaimer (郑重声明：…), a fan-page call (►按讚加入…粉絲團) or a "more news"
     * heading over links (【更多新聞】), in simplified and traditional script.
     */
    @Test
    void dropsChineseDisclaimersFanPageCallsAndMoreNewsHeadings() {
        String[][] cases = {
            {"进入六月以来，多晶硅和硅片现货价格连续三周小幅回升，产业链库存压力有所缓解，多家企业开始恢复生产。",
                "郑重声明：本网发布此信息的目的在于传播更多信息，与本站立场无关。", "更多新闻", "光伏企业二季度业绩预告"},
            {"港尾市新市場工程昨天完工，市府表示，攤商將在下個月陸續進駐，預計年底前全面營業，周邊道路也將拓寬。",
                "►按讚加入《新島新聞雲》地方新聞粉絲團，掌握第一手在地消息！", "【更多新聞】", "港尾夜市週末封街"},
        };
        for (String[] c : cases) {
            String page = "<html><body><div class='article'><h1>標題</h1><div class='content'>" + ("<p>" + c[0] + "</p>").repeat(4)
                    + "<p>" + c[2] + "</p><p><a href='https://news.example/a/2'>" + c[3] + "</a></p><p>" + c[1] + "</p></div></div></body></html>";
            String text = extracted("https://news.example/a/1", page);
            assertThat(text).contains(c[0]).doesNotContain(c[1], c[2], c[3]);
        }
    }

    /** An encyclopedia page's "for other uses" note over the text and its navigation box under it are no text. */
    @Test
    void dropsAnEncyclopediaHatnoteAndNavbox() {
        String[][] cases = {
            {"The Tarnwick Viaduct is a disused railway viaduct of nineteen arches that carries a footpath over the River Tarn.",
                "This article is about the railway viaduct. For the village, see Tarnwick.", "Railway bridges of North Rainshire"},
            {"Der Tarnwicker Viadukt ist eine stillgelegte Eisenbahnbrücke mit neunzehn Bögen, über die heute ein Fußweg führt.",
                "Dieser Artikel behandelt die Eisenbahnbrücke. Zum Dorf siehe Tarnwick.", "Eisenbahnbrücken in Nord-Rainshire"},
        };
        for (String[] c : cases) {
            String page = "<html><body><div id='content'><h1 id='firstHeading'>Tarnwick</h1><div id='mw-content-text'>"
                    + "<div role='note' class='hatnote navigation-not-searchable'>" + c[1] + "</div>" + ("<p>" + c[0] + "</p>").repeat(4)
                    + "<div class='navbox'><table><tr><th class='navbox-title'>" + c[2] + "</th></tr><tr><td class='navbox-list'>"
                    + "Tarnwick Viaduct · Wenlow Mill Bridge · Oberried Bridge · Kleinhausen Viaduct · Mühlau Bridge</td></tr></table></div>"
                    + "</div></div></body></html>";
            String text = extracted("https://wiki.example/wiki/Tarnwick_Viaduct", page);
            assertThat(text).contains(c[0]).doesNotContain(c[1], c[2], "Wenlow Mill Bridge");
        }
    }

    /**
     * A paywalled article's rest scrambled letter by letter ("obfuscated") is no text; a blurred rest is the real text
     * half shown, and stays (blind2's French paywall keeps it).
     */
    @Test
    void dropsTheScrambledRestOfAPaywalledArticle() {
        String[][] cases = {
            {"Der Stadtrat hat am Montag beschlossen, die Buslinien im Norden ab Januar im Zehn-Minuten-Takt fahren zu lassen.",
                "Ejf Lptufo usbhfo ejf Tubeuxfslf- ejf jisf Qsfjtf jn Gsvikbis vn gýog Qsp{fou fsi÷ifo xpmmfo/"},
            {"The council voted on Monday to run the northern bus routes every ten minutes from January, at a cost of two million.",
                "Uif dptut xjmm cf nfu cz uif djuz't usbotqpsu dpnqboz- xijdi xjmm sbjtf jut gbsft cz gjwf qfs dfou jo uif tqsjoh/"},
        };
        for (String[] c : cases) {
            String page = "<html><body><article><h1>Title</h1><div class='article-body'>" + ("<p>" + c[0] + "</p>").repeat(3)
                    + "<div class='obfuscated-content'>" + ("<p class='obfuscated'>" + c[1] + "</p>").repeat(4) + "</div>"
                    + "<p class='blurred'>" + c[0].replace("January", "March") + "</p></div></article></body></html>";
            String text = extracted("https://paper.example/plus/buses", page);
            assertThat(text).contains(c[0], c[0].replace("January", "March")).doesNotContain(c[1]);
        }
    }

    /**
     * A part of a body split by ad slots that opens with a read-also line ("Czytaj także: <a>…</a>") is still the
     * article's: the line goes, the paragraphs after it stay (blind25's Ukrainian exam results lost a third of its text).
     */
    @Test
    void keepsABodyPartThatOpensWithAReadAlsoLine() {
        String[][] cases = {
            {"Czytaj także:", "Radni przyjęli budżet miasta na przyszły rok",
                "Najwięcej pieniędzy trafi na remont szkół i przedszkoli w dzielnicach północnych, bo tam budynki są najstarsze.",
                "Opozycja zarzuca władzom, że na drogi osiedlowe zostało w budżecie zbyt mało, i zapowiada poprawki na wiosnę."},
            {"Lesen Sie auch:", "Gemeinderat beschließt neuen Haushalt",
                "Das meiste Geld fließt in die Sanierung der Schulen und Kindergärten im Norden, wo die Gebäude am ältesten sind.",
                "Die Opposition wirft der Verwaltung vor, für die Straßen in den Wohngebieten zu wenig vorzusehen, und kündigt Anträge an."},
        };
        for (String[] c : cases) {
            String opening = "<p>" + c[2].replace("Najwięcej", "Wcześniej").replace("Das meiste", "Vorher das meiste") + "</p>";
            String ad = "<div class='banner-in-text'><span>Reklama / Anzeige</span><ins class='adsbygoogle'></ins></div>";
            String page = "<html><body><article class='article'><h1>Tytuł / Titel</h1>"
                    + "<div class='article__text'>" + opening.repeat(3) + "</div>" + ad
                    + "<div class='article__text'><p><strong>" + c[0] + "</strong> <a href='/news/1'>" + c[1] + "</a></p>"
                    + "<p>" + c[2] + "</p><p>" + c[3] + "</p>" + opening + "</div>" + ad
                    + "<div class='article__text'>" + opening.repeat(3) + "</div></article></body></html>";
            String text = extracted("https://city.example/news/2", page);
            assertThat(text).contains(c[2], c[3]).doesNotContain(c[1]);
        }
    }

    /**
     * A content-element page (text, table, text, each a sibling element) keeps the data table between the texts, one
     * cell per line, though its cells score as no paragraph; a picture's one-column table between them stays out.
     */
    @Test
    void keepsADataTableBetweenTheArticlesTextElements() {
        String[][] cases = {
            {"Die Stadtwerke erhöhen zum ersten Januar die Preise für Strom und Gas, wie der Aufsichtsrat am Dienstag beschlossen hat.",
                "Tarif", "bisher", "neu", "Grundversorgung Strom", "32,1 ct", "35,4 ct", "Foto: Stadtwerke",
                "Wer wechseln möchte, kann das laut Verbraucherzentrale bis zum Jahresende ohne Frist tun, und sollte Angebote vergleichen."},
            {"Горводоканал с первого января повышает тарифы на воду и стоки, такое решение на этой неделе утвердил областной комитет.",
                "Услуга", "было", "стало", "Холодная вода", "38,20 руб.", "41,75 руб.", "Фото: пресс-служба",
                "Жители, у которых не установлены счётчики, будут платить по нормативу, а он с нового года тоже вырастет на девять процентов."},
        };
        for (String[] c : cases) {
            String page = "<html><body><div class='page'><h1>Title</h1><div class='content-main'>"
                    + "<div class='ce_text block'>" + ("<p>" + c[0] + "</p>").repeat(3) + "</div>"
                    + "<div class='ce_image block'><table><tr><td><img src='/a.jpg'></td></tr><tr><td>" + c[7] + "</td></tr></table></div>"
                    + "<div class='ce_table block'><table><thead><tr><th>" + c[1] + "</th><th>" + c[2] + "</th><th>" + c[3] + "</th></tr></thead>"
                    + "<tbody><tr><td>" + c[4] + "</td><td>" + c[5] + "</td><td>" + c[6] + "</td></tr></tbody></table></div>"
                    + "<div class='ce_text block'>" + ("<p>" + c[8] + "</p>").repeat(2) + "</div>"
                    + "</div></div></body></html>";
            List<String> lines = PageCorpus.lines(extracted("https://stadtwerke.example/presse/tarife", page));
            assertThat(lines).containsSubsequence(c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[8]).doesNotContain(c[7]);
        }
    }

    /**
     * A page of sections, each a heading over its own text box (a municipality's notice: description, timetable,
     * documents), keeps every section of text, not only the first; the documents' link cards stay out.
     */
    @Test
    void keepsEverySectionOfAPageOfHeadedSections() {
        String[][] cases = {
            {"Descrizione", "Dal 1° aprile l'ufficio anagrafe riceve solo su appuntamento, prenotabile online o per telefono nei giorni feriali.",
                "Orari", "Lunedì e mercoledì dalle 9 alle 12, giovedì anche il pomeriggio dalle 15 alle 17, su prenotazione.",
                "Modulo di prenotazione (PDF)"},
            {"Opis", "Od pierwszego kwietnia wydział spraw obywatelskich przyjmuje wyłącznie po wcześniejszym umówieniu wizyty przez internet.",
                "Godziny", "W poniedziałki i środy od 9 do 12, w czwartki także po południu od 15 do 17, po rezerwacji terminu.",
                "Formularz rezerwacji (PDF)"},
        };
        for (String[] c : cases) {
            String page = "<html><body><main><h1>Title</h1><section class='page-sections'>"
                    + "<article class='page-section' id='s1'><h2>" + c[0] + "</h2><div class='richtext'>" + ("<p>" + c[1] + "</p>").repeat(3) + "</div></article>"
                    + "<article class='page-section' id='s2'><h2>" + c[2] + "</h2><ul><li>" + c[3] + "</li><li>" + c[3].replace("9", "8")
                    + "</li></ul><p>" + c[3].replace("15", "14") + "</p></article>"
                    + "<article class='page-section' id='s3'><h2>Documenti / Dokumenty</h2><div class='cards'>"
                    + ("<div class='card'><a href='/files/modulo.pdf'>" + c[4] + "</a></div>").repeat(3) + "</div></article>"
                    + "</section></main></body></html>";
            List<String> lines = PageCorpus.lines(extracted("https://comune.example/novita/anagrafe", page));
            assertThat(lines).containsSubsequence(c[1], c[2], c[3], c[3].replace("9", "8"), c[3].replace("15", "14")).doesNotContain(c[4]);
        }
    }

    /**
     * An agency wire whose text is split around a video, with a feed of the latest wires after it ("16:01 Headline" and
     * a summary each, inside the same main column): the two parts are the article, the feed is no part of it, though
     * the column around both scores higher than the wire alone.
     */
    @Test
    void keepsASplitWireWithoutTheFeedOfStampedHeadlinesAfterIt() throws IOException {
        String[][] cases = {
            {"Vierzelles (ARI) - Le trafic des trains régionaux sera fortement perturbé jeudi, où trois syndicats appellent à la grève.",
                "Les syndicats dénoncent un projet qui prévoit de remplacer les guichets de six gares moyennes par des automates.",
                "La préfecture a levé mercredi après-midi l'alerte de niveau 1 déclenchée lundi, les concentrations ayant nettement baissé."},
            {"ОЛЬХОВКА, 14 мая. Движение пригородных поездов в четверг будет сильно нарушено из-за забастовки трёх профсоюзов.",
                "Профсоюзы выступают против плана заменить кассы на шести средних станциях автоматами и удалённой службой.",
                "Областная администрация в среду отменила режим повышенной готовности, введённый в понедельник из-за паводка."},
        };
        for (String[] c : cases) {
            String feed = "<section class='wire-feed'><h2>Dernières dépêches / Лента</h2>"
                    + "<div class='wire-feed__item'><span class='wire-feed__time'>16:01</span><a href='/a/1'>Titre un / Заголовок</a><p>" + c[2] + "</p></div>"
                    + "<div class='wire-feed__item'><span class='wire-feed__time'>15:47</span><a href='/a/2'>Titre deux / Заголовок</a><p>" + c[2].replace("1", "2") + "</p></div>"
                    + "<div class='wire-feed__item'><span class='wire-feed__time'>15:20</span><a href='/a/3'>Titre trois / Заголовок</a><p>" + c[2].replace("1", "3") + "</p></div>"
                    + "</section>";
            String page = "<html><body><div class='layout'><main class='main'><article class='wire'><h1>Grève / Забастовка</h1>"
                    + "<div class='wire__text'>" + ("<p>" + c[0] + "</p>").repeat(3) + "</div>"
                    + "<div class='wire__video'><div class='player'></div><p class='player__title'>Vidéo (1:54)</p></div>"
                    + "<div class='wire__text'>" + ("<p>" + c[1] + "</p>").repeat(2) + "</div>"
                    + "</article>" + feed + "</main></div></body></html>";
            String text = extracted("https://actu.example/france/greve-ter", page);
            assertThat(text).contains(c[0], c[1]).doesNotContain(c[2], "Titre un", "16:01");
        }
        String wire = "fr-web-portal-2017-agency-wire-reprint-source-logo-excluded-dateline-kept-body-split-around-video-player-title-"
                + "excluded-copyright-notice-excluded-wire-feed-summaries-cmp";
        assertThat(PageCorpus.lines(PageCorpus.BLIND25.extract(wire).text())).as("the main column scores higher than the wire, by its feed")
                .containsExactlyElementsOf(PageCorpus.BLIND25.expectedLines(wire));
    }

    /**
     * A page whose wrapper is named for its layout ("hasSidebar", "one-sidebar") or whose article is named for its kind
     * ("node-photo-gallery") is no sidebar or gallery: its text is the article. Held-out pages came out empty so.
     */
    @Test
    void keepsAnArticleInsideAWrapperNamedLikeChrome() throws IOException {
        String[][] cases = {
            {"dokuwiki site mode_show showSidebar hasSidebar", "Der Laserschneider des Vereins hat ein Bett von 700 mal 500 Millimetern und wird nur nach einer Einweisung benutzt."},
            {"node node-photo-gallery node-full", "The ice harvest on Lake Tamsin drew about two hundred people on Saturday, many of them children who had never seen a saw."},
            {"layout has-sidebar sidebar-right", "Бригада коммунальщиков за ночь расчистила от снега все остановки на проспекте, утром автобусы шли по расписанию."},
        };
        for (String[] c : cases) {
            String page = "<html><body><div class='" + c[0] + "'><div class='header'><h1>Title</h1></div>"
                    + "<div class='menu-side'><ul><li><a href='/a'>Home</a></li><li><a href='/b'>Equipment</a></li></ul>"
                    + "<div class='content'><p>Opening hours, Tue and Thu, 7 to 10 pm.</p></div></div>"
                    + "<div class='page'>" + ("<p>" + c[1] + "</p>").repeat(4) + "</div>"
                    + "<div class='footnotes'><div class='fn'><div class='content'>Safety guide, 3rd ed., 2011, p. 7.</div></div></div>"
                    + "</div></body></html>";
            String text = extracted("https://wiki.example/doku.php?id=equipment", page);
            assertThat(PageCorpus.lines(text)).as(c[0]).containsExactly(c[1], c[1], c[1], c[1]);
        }
        for (String name : List.of(
                "en-dokuwiki-makerspace-wiki-2012-page-h1-toc-excluded-sections-div-li-lists-table-cells-code-kept-wrap-warning-kept-"
                        + "footnote-markers-kept-source-footnotes-excluded",
                "en-us-photo-essay-regional-paper-2014-drupal7-intro-kept-six-photos-long-captions-kept-as-gallery-photographer-credits-"
                        + "excluded-lightbox-counter-excluded-more-galleries")) {
            List<String> expected = PageCorpus.BLIND30.expectedLines(name);
            assertThat(PageCorpus.lines(PageCorpus.BLIND30.extract(name).text())).as(name)
                    .contains(expected.get(0), expected.get(expected.size() / 2), expected.get(expected.size() - 1));
        }
    }

    /**
     * A short box named for the article ("article-info": the author and the time of the last update) scores nothing
     * by its name: it is no part of the text beside it, nor the text itself.
     */
    @Test
    void dropsAShortBoxNamedForTheArticle() throws IOException {
        String[][] cases = {
            {"مصطفى الدباغ — آخر تحديث: 1/12/2026 | 14:40 (توقيت مكة)",
                "قالت وزارة الصحة إن حملة التطعيم في المدارس ستبدأ الأحد المقبل، وتشمل طلاب الصفوف الأولى في جميع المحافظات."},
            {"02.12.2026 - 07:58 Güncelleme: 02.12.2026 - 09:45",
                "Kar yağışı nedeniyle kapanan köy yollarının büyük bölümü ekiplerin gece boyunca süren çalışmasıyla yeniden ulaşıma açıldı."},
        };
        for (String[] c : cases) {
            String page = "<html><body><main><h1>Title</h1><div class='article-info'>" + c[0] + "</div>"
                    + "<div class='article-text'>" + ("<p>" + c[1] + "</p>").repeat(4) + "</div></main></body></html>";
            String text = extracted("https://news.example/a/1", page);
            assertThat(text).contains(c[1]).doesNotContain(c[0]);
        }
        for (String name : List.of("ar-news-rtl-feature", "tr-portal-snow")) {
            assertThat(PageCorpus.lines(PageCorpus.BLIND.extract(name).text())).as(name)
                    .containsExactlyElementsOf(PageCorpus.BLIND.expectedLines(name));
        }
    }

    /**
     * A Drupal node promoted to the front page ("node--promoted", "node-sticky") of a type whose name says nothing
     * ("ratgeber", "depesza") is the article, not a promotion: a law firm's guide came out empty.
     */
    @Test
    void keepsADrupalNodePromotedToTheFrontPage() throws IOException {
        String[][] cases = {
            {"node node--type-ratgeber node--promoted node--view-mode-full",
                "Eine Probezeit gibt es nur, wenn sie im Arbeitsvertrag vereinbart ist, und sie darf höchstens sechs Monate dauern."},
            {"node node-depesza node-promoted node-sticky clearfix",
                "Okres próbny obowiązuje tylko wtedy, gdy przewiduje go umowa o pracę, i może trwać najwyżej trzy miesiące."},
        };
        for (String[] c : cases) {
            String page = "<html><body><main><h1>Title</h1><article class='" + c[0] + "'><div class='node__content'>"
                    + "<div class='paragraph paragraph--type--text'>" + ("<p>" + c[1] + "</p>").repeat(2) + "</div>"
                    + "<div class='paragraph paragraph--type--text'>" + ("<p>" + c[1].replace("sechs", "vier").replace("trzy", "dwa") + "</p>").repeat(2) + "</div>"
                    + "</div></article><div class='view-content'>"
                    + "<div class='views-row'><span class='field-content'><a href='/r/1'>Aufhebungsvertrag: So vermeiden Sie eine Sperrzeit beim Arbeitsamt</a></span></div>"
                    + "<div class='views-row'><span class='field-content'><a href='/r/2'>Arbeitszeugnis: Was hinter den Formulierungen steckt</a></span></div>"
                    + "</div></main></body></html>";
            String text = extracted("https://kanzlei.example/ratgeber/probezeit", page);
            assertThat(text).as(c[0]).contains(c[1], c[1].replace("sechs", "vier").replace("trzy", "dwa"));
        }
        String guide = "de-kanzlei-ratgeber-drupal8-2020-field-teaser-lead-kept-paragraphs-text-blocks"
                + "-h2-ol-blockquote-hinweis-disclaimer-lawyer-bio-excluded-cta-footer-buerozeiten";
        List<String> expected = PageCorpus.BLIND29.expectedLines(guide);
        assertThat(PageCorpus.lines(PageCorpus.BLIND29.extract(guide).text())).as(guide)
                .contains(expected.get(0), expected.get(expected.size() / 2), expected.get(expected.size() - 1));
    }

    /**
     * A hidden consent dialog longer than a short release, its class naming no consent as a word of its own
     * ("avia-cookie-consent-wrap"), is no folded rest of the article: a party's release came out as cookie settings.
     */
    @Test
    void dropsAHiddenConsentDialogLongerThanAShortArticle() throws IOException {
        String[][] cases = {
            {"Die Fraktion beantragt für die Sitzung am 25. März einen geschützten Radweg entlang der Schulstraße, wie sie am Dienstag mitteilte.",
                "Diese Seite verwendet Cookies. Wir können Cookies anfordern, die auf Ihrem Gerät eingestellt werden, um Ihre Einstellungen zu speichern."},
            {"Le groupe demande pour la séance du 25 mars une piste cyclable protégée le long de la rue des Écoles, a-t-il annoncé mardi.",
                "Ce site utilise des cookies. Nous pouvons demander que des cookies soient déposés sur votre appareil pour mémoriser vos choix."},
        };
        for (String[] c : cases) {
            String page = "<html><body><main><article class='post-entry'><h1>Title</h1><div class='entry-content'>"
                    + ("<p>" + c[0] + "</p>").repeat(2) + "</div></article></main>"
                    + "<div class='avia-cookie-consent-wrap' aria-hidden='true'><div class='av-inline-modal'>"
                    + ("<div class='tab_content'><div class='tab_inner_content'><p>" + c[1] + "</p><p>" + c[1] + "</p></div></div>").repeat(4)
                    + "</div></div></body></html>";
            String text = extracted("https://partei.example/presse/radweg", page);
            assertThat(text).contains(c[0]).doesNotContain(c[1]);
        }
        String release = "de-partei-pressemitteilung-wordpress-enfold-2021-short-text-120-words-dateline-"
                + "kept-pressekontakt-excluded-avia-cookie-modal-longer-than-text-mega-menu-teasers";
        List<String> expected = PageCorpus.BLIND29.expectedLines(release);
        assertThat(PageCorpus.lines(PageCorpus.BLIND29.extract(release).text())).as(release)
                .contains(expected.get(0), expected.get(expected.size() - 1)).noneMatch(l -> l.contains("Cookies"));
    }

    /**
     * A notice of content elements (TYPO3's {@code csc-default}), the first a text beside a picture, the others a heading
     * over a paragraph each: every element's text is the article's, not only the first's.
     */
    @Test
    void keepsEveryContentElementAfterATextWithPicture() throws IOException {
        String[][] cases = {
            {"Ab Montag wird die Ortsdurchfahrt wegen der Kanalsanierung voll gesperrt, die Arbeiten dauern voraussichtlich bis Ende August.",
                "Umleitung", "Der Durchgangsverkehr wird großräumig über die Kreisstraße nach Lindenau umgeleitet, Anlieger können ihre Grundstücke erreichen."},
            {"Od poniedziałku przejazd przez wieś zostanie całkowicie zamknięty z powodu remontu kanalizacji, prace potrwają do końca sierpnia.",
                "Objazd", "Ruch tranzytowy zostanie skierowany drogą powiatową przez Lipowo, a mieszkańcy dojadą do swoich posesji bez przeszkód."},
        };
        for (String[] c : cases) {
            String page = "<html><body><div id='content'>"
                    + "<div class='csc-default'><div class='csc-header'><h1>Title</h1></div></div>"
                    + "<div class='csc-default'><div class='csc-textpic csc-textpic-intext-right'><div class='csc-textpic-imagewrap'>"
                    + "<img src='/a.jpg'></div><div class='csc-textpic-text'>" + ("<p class='bodytext'>" + c[0] + "</p>").repeat(3) + "</div></div></div>"
                    + ("<div class='csc-default'><div class='csc-header'><h2>" + c[1] + "</h2></div>" + ("<p class='bodytext'>" + c[2] + "</p>").repeat(2) + "</div>").repeat(2)
                    + "</div><div id='footer'><p>Rathaus, Hauptstraße 1. Öffnungszeiten Mo bis Fr 8 bis 12 Uhr.</p></div></body></html>";
            List<String> lines = PageCorpus.lines(extracted("https://gemeinde.example/amtsblatt/sperrung", page));
            assertThat(lines).containsSubsequence(c[0], c[1], c[2], c[2], c[1], c[2], c[2]);
        }
        String notice = "de-gemeinde-amtsblatt-typo3-4-2010-iso-8859-1-csc-default-sibling-elements-text"
                + "pic-single-caption-excluded-table-cells-list-gez-excluded-footer-oeffnungszeiten";
        assertThat(PageCorpus.lines(PageCorpus.BLIND29.extract(notice).text())).as(notice)
                .containsAll(PageCorpus.BLIND29.expectedLines(notice));
    }

    /**
     * An FAQ whose answers are folded accordion panels of one paragraph each (hidden by style and aria-hidden until
     * their question is clicked) keeps the answers: they are the page's text.
     */
    @Test
    void keepsTheFoldedAnswersOfAnFaq() {
        String[][] cases = {
            {"Wer kann einen Antrag stellen?", "Antragsberechtigt sind gemeinnützige Vereine und Stiftungen mit Sitz in einer Gemeinde mit weniger als 5.000 Einwohnern."},
            {"¿Quién puede presentar una solicitud?", "Pueden solicitarla las asociaciones sin ánimo de lucro con sede en un municipio de menos de cinco mil habitantes."},
        };
        for (String[] c : cases) {
            StringBuilder faq = new StringBuilder("<dl>");
            for (int i = 1; i <= 4; i++) {
                faq.append("<dt class='accordion-toggle'><a href='#faq").append(i).append("' aria-expanded='false'>").append(c[0]).append(i).append("</a></dt>")
                        .append("<dd class='accordion-content' id='faq").append(i).append("' aria-hidden='true' style='display: none;'><p>")
                        .append(c[1].replace(".", " " + i + ".")).append("</p></dd>");
            }
            String page = "<html><body><main><h1>FAQ</h1><div class='text'><p>" + c[1].replace(".", " (intro).") + "</p>" + faq + "</dl></div>"
                    + "</main></body></html>";
            List<String> lines = PageCorpus.lines(extracted("https://amt.example/foerderung/faq", page));
            assertThat(lines).contains(c[1].replace(".", " 1."), c[1].replace(".", " 4."));
        }
    }

    /** Skip links and back links inside the article's box ("Direct naar de inhoud", "Zurück zur Übersicht") are chrome. */
    @Test
    void dropsSkipAndBackLinksInManyLanguages() throws IOException {
        String[][] cases = {
            {"Direct naar de inhoud", "‹ Terug naar het nieuwsoverzicht",
                "Vanaf maandag is de praktijk op woensdagmiddag gesloten, voor spoed kunt u dan de waarneming bellen."},
            {"Zum Inhalt springen", "Zurück zur Übersicht",
                "Ab Montag bleibt die Praxis am Mittwochnachmittag geschlossen, in dringenden Fällen gilt die Vertretung."},
            {"Перейти к содержимому", "Перейти к основному содержанию",
                "С понедельника поликлиника по средам после обеда не принимает, в срочных случаях звоните дежурному врачу."},
        };
        for (String[] c : cases) {
            String page = "<html><body><div class='page'><div class='top'>" + c[0] + "</div><h1>Title</h1>"
                    + ("<p>" + c[2] + "</p>").repeat(3) + "<div class='back'>" + c[1] + "</div></div></body></html>";
            String text = extracted("https://praktijk.example/nieuws/woensdag", page);
            assertThat(text).contains(c[2]).doesNotContain(c[0], c[1]);
        }
        String news = "nl-huisartsenpraktijk-nieuws-2021-short-text-85-words-spoedbalk-excluded-intro-li"
                + "st-kept-cookie-dialog-longer-than-text-openingstijden-dit-vindt-u-ook-interessant";
        assertThat(PageCorpus.BLIND29.extract(news).text()).doesNotContain("Direct naar de inhoud", "Terug naar het nieuwsoverzicht");
    }

    /**
     * A short article in a page column beside a list of other stories with summaries, with a "Related" link or two of
     * its own inside it, is the article and not an item of that list: a Czech portal's column gave the list's summaries
     * and the footer instead.
     */
    @Test
    void keepsAShortArticleHoldingARelatedLinkBesideATeaserList() throws IOException {
        String[][] cases = {
            {"Související", "Radnice v Horní Lhotě schválila opravu mostu přes Bystřici, práce začnou v dubnu a potrvají do konce září.",
                "Objízdná trasa povede přes Dolní Lhotu a řidiči si podle radnice prodlouží cestu zhruba o šest kilometrů.",
                "Zastupitelé odmítli návrh opozice na dočasnou lávku pro pěší, která by podle odhadu stála přes dva miliony korun."},
            {"Czytaj też", "Rada gminy w Górnej Wsi zatwierdziła remont mostu na Bystrej, prace ruszą w kwietniu i potrwają do września.",
                "Objazd poprowadzi przez Dolną Wieś, a kierowcy nadłożą według urzędu około sześciu kilometrów drogi.",
                "Radni odrzucili wniosek opozycji o tymczasową kładkę dla pieszych, która kosztowałaby ponad dwa miliony złotych."},
        };
        for (String[] c : cases) {
            StringBuilder list = new StringBuilder("<div class='dalsi'><h3>Z regionu</h3><ul>");
            for (int i = 1; i <= 6; i++) {
                list.append("<li><a href='/region/").append(i).append(".html'><h4>Story number ").append(i)
                        .append(" of the region today</h4></a><p>Summary ").append(i)
                        .append(" of another story, with a clause, and a second clause, long enough to read as a teaser's summary under its headline.</p></li>");
            }
            list.append("</ul></div>");
            String page = "<html><body><div id='obsah'><div id='levy'><h1>Title</h1><div class='clanek-text'>"
                    + "<p>" + c[1] + "</p><div class='box'><h4>" + c[0] + "</h4><ul><li><a href='/region/most.html'>"
                    + "Most přes Bystřici je v havarijním stavu, říkají statici</a></li></ul></div>"
                    + "<p>" + c[2] + "</p><p>" + c[3] + "</p><p>" + c[1] + "</p></div>" + list + "</div></div>"
                    + "<div id='paticka'>© 2018 Zprávy, a.s. Všechna práva vyhrazena. Šíření obsahu je bez souhlasu zakázáno.</div>"
                    + "</body></html>";
            String text = extracted("https://zpravy.example/region/most.html", page);
            assertThat(text).as(c[0]).contains(c[1], c[2], c[3]).doesNotContain("Summary 3", "© 2018");
        }
        String portal = "cs-national-portal-2018-factory-layoffs-perex-in-header-kept-ve-zkratce-heading-and-points-kept"
                + "-souvisejici-box-excluded-body-split-by-ad-table-cells-single-foto-popis-excluded";
        assertThat(PageCorpus.BLIND31.extract(portal).text()).contains("Region přijde o klíčového zaměstnavatele")
                .doesNotContain("Nejvíc podražily potraviny");
    }

    /**
     * Readers' comments named in Romanian, Czech, Slovak, Hungarian, Dutch and Greek ("comentarii", "diskuze",
     * "hozzaszolasok", "reacties", "sxolia") are chrome, and so is the text of one comment named as such
     * ("comentariu-text", "sxolio-body"), and a widget's text ("widget_text" with the id "text-5"): none gets the
     * bonus of a class naming the article. Comments longer than a short article came out in its place.
     */
    @Test
    void dropsCommentsAndWidgetTextsNamedAsTheirOwnText() throws IOException {
        String[][] cases = {
            {"comentarii", "comentariu comentariu-text",
                "Primăria a anunțat că podul de pe strada Morii se închide de luni pentru reparații capitale, timp de patru luni."},
            {"diskuze", "prispevek prispevek-text",
                "Radnice oznámila, že most v Mlýnské ulici se od pondělí uzavře kvůli generální opravě na čtyři měsíce."},
            {"sxolia", "sxolio sxolio-body",
                "Ο δήμος ανακοίνωσε ότι η γέφυρα της οδού Μύλων κλείνει από τη Δευτέρα για επισκευή διάρκειας τεσσάρων μηνών."},
        };
        String comment = "I have lived by this bridge for twenty years, and every spring they promise a repair, then nothing"
                + " happens, the holes get bigger, and the buses still cross it twice an hour, so forgive me, but I do not"
                + " believe a word of it until I see the cranes.";
        for (String[] c : cases) {
            String page = "<html><body><div class='wrap'><h1>Title</h1><div class='articol'><p>" + c[2] + "</p><p>" + c[2]
                    + "</p></div><div class='" + c[0] + "'><h3>5</h3>"
                    + ("<div class='" + c[1].split(" ")[0] + "'><span class='autor'>reader</span><div class='" + c[1] + "'>"
                    + comment + "</div></div>").repeat(4) + "</div></div>"
                    + "<footer class='site-footer'><div class='widget widget_text' id='text-5'>" + comment + "</div></footer>"
                    + "</body></html>";
            String text = extracted("https://news.example/2010/03/pod.html", page);
            assertThat(text).as(c[0]).contains(c[2]).doesNotContain("twenty years");
        }
        String ebike = "de-testblog-ebike-wordpress-avada-2015-fusion-columns-intro-kept-spec-table-cells-kept-checklist"
                + "-pro-contra-kept-rating-circle-excluded-about-author-related-carousel";
        assertThat(PageCorpus.BLIND32.extract(ebike).text()).contains("Motor und Akku").doesNotContain("ist ein unabhängiges Testportal");
        String daily = "ro-regional-newspaper-2010-windows-1250-cedilla-letters-bridge-closure-sapou-lead-kept-citeste-si"
                + "-box-excluded-detour-list-kept-single-foto-text-excluded-comments-longer-excluded";
        assertThat(PageCorpus.lines(PageCorpus.BLIND31.extract(daily).text())).containsExactlyElementsOf(PageCorpus.BLIND31.expectedLines(daily));
    }

    /**
     * A subtitle under the headline, in a paragraph named a standfirst, is the article's lead though it ends no
     * sentence (a Haaretz-like "a-subtitle" ending "...על מי ישלם"); the advertisement labels between the body's parts
     * in Hebrew and Greek are chrome lines.
     */
    @Test
    void keepsASubtitleLeadEndingNoSentenceAndDropsAdvertLabels() throws IOException {
        String[][] cases = {
            {"ההצעה עברה בקריאה ראשונה לפני שלוש שנים אבל מאז היא נתקעת בוועדת הכספים ומאחורי הקלעים נמשך מאבק על מי ישלם",
                "פרסומת", "כ-3,000 משפחות ממתינות היום לדירה בדיור הציבורי, חלקן יותר מעשור, והחוק היה אמור לקצר את ההמתנה."},
            {"Η πρόταση πέρασε σε πρώτη ανάγνωση πριν από τρία χρόνια αλλά από τότε έχει κολλήσει στην επιτροπή οικονομικών της Βουλής",
                "Διαφήμιση", "Περίπου 3.000 οικογένειες περιμένουν σήμερα κατοικία, ορισμένες πάνω από δέκα χρόνια, και ο νόμος θα το άλλαζε."},
        };
        for (String[] c : cases) {
            String page = "<html><head><title>Headline of the analysis today</title></head><body><article class='a-article'>"
                    + "<header class='a-header'><div class='a-kicker'>Analysis</div><h1>Headline of the analysis today</h1>"
                    + "<p class='a-subtitle'>" + c[0] + "</p><div class='a-byline'>Writer 06.09.2020</div></header>"
                    + "<section class='a-body'><p>" + c[2] + "</p><div class='slot'><span>" + c[1] + "</span></div><p>" + c[2]
                    + "</p><div class='slot'><span>" + c[1] + "</span></div><p>" + c[2] + "</p></section></article></body></html>";
            List<String> lines = PageCorpus.lines(extracted("https://news.example/analysis/1.123", page));
            assertThat(lines).as(c[1]).contains(c[0], c[2]).doesNotContain(c[1]);
        }
    }

    /**
     * A strip of gallery items whose captions are named short ("gal-cap", "photo-cap", "gal_desc") is a gallery: its
     * captions are kept, its credits not.
     */
    @Test
    void keepsTheCaptionsOfAGalleryStripNamedShort() throws IOException {
        String[][] cases = {
            {"gal-cap", "להקת המחול של בית הספר על הבמה המרכזית", "דוכני האוכל ברחוב הגפן היו עמוסים עד חצות",
                "ילדים בסדנת ציור גרפיטי על קיר המתנ\"ס", "פסטיבל הגפן השנתי נערך השבוע במשך שלושה ימים ומשך לפי הערכת המועצה כעשרת אלפים מבקרים, שיא מאז הוקם."},
            {"photo-cap", "Die Tanzgruppe der Grundschule auf der Hauptbühne", "Die Essensstände in der Rebgasse waren bis Mitternacht voll",
                "Kinder beim Graffiti-Workshop an der Wand des Jugendhauses", "Das Weinfest der Gemeinde dauerte in diesem Jahr drei Tage und zog nach Schätzung der Verwaltung rund zehntausend Besucher an."},
            {"gal_desc", "Kolejka przed wejściem do hali w sobotę o siódmej rano", "Odtworzona stalowa konstrukcja dachu z przeszkleniami",
                "Pani Halina przy swoim stoisku z nabiałem", "Hala targowa z 1911 roku po trzech latach remontu znów przyjęła kupców, a w sobotę rano przed wejściem ustawiła się kolejka."},
        };
        for (String[] c : cases) {
            StringBuilder items = new StringBuilder();
            for (int i = 1; i <= 3; i++) {
                items.append("<li class='gal-li'><img src='/f").append(i).append(".jpg' alt=''><span class='").append(c[0])
                        .append("'>").append(c[i]).append("</span><span class='credit'>Foto: A. B.</span></li>");
            }
            String page = "<html><body><div class='entry'>" + ("<p>" + c[4] + "</p>").repeat(3)
                    + "<ul class='gallery-strip'>" + items + "</ul><p>" + c[4] + "</p></div></body></html>";
            List<String> lines = PageCorpus.lines(extracted("https://weekly.example/2012/10/fest", page));
            assertThat(lines).as(c[0]).contains(c[1], c[2], c[3], c[4]).doesNotContain("Foto: A. B.");
        }
    }

    /**
     * A "More from the region" or "We also recommend" section after the article, in Slovak, Czech and Hungarian, is
     * chrome though its two cards carry summaries that read as paragraphs.
     */
    @Test
    void dropsRecommendationSectionsInCentralEuropeanLanguages() throws IOException {
        String[][] cases = {
            {"Ďalšie z regiónov", "Obchádzka povedie cez okolité obce a predĺži cestu nákladným autám takmer o pol hodiny, obávajú sa starostovia.",
                "Nemocnica v Dolnej Breze mala pôvodne takmer tristo lôžok, dnes ich má menej ako sto a niektoré pavilóny stoja prázdne."},
            {"Další zprávy z rubriky", "Objízdná trasa povede přes okolní obce a nákladním autům prodlouží cestu téměř o půl hodiny, obávají se starostové.",
                "Nemocnice v Dolní Březe měla původně téměř tři sta lůžek, dnes jich má méně než sto a některé pavilony stojí prázdné."},
            {"Ajánljuk még", "Az új polgármester első lépésként helyi népszavazást kezdeményezne, és elmagyarázzuk, hány aláírás kell hozzá.",
                "A fehérvölgyi kórháznak eredetileg csaknem háromszáz ágya volt, ma kevesebb mint száz, és több pavilon üresen áll."},
        };
        for (String[] c : cases) {
            String page = "<html><body><main><article class='art'><h1>Title</h1><div class='art-body'>"
                    + ("<p>" + c[2] + "</p>").repeat(4) + "</div></article><section class='more'><h3>" + c[0] + "</h3><ul>"
                    + ("<li><a href='/region/1.html'><h4>Another story of the region today</h4></a><p>" + c[1] + "</p></li>").repeat(2)
                    + "</ul></section></main></body></html>";
            String text = extracted("https://regiony.example/2018/03/nemocnica.html", page);
            assertThat(text).as(c[0]).contains(c[2]).doesNotContain(c[1], c[0]);
        }
        String daily = "sk-regional-daily-2018-paginated-series-article-page-2-of-3-no-perex-chapter-toc-and-pager-excluded"
                + "-h2-page-heading-kept-precitajte-si-aj-excluded-quote-list-reklama";
        assertThat(PageCorpus.BLIND31.extract(daily).text()).contains("Nemocnica, ktorú nikto nechcel")
                .doesNotContain("Ďalšie z regiónov", "Obchádzka povedie cez okolité obce");
        String live = "hu-regional-news-portal-2021-by-election-percrol-percre-live-intro-kept-entry-times-authors-excluded"
                + "-entry-h3-kept-results-table-cells-facebook-embed-mega-menu-promo-excluded";
        assertThat(PageCorpus.BLIND31.extract(live).text()).doesNotContain("Ajánljuk még", "Az új polgármester első lépésként");
    }

    /** Preformatted code keeps its lines: each line of a {@code <pre>} block is a line of the text, as it reads. */
    @Test
    void keepsEachLineOfPreformattedCode() {
        String[][] cases = {
            {"Отчёт выбирает события за последние сутки со статусом «доставлен», и на проде он выполнялся сорок минут.",
                "SELECT order_id, courier_id, created_at\nFROM order_events\nWHERE status = 'delivered'\n  AND created_at &gt;= now() - interval '1 day';"},
            {"The worker claims the oldest open job in one statement, so two workers never take the same one twice.",
                "UPDATE jobs\nSET claimed_by = :worker\nWHERE id = (\n    SELECT id FROM jobs WHERE done_at IS NULL\n    LIMIT 1\n)"},
        };
        for (String[] c : cases) {
            String page = "<html><body><article><h1>Title</h1><div class='post-body'>" + ("<p>" + c[0] + "</p>").repeat(2)
                    + "<pre><code class='sql'>" + c[1] + "</code></pre>" + ("<p>" + c[0] + "</p>").repeat(2) + "</div></article></body></html>";
            List<String> lines = PageCorpus.lines(extracted("https://blog.example/2020/05/index", page));
            for (String code : c[1].split("\n")) {
                String line = code.strip().replace("&gt;", ">");
                if (!line.equals(")")) {
                    assertThat(lines).as(c[0]).contains(line);
                }
            }
        }
    }

    /**
     * "Read more" lines and "Related articles" headings in Hebrew and French ("קראו עוד: <headline>", "Articles liés")
     * end or leave the article: a Ynet-like page kept its read-more lines, a shop magazine its related articles.
     */
    @Test
    void dropsReadMoreLinesAndRelatedHeadingsInHebrewAndFrench() throws IOException {
        String ynet = "he-national-news-portal-2018-ynet-like-art-header-sub-title-lead-kept-text14-paragraphs-kiru-od-lines"
                + "-excluded-inread-ad-split-talkbacks-longer-excluded";
        assertThat(PageCorpus.lines(PageCorpus.BLIND34.extract(ynet).text())).containsExactlyElementsOf(PageCorpus.BLIND34.expectedLines(ynet));
        String shop = "fr-boutique-magazine-prestashop-prestablog-2018-intro-strong-kept-h2-sections-ul-kept-soft-hyphens"
                + "-product-miniatures-excluded-newsletter-block-mid-text-excluded-related-news";
        assertThat(PageCorpus.BLIND32.extract(shop).text()).doesNotContain("Articles liés", "Laver un pull en laine sans le feutrer");
    }

    /**
     * An {@code <article>} inside the article element is a teaser of another story, unless it holds most of the text:
     * a Korean news CMS's "article-veiw-body" holds its body as {@code <article id="article-view-content-div">}, and the
     * page came out empty.
     */
    @Test
    void keepsTheBodyHeldInAnArticleElementInsideTheArticle() {
        String[] bodies = {
            "해담시가 2019년 학생 수 감소로 문을 닫은 옛 송정초등학교를 주민 도서관으로 바꾼다. 사업비는 32억 원이며 내년 3월 개관할 예정이다.",
            "青葉台市は駅前の商店街を九月から土日の午後だけ歩行者天国にする試験を始めると発表した。期間は三か月で、買い物客の数を調べる。",
        };
        for (String body : bodies) {
            String page = "<html><body><article class='article-veiw-body'><header class='article-view-header'><h3>Title</h3>"
                    + "<ul class='infomation'><li>Reporter</li><li>2024.04.22 14:05</li></ul></header>"
                    + "<section class='article-view-content'><article id='article-view-content-div' class='article-body'>"
                    + ("<p>" + body + "</p>").repeat(4) + "</article>"
                    + "<article class='teaser'><a href='/news/2.html'>Another story</a></article></section></article></body></html>";
            String text = extracted("https://news.example/news/articleView.html?idxno=88213", page);
            assertThat(text).contains(body).doesNotContain("Another story");
        }
    }

    /**
     * An encyclopedia entry's fact box named "basic info" (a Baike-like "basicInfo-block" list) and its edit links by
     * the headings ("编辑", "edit") are no part of the entry's text; a news page's "infobox" stays the fact box it is.
     */
    @Test
    void dropsAnEncyclopediasFactBoxAndEditLinks() throws IOException {
        String[][] cases = {
            {"编辑", "中文名", "云栖桥，位于江州市石湖区云栖镇，横跨云溪，是一座五孔石拱桥，始建于明代万历年间，清代两次重修。"},
            {"edit", "Opened", "The Carrow Bridge is a five-span sandstone arch bridge over the River Lenn, opened in 1841 and widened in 1928."},
        };
        for (String[] c : cases) {
            String page = "<html><body><div class='main-content'><h1>Title</h1><div class='lemma-summary'><div class='para'>" + c[2]
                    + "</div></div><div class='basic-info cmn-clearfix'><dl class='basicInfo-block basicInfo-left'><dt class='basicInfo-item name'>" + c[1]
                    + "</dt><dd class='basicInfo-item value'>1841</dd></dl></div>"
                    + "<div class='para-title level-2'><h2 class='title-text'>History</h2><a class='edit-icon j-edit-link' href='#'>" + c[0] + "</a></div>"
                    + ("<div class='para'>" + c[2] + "</div>").repeat(6) + "</div></body></html>";
            List<String> lines = PageCorpus.lines(extracted("https://wiki.example/item/1", page));
            assertThat(lines).as(c[0]).contains(c[2], "History").doesNotContain(c[0], c[1]);
        }
    }

    /**
     * A heading whose text is an anchor to itself ({@code <h2 id="syntax"><a href="#syntax">Syntax</a></h2>}, as
     * documentation, READMEs and many blogs write them) is a heading, not a link: the sections' headings were dropped.
     */
    @Test
    void keepsHeadingsThatAreAnchorsToThemselves() {
        String[][] cases = {
            {"Syntax", "Return value", "The method compares every open entry with the bank statement and resolves the pairs whose amounts match."},
            {"Installation", "Konfiguration", "Das Werkzeug liest die Einträge aus der Datei und gleicht sie mit den Buchungen der Bank ab, Betrag für Betrag."},
        };
        for (String[] c : cases) {
            String page = "<html><body><main><article><h1>Title</h1><p>" + c[2] + "</p>"
                    + "<section><h2 id='a'><a href='#a'>" + c[0] + "</a></h2><p>" + c[2] + "</p><p>" + c[2] + "</p></section>"
                    + "<section><h2 id='b'><a href='#b'>" + c[1] + "</a></h2><p>" + c[2] + "</p><p>" + c[2] + "</p></section>"
                    + "</article></main></body></html>";
            List<String> lines = PageCorpus.lines(extracted("https://docs.example/api/reconcile", page));
            assertThat(lines).as(c[0]).contains(c[0], c[1], c[2]);
        }
    }

    /**
     * A table in a {@code <figure>} (a block editor's "wp-block-table", a docs page's "table-container") is a table, not a
     * picture: its cells are written.
     */
    @Test
    void keepsATableInAFigure() {
        String[][] cases = {
            {"Einnahmen", "12.400 €", "Der Verein hat im vergangenen Jahr mehr eingenommen als ausgegeben, vor allem dank der Spenden beim Sommerfest."},
            {"Revenue", "$12,400", "The club took in more than it spent last year, mostly thanks to the donations collected at the summer fair."},
        };
        for (String[] c : cases) {
            String page = "<html><body><article><h1>Title</h1><div class='entry-content'>" + ("<p>" + c[2] + "</p>").repeat(2)
                    + "<figure class='wp-block-table'><table><tbody><tr><td>" + c[0] + "</td><td>" + c[1] + "</td></tr>"
                    + "<tr><td>Total</td><td>99</td></tr></tbody></table></figure>" + ("<p>" + c[2] + "</p>").repeat(2)
                    + "</div></article></body></html>";
            List<String> lines = PageCorpus.lines(extracted("https://verein.example/2021/bericht", page));
            assertThat(lines).as(c[0]).contains(c[0], c[1], c[2]);
        }
    }

    /** A ruby's readings ({@code <rt>}, {@code <rp>}) are no part of the running text: "灰汁" stays "灰汁", not "灰汁あく". */
    @Test
    void dropsTheReadingsOfRuby() {
        String[][] cases = {
            {"<ruby>灰汁<rp>（</rp><rt>あく</rt><rp>）</rp></ruby>", "灰汁", "あく",
                "赤じそを買ってきて、塩でもんで灰汁を出してから梅と一緒に漬けると、梅酢がきれいな赤に染まっていった。"},
            {"<ruby>漢<rt>hàn</rt>字<rt>zì</rt></ruby>", "漢字", "hàn", "祖母はいつも台所の壁に、その年に漬けた梅の数と塩の量を漢字で書き残していた。"},
        };
        for (String[] c : cases) {
            String page = "<html><body><article><h1>Title</h1><div class='note-body'>" + ("<p>" + c[3] + "</p>").repeat(2)
                    + "<p>台所の" + c[0] + "を見るたびに祖母を思い出す。季節が変わるたびに、同じ仕事を繰り返していた。</p>"
                    + ("<p>" + c[3] + "</p>").repeat(2) + "</div></article></body></html>";
            String text = extracted("https://note.example/n/n1", page);
            assertThat(text).as(c[1]).contains("台所の" + c[1] + "を見るたびに").doesNotContain(c[2]);
        }
    }

    /**
     * An old table layout's lead row whose cell is named "newslead" (one word, no dash) is the lead, as "lead_art" is:
     * a Persian provincial daily lost its lead.
     */
    @Test
    void keepsTheLeadRowOfAnOldNewsTable() {
        String[][] cases = {
            {"پیک کرانه - پل صفوی سیاه‌آب که از زمستان به دلیل ترک‌های عمیق پایه‌ها بسته شده بود، روز گذشته دوباره باز شد.",
                "این پل یازده دهانه‌ای که در دوره صفوی ساخته شده، یکی از نمادهای شهر است و روزانه هزاران نفر از آن عبور می‌کردند."},
            {"Bergen - Die alte Steinbrücke über die Aach, seit dem Winter wegen tiefer Risse gesperrt, ist seit gestern wieder offen.",
                "Die Brücke mit elf Bögen gilt als Wahrzeichen der Stadt, täglich gingen Tausende Fußgänger über sie, bevor sie gesperrt wurde."},
        };
        for (String[] c : cases) {
            String page = "<html><body><table id='main'><tr><td class='menu'><a href='/'>Home</a> | <a href='/a'>Archiv</a></td></tr>"
                    + "<tr><td valign='top'><table class='newsbox'><tr><td class='newsdate'>03.05.2010</td></tr>"
                    + "<tr><td class='newstitle'>Title of the news</td></tr><tr><td class='newslead'><b>" + c[0] + "</b></td></tr>"
                    + "<tr><td class='newstext'>" + ("<p>" + c[1] + "</p>").repeat(4) + "</td></tr></table></td></tr></table></body></html>";
            List<String> lines = PageCorpus.lines(extracted("http://daily.example/news.aspx?id=40521", page));
            assertThat(lines).as(c[0]).contains(c[0], c[1]);
        }
    }

    /**
     * An accordion's section hidden until the browser's find opens it ({@code hidden="until-found"}, GOV.UK's
     * accordion) is folded article text, though it holds one paragraph: a guidance page lost half its sections.
     */
    @Test
    void keepsSectionsHiddenUntilFound() {
        String[][] cases = {
            {"Who needs to register", "You must register every private water supply that serves more than one household, or any business premises."},
            {"Wer sich anmelden muss", "Jede private Wasserversorgung, die mehr als einen Haushalt oder einen Betrieb versorgt, muss angemeldet werden."},
        };
        for (String[] c : cases) {
            StringBuilder sections = new StringBuilder();
            for (int i = 1; i <= 3; i++) {
                sections.append("<div class='govuk-accordion__section'><div class='govuk-accordion__section-header'><h2>")
                        .append(c[0]).append(' ').append(i).append("</h2></div><div id='c").append(i)
                        .append("' class='govuk-accordion__section-content' hidden='until-found'><p>").append(i).append(": ")
                        .append(c[1]).append(' ').append(c[1]).append("</p><ul><li>").append(c[0]).append(" a</li><li>")
                        .append(c[0]).append(" b</li></ul></div></div>");
            }
            String page = "<html><body><main><h1>Title</h1><p class='lead'>" + c[1] + "</p><div class='govuk-accordion'>"
                    + sections + "</div></main></body></html>";
            String text = extracted("https://www.gov.example/guidance/private-water-supplies", page);
            assertThat(text).as(c[0]).contains("1: " + c[1], "3: " + c[1]);
        }
    }

    /**
     * A custom element ({@code <founder-content>}, a name with a hyphen) holding the article's text segments between
     * line breaks is a paragraph as a {@code <span>} is: an e-paper's article page came out empty.
     */
    @Test
    void readsTextInsideCustomElements() {
        String[][] cases = {
            {"founder-content", "　　本报讯 昨天上午，位于老城区的清水门片区骑楼保护性修缮工程正式启动，专家要对首批三十七栋骑楼逐栋进行检测评估。",
                "　　清水门片区是澜州现存规模最大、保存最完整的骑楼街区之一，沿街骑楼大多建于上世纪二三十年代，底层商铺、楼上住人。"},
            {"story-text", "Work to shore up the old arcades of the Water Gate quarter began yesterday, with engineers surveying 37 buildings first.",
                "The quarter holds the largest surviving row of arcaded houses in the city, most built in the 1920s and 1930s."},
        };
        for (String[] c : cases) {
            String page = "<html><body><table width='1000'><tr><td><a href='/'>首页</a></td><td>2013-04-18 <a href='node_1.htm'>上一期</a> "
                    + "<a href='node_3.htm'>下一期</a></td></tr></table><table width='1000'><tr valign='top'><td width='330'>"
                    + "<table><tr><td><a href='node_2.htm'>A01 头版</a></td></tr><tr><td><a href='node_3.htm'>A02 要闻</a></td></tr>"
                    + "<tr><td><a href='node_4.htm'>A03 城事</a></td></tr></table></td><td width='670'><table>"
                    + "<tr><td class='font01'>Title of the story</td></tr><tr><td class='author'>本报记者 孔维庆</td></tr>"
                    + "<tr><td class='content'><div id='ozoom'><" + c[0] + ">" + c[1] + "<br>" + c[2] + "<br>" + c[1] + "<br>" + c[2]
                    + "<br></" + c[0] + "></div></td></tr><tr><td>上一篇：<a href='c1.htm'>城区新增公共自行车租赁点</a> 下一篇："
                    + "<a href='c3.htm'>河堤步道改造下月完工</a></td></tr></table></td></tr></table>"
                    + "<table><tr><td>澜州晚报社版权所有 未经许可不得转载 地址：澜州市河西路18号 电话：0000-1234567</td></tr></table></body></html>";
            List<String> lines = PageCorpus.lines(extracted("http://epaper.example/html/2013-04/18/content_118234.htm", page));
            assertThat(lines).as(c[0]).contains(c[1].strip(), c[2].strip());
        }
    }

    /**
     * A short wire in a column between a news tape of summaries above it and a shorter list below is beside the lists,
     * though the column as a whole reads as a teaser list: an agency's brief lost to its tape.
     */
    @Test
    void keepsAWireBetweenTwoNewsTapes() {
        String[][] cases = {
            {"ЧЕЛЯБИНСК, 14 ноя — РусВест. Шесть цистерн с мазутом сошли с рельсов на перегоне Увалы — Каменный Брод, утечки груза нет, никто не пострадал.",
                "Движение поездов на однопутном участке прервано, пассажирские поезда пропускают в обход через Троицк с задержкой до трёх часов.",
                "Археологи экспедиции педагогического университета раскопали остатки трёх жилищ, очаг и около сотни фрагментов керамики, рассказал руководитель работ."},
            {"SPRINGVALE, Nov 14 (Unified Wire) - Six tank cars carrying fuel oil left the rails on a single-track stretch east of the city, no one was hurt.",
                "Trains on the line were halted and passenger services were sent on a detour through Carver, with delays of up to three hours.",
                "Archaeologists from the state teachers' college uncovered the remains of three dwellings, a hearth and about a hundred pottery shards, the dig's leader said."},
        };
        for (String[] c : cases) {
            StringBuilder tape = new StringBuilder("<div class='tape-before'><div class='tape-head'>Лента</div>");
            for (int i = 0; i < 5; i++) {
                tape.append("<div class='tape-item'><span class='tape-time'>").append(9 + i).append(":15</span> <a href='/news/")
                        .append(i).append("/'>Headline number ").append(i).append(" of the agency's news tape</a><div class='tape-text'>")
                        .append(i).append(". ").append(c[2]).append("</div></div>");
            }
            tape.append("</div>");
            String after = "<div class='tape-after'><div class='tape-head'>Main topics</div>"
                    + ("<div class='tape-item'><a href='/theme/1/'>The first of the agency's main topics today</a><div class='tape-text'>"
                    + c[2] + "</div></div>").repeat(2) + "</div>";
            String page = "<html><body><div id='head'><a href='/'>Agency</a></div><div id='body'><div id='main'>" + tape
                    + "<div class='news'><div class='news-date'>14/11/2012 12:47</div><h1>Six tank cars derailed</h1><div class='news-text'>"
                    + "<p>" + c[0] + "</p><p>" + c[1] + "</p><p>13:35 " + c[1] + "</p><p>13:50 " + c[0] + "</p><p>14:05 " + c[1] + "</p></div>"
                    + "<div class='news-copy'>© Agency, 2012. All rights reserved.</div></div>"
                    + after + "</div></div><div id='foot'>© 2004–2012 Agency. All rights reserved. Registration certificate 00007. About us | Contacts</div></body></html>";
            List<String> lines = PageCorpus.lines(extracted("https://agency.example/incidents/20121114/558812211.html", page));
            assertThat(lines).as(c[0]).contains(c[0], c[1], "13:50 " + c[0]).doesNotContain("0. " + c[2]);
        }
    }

    /**
     * An accordion's panel named by its BEM class ("ampAccordion__content") under a "Read more" toggle holds the rest of
     * the article: when it scores best, the article is the block around the accordion, not the panel alone. An AMP page
     * lost its lead and first paragraphs.
     */
    @Test
    void takesTheArticleAroundItsFoldedRest() {
        String[][] cases = {
            {"Czytaj więcej", "Ponad 600 srebrnych monet z pierwszej połowy XVII wieku wyorał rolnik z Grodziska Dolnego na Podkarpaciu.",
                "Wśród znalezionych monet są przede wszystkim trojaki i półtoraki bite za panowania Zygmunta III Wazy, ale także talary z Niderlandów"},
            {"Read more", "More than 600 silver coins from the early seventeenth century were ploughed up by a farmer near Lower Grodzisk.",
                "Most of the coins are three-groszy and one-and-a-half-groszy pieces struck under Sigismund III, with a few thalers from the Netherlands"},
            {"Weiterlesen", "Mehr als 600 Silbermünzen aus dem frühen 17. Jahrhundert hat ein Landwirt bei Unter-Grodzisk beim Pflügen gefunden.",
                "Die meisten Münzen sind Dreigroschen und Anderthalbgroschen aus der Zeit Sigismunds III., dazu einige Taler aus den Niederlanden"},
        };
        for (String[] c : cases) {
            StringBuilder rest = new StringBuilder();
            for (int i = 1; i <= 3; i++) {
                rest.append("<p>").append(c[2]).append(", ").append(i).append(", ").append(c[2]).append(".</p>");
            }
            String page = "<html><body><header class='ampHeader'><a href='/'>Portal</a></header><article class='ampArticle'>"
                    + "<h1 class='ampArticle__title'>Title</h1><div class='ampArticle__body'><p class='ampArticle__lead'><strong>" + c[1]
                    + "</strong></p><p>1: " + c[1] + ", " + c[1] + "</p><p>2: " + c[1] + ", " + c[1] + "</p><p>3: " + c[1] + ", " + c[1] + "</p>"
                    + "<amp-accordion class='ampAccordion'><section><h4>" + c[0] + "</h4><div class='ampAccordion__content'>" + rest
                    + "</div></section></amp-accordion><div class='ampRelated'><a href='/a/1.amp'>Another story of the portal today</a></div>"
                    + "</div></article><footer class='ampFooter'>© 2019 Portal</footer></body></html>";
            List<String> lines = PageCorpus.lines(extracted("https://news.example/regions/coins/9p4kd2s.amp", page));
            assertThat(lines).as(c[0]).contains(c[1], "1: " + c[1] + ", " + c[1], c[2] + ", 3, " + c[2] + ".");
        }
    }

    /**
     * The slides of a gallery inside the text, each named chrome by its class ("gallery-embed__item") in a box that is
     * not, are the gallery's pictures: their captions are kept, their credits and the gallery's heading are not.
     */
    @Test
    void keepsCaptionsOfChromeNamedSlides() {
        String[][] cases = {
            {"Nomvula Dlamini clears mud from her kitchen in Ngqika Street on Sunday morning.",
                "Residents of Mthonjeni began shovelling mud out of their homes on Sunday, a day after flash floods tore through the township."},
            {"Mieszkańcy Grodźca usuwają błoto z piwnic przy ulicy Mostowej w niedzielę rano.",
                "Mieszkańcy Grodźca od niedzieli usuwają skutki nawałnicy, która w sobotę wieczorem przeszła nad miastem i zalała kilkadziesiąt piwnic."},
        };
        for (String[] c : cases) {
            StringBuilder slides = new StringBuilder();
            for (int i = 1; i <= 4; i++) {
                slides.append("<div class='gallery-embed__item'><img src='/g/").append(i).append(".jpg' alt=''><div class='gallery-embed__caption'>")
                        .append(i).append(". ").append(c[0]).append("</div><div class='gallery-embed__credit'>Photo: Thabo Mokoena</div></div>");
            }
            String page = "<html><body><div class='site-header'><a href='/'>Home</a> <a href='/news'>News</a></div><article class='article'>"
                    + "<h1>Title</h1><div class='article__body'><p>" + c[1] + "</p><p>" + c[1] + " " + c[1] + "</p>"
                    + "<div class='gallery-embed'><div class='gallery-embed__heading'>Gallery: the floods</div>" + slides
                    + "<div class='gallery-embed__count'>1 of 4</div></div><p>" + c[1] + "</p></div></article></body></html>";
            List<String> lines = PageCorpus.lines(extracted("https://news.example/news/local/floods-20191124", page));
            assertThat(lines).as(c[0]).contains("1. " + c[0], "4. " + c[0]).doesNotContain("Photo: Thabo Mokoena", "Gallery: the floods", "1 of 4");
        }
    }

    /**
     * A readers' poll or quiz inside the article ("poll", "sonda", "quiz", "umfrage"), its question and answers
     * written as sentences, is chrome.
     */
    @Test
    void dropsPollsAndQuizzesInsideTheArticle() {
        String[][] cases = {
            {"poll", "Would you use a greenway if one opened near you, and how often do you think you would cycle or walk on it?",
                "The 14km route will follow the old railway line along the valley, and work on the first section is to begin next spring, the council said."},
            {"sonda", "Czy uważasz, że strefa płatnego parkowania powinna obejmować także osiedla mieszkaniowe poza centrum miasta?",
                "Strefa płatnego parkowania obejmie od lipca kolejne ulice śródmieścia, a opłaty wzrosną o jedną trzecią, zdecydowali radni."},
            {"quiz", "Czy pamiętasz wszystkich mistrzów Polski w siatkówce od 2000 roku, i który zespół zdobył tytuł w 2004 roku?",
                "Nowym trenerem siatkarzy z Kalisza został Włoch, który podpisał kontrakt do 2019 roku i przyjedzie do klubu w lipcu, ogłosił prezes."},
            {"umfrage", "Würden Sie einen Radweg auf der alten Bahntrasse nutzen, wenn er vor Ihrer Haustür eröffnet würde, und wie oft?",
                "Der Radweg soll auf der alten Bahntrasse durch das Tal führen, der erste Abschnitt wird im kommenden Frühjahr gebaut, teilte die Gemeinde mit."},
        };
        for (String[] c : cases) {
            String widget = "<div class='" + c[0] + "'><div class='" + c[0] + "__title'>" + c[1] + "</div><ul class='" + c[0]
                    + "__answers'><li>" + c[1].substring(0, 20) + " 1</li><li>" + c[1].substring(0, 20) + " 2</li><li>"
                    + c[1].substring(0, 20) + " 3</li></ul><p class='" + c[0] + "__note'>" + c[1] + "</p></div>";
            String page = "<html><body><div class='masthead'><a href='/'>Home</a></div><article><h1>Title</h1><div class='text-body'>"
                    + "<p>" + c[2] + "</p><p>" + c[2] + " " + c[2] + "</p>" + widget + "<p>" + c[2] + "</p></div></article></body></html>";
            List<String> lines = PageCorpus.lines(extracted("https://news.example/news/2019/03/20/greenway", page));
            assertThat(lines).as(c[0]).contains(c[2]).doesNotContain(c[1]);
        }
    }

    /** A Chinese paper's own byline opening the body ("本报记者 冯立群 通讯员 孟庆山") is no article text. */
    @Test
    void dropsAChinesePapersOwnBylineLine() {
        String[][] cases = {
            {"本报记者 冯立群 通讯员 孟庆山", "　　初夏时节，走进河湾村，一排排新建的蔬菜大棚整齐排列，村民们正忙着采摘黄瓜和西红柿，村里的合作社今年已经带动了一百多户增收。"},
            {"本報記者 林志明 台中報導", "　　台中市政府昨天宣布，明年起將在海線地區增設三條公車路線，並延長現有路線的末班車時間，預計每天可服務上千名通勤民眾。"},
        };
        for (String[] c : cases) {
            String page = "<html><body><div class='nav'><a href='/'>首页</a></div><div class='text_c'><h1>标题</h1><div class='c_c'>"
                    + "<p>" + c[0] + "</p><p>" + c[1] + "</p><p>" + c[1] + "</p><p>" + c[1] + "</p></div></div></body></html>";
            List<String> lines = PageCorpus.lines(extracted("http://paper.example/html/2015-06/09/nw.D110000renmrb_20150609_1-10.htm", page));
            assertThat(lines).as(c[0]).contains(c[1].strip()).doesNotContain(c[0]);
        }
    }

    /**
     * A pull quote ("pull-quote", "pullquote") that repeats a sentence of the text in large type is no line of its own;
     * one quoting what the text does not say is kept.
     */
    @Test
    void dropsPullQuotes() {
        String[][] cases = {
            {"pull-quote", "«Часть работ так и не была выполнена, однако предприятие оплатило их полностью»",
                "Как установил суд, в 2015–2016 годах директор заключил договоры на ремонт насосных станций с фирмой своего знакомого."},
            {"pullquote pullquote-right", "“Closing two hours early is the least bad option we have right now.”",
                "Dining halls on the north campus will close at 8 p.m. on weeknights from Monday, the university's dining services said."},
        };
        for (String[] c : cases) {
            String page = "<html><body><div class='nav'><a href='/'>Home</a></div><article><h1>Title</h1><div class='entry-content'>"
                    + "<p>" + c[2] + "</p><p>" + c[2] + " Он сказал: " + c[1] + "</p><div class='" + c[0] + "'><p>" + c[1] + "</p></div>"
                    + "<p>" + c[2] + " " + c[2] + "</p></div></article></body></html>";
            List<String> lines = PageCorpus.lines(extracted("https://paper.example/news/2018/11/court", page));
            assertThat(lines).as(c[0]).contains(c[2]).doesNotContain(c[1]);
            String unrepeated = page.replace(" Он сказал: " + c[1], "");
            assertThat(PageCorpus.lines(extracted("https://paper.example/news/2018/11/court", unrepeated))).as(c[0]).contains(c[1]);
        }
    }

    /**
     * A partners' news grid ("partners-news", "view-partners"), its teasers carrying summaries, is chrome: the error
     * note before it then closes the article and goes too.
     */
    @Test
    void dropsPartnersNewsGrids() throws IOException {
        String[][] cases = {
            {"Новини партнерів", "Пенсійний фонд пояснив, хто з пенсіонерів отримає підвищення автоматично, а кому доведеться писати заяву й подавати документи.",
                "Міська рада ухвалила програму ремонту шкіл на два роки, першими відремонтують покрівлі трьох шкіл на лівому березі, повідомили в управлінні освіти."},
            {"Новости партнеров", "Пенсионный фонд объяснил, кому из пенсионеров пересчитают выплаты автоматически, а кому придётся писать заявление и собирать документы.",
                "Городской совет утвердил программу ремонта школ на два года, первыми отремонтируют крыши трёх школ на левом берегу, сообщили в управлении образования."},
        };
        for (String[] c : cases) {
            StringBuilder rows = new StringBuilder();
            for (int i = 1; i <= 4; i++) {
                rows.append("<div class='views-row'><div class='views-field-title'><a href='/p/").append(i).append("'>")
                        .append(c[0]).append(' ').append(i).append("</a></div><div class='views-field-body'>").append(i).append(". ")
                        .append(c[1]).append(' ').append(c[1]).append("</div></div>");
            }
            String page = "<html><body><div id='header'><a href='/'>Головна</a></div><div id='content'><h1>Title</h1>"
                    + "<div class='field-name-body'><p>" + c[2] + "</p><p>" + c[2] + " " + c[2] + "</p></div>"
                    + "<div id='block-views-partners-block' class='block block-views partners-news'><h2 class='block-title'>" + c[0]
                    + "</h2><div class='view view-partners'><div class='view-content'>" + rows + "</div></div></div></div></body></html>";
            List<String> lines = PageCorpus.lines(extracted("https://paper.example/news/2016/03/17/schools", page));
            assertThat(lines).as(c[0]).contains(c[2]).noneMatch(l -> l.contains(c[1]));
        }
        String ukrainian = "uk-national-online-paper-2016-drupal7-lead-p-class-lead-read-also-links-inside-body-reklama-label-splits-body-tags-partner-news-grid-with-summaries";
        assertThat(PageCorpus.lines(PageCorpus.BLIND43.extract(ukrainian).text())).as("after a Drupal paper's error note")
                .containsExactlyElementsOf(PageCorpus.BLIND43.expectedLines(ukrainian));
    }

    /**
     * The author's signature under the text ("signature-art": initials, a name and a post) and a French "Réagir"
     * section ("reagir": readers' reactions and their form) are chrome.
     */
    @Test
    void dropsSignaturesAndReactionSections() {
        String[][] cases = {
            {"P. D.", "Réagir à cet article", "Super article, merci pour ces informations, j'habite à côté et je n'avais rien vu de tout cela hier soir.",
                "Les flammes étaient visibles depuis l'autoroute, et une quarantaine de pompiers ont lutté toute la nuit contre l'incendie de l'entrepôt."},
            {"שרה לוי, דוברת העירייה", "Réagir", "כתבה חשובה, תודה. מתי יפתחו את הכביש מחדש? אנחנו גרים ליד ואין לנו מושג מה קורה עם ההסעות לבית הספר.",
                "העירייה הודיעה כי עבודות התשתית ברחוב הרצל יימשכו עד סוף החודש, והתנועה תוסט לרחובות הסמוכים בשעות הבוקר והערב."},
        };
        for (String[] c : cases) {
            String page = "<html><body><div id='menu'><a href='/'>Accueil</a></div><div id='article'><h1>Titre</h1>"
                    + "<p>" + c[3] + "</p><p>" + c[3] + " " + c[3] + "</p><p class='signature-art'>" + c[0] + "</p>"
                    + "<div class='reagir' id='reagir'><b>" + c[1] + "</b><div class='msg'><p>" + c[2] + "</p><p>" + c[2] + " " + c[2]
                    + "</p></div><form action='/reagir.php' method='post'>Pseudo : <input type='text' name='pseudo'></form></div>"
                    + "</div></body></html>";
            List<String> lines = PageCorpus.lines(extracted("http://www.quotidien.example/region/2010/11/09/incendie.html", page));
            assertThat(lines).as(c[0]).contains(c[3]).doesNotContain(c[0], c[2]);
        }
    }

    /**
     * A press release's press contact ("Pressekontakt", "Contact presse", "Kontakt dla mediów") or a university's
     * "Originalpublikation" ends its text.
     */
    @Test
    void stopsAtThePressContactOfAPressRelease() {
        String[][] cases = {
            {"Pressekontakt", "Sabine Reuter, Telefon 09721 55 48-0, presse@heidlinger-brot.example",
                "Die Brotmanufaktur Heidlinger eröffnet im Mai ihre fünfzehnte Filiale in Schweinfurt und schafft damit zwölf neue Arbeitsplätze."},
            {"Contact presse", "Claire Dubois, tél. 04 72 00 00 00, presse@boulangerie-martin.example",
                "La boulangerie Martin ouvrira en mai sa quinzième boutique à Villefranche et créera ainsi douze emplois dans le quartier."},
            {"Kontakt dla mediów", "Anna Nowak, tel. 22 100 20 30, prasa@piekarnia-zielinski.example",
                "Piekarnia Zieliński otworzy w maju piętnasty sklep w Kaliszu i zatrudni w nim dwanaście nowych osób z okolicy."},
            {"Originalpublikation:", "Osterkamp M, Henke J, Vogl S (2013): Olfactory avoidance of pesticide-laced nectar. Apidologie Letters 12: 44-53.",
                "Honigbienen meiden Nektar, der mit einem verbreiteten Pflanzenschutzmittel belastet ist, das zeigt eine Studie der Universität."},
        };
        for (String[] c : cases) {
            String page = "<html><body><div class='nav'><a href='/'>Start</a></div><div class='press-release'><h1>Title</h1>"
                    + "<p>" + c[2] + "</p><p>" + c[2] + " " + c[2] + "</p><h3>" + c[0] + "</h3><p>" + c[1] + "</p></div></body></html>";
            List<String> lines = PageCorpus.lines(extracted("https://www.presse.example/pm/2016/05/filiale", page));
            assertThat(lines).as(c[0]).contains(c[2]).doesNotContain(c[0], c[1]);
        }
    }

    /**
     * A WeChat article's call to follow the account above its text ("点击上方蓝字关注我们"), its closing credits of text
     * and pictures ("文字 | …", "圖片 | …") and a forum attachment's size and download count are no article text.
     */
    @Test
    void dropsWeChatFollowCallsCreditsAndAttachmentCounts() {
        String[][] cases = {
            {"点击上方蓝字“河湾发布”，关注我们", "文字 | 河湾融媒 周晓", "菜园.jpg (91.2 KB, 下载次数: 23)",
                "今年春天，河湾村在村委会旁边开出了一片共享菜园，二十多户老人每天早上都来浇水、拔草，还把多出来的青菜送给村里的食堂。"},
            {"點擊上方藍字「灣區生活」，關注我們", "撰文 | 陳家豪", "街市.jpg (120.5 KB, 下載次數: 8)",
                "灣仔街市翻新工程上月完成，三十多個檔主陸續搬回，街坊說通道闊了、冷氣也夠，只是租金比以前貴了一成多。"},
        };
        for (String[] c : cases) {
            String page = "<html><body><div class='nav'><a href='/'>首页</a></div><div class='rich_media_content'>"
                    + "<section><span>" + c[0] + "</span></section><p>" + c[3] + "</p><p>" + c[3] + "</p><p>" + c[2] + "</p>"
                    + "<p>" + c[3] + "</p><section><p>" + c[1] + "</p><p>编辑 | 林夏</p></section></div></body></html>";
            List<String> lines = PageCorpus.lines(extracted("https://mp.example/s/aX3kq9", page));
            assertThat(lines).as(c[0]).contains(c[3]).doesNotContain(c[0], c[1], c[2]);
        }
    }

    /**
     * The element after an empty anchor named for comments ({@code <a name="comments"></a>}, uCoz's and many old CMSs'
     * mark) holds readers' comments, whatever its class names say.
     */
    @Test
    void dropsTheCommentsAfterACommentsAnchor() {
        String[][] cases = {
            {"Спасибо школе и учителям! Моя дочь сдала на восемьдесят шесть, мы даже не ожидали, отдельное спасибо классному руководителю.",
                "Экзамен писали шестьдесят четыре выпускника из шести школ, минимальный порог не преодолели двое, в прошлом году таких было семеро."},
            {"Danke an die Schule und die Lehrer! Meine Tochter hat eine Eins geschrieben, damit hatten wir gar nicht gerechnet, wirklich.",
                "Die Prüfung schrieben vierundsechzig Schüler aus sechs Schulen, nur zwei blieben unter der Mindestpunktzahl, im Vorjahr waren es sieben."},
        };
        for (String[] c : cases) {
            String comment = "<table class='cBlock1'><tr><td><div class='cTop'><b>1</b> <a href='javascript://'>nina</a></div>"
                    + "<div class='cMessage'>" + c[0] + "</div></td></tr></table>";
            String page = "<html><body><table><tr><td class='leftColumn'><a href='/'>Home</a></td><td class='mainColumn'>"
                    + "<table class='eBlock'><tr><td class='eTitle'>Title</td></tr><tr><td class='eMessage'><p>" + c[1] + "</p><p>"
                    + c[1] + "</p></td></tr></table><a name='comments'></a><div class='com-cont'>" + comment + comment + comment
                    + "</div></td></tr></table></body></html>";
            List<String> lines = PageCorpus.lines(extracted("https://selnov.example/news/2012-06-13-1512", page));
            assertThat(lines).as(c[1]).contains(c[1]).doesNotContain(c[0]);
        }
    }

    /**
     * WordPress's gallery shortcode writes each picture as a definition list, its caption a {@code <dd
     * class="gallery-caption">}: three captions or more are a gallery, kept, though "gallery" names chrome.
     */
    @Test
    void keepsTheCaptionsOfAWordPressGalleryShortcode() {
        String[][] cases = {
            {"Оркестр городского Дома культуры встречает теплоход", "Первые пассажиры поднимаются на борт",
                "Вид на Затон с верхней палубы",
                "После девяти лет перерыва в городе снова работает речная пристань, в субботу к дебаркадеру причалил первый теплоход."},
            {"Die Blaskapelle empfängt das Schiff am Anleger", "Die ersten Fahrgäste gehen an Bord",
                "Blick vom Oberdeck auf den alten Hafen",
                "Nach neun Jahren Pause legt am alten Anleger wieder ein Ausflugsschiff an, am Samstag kamen mehrere hundert Menschen."},
        };
        for (String[] c : cases) {
            StringBuilder gallery = new StringBuilder("<div id='gallery-1' class='gallery galleryid-412 gallery-columns-3 gallery-size-thumbnail'>");
            for (int i = 0; i < 3; i++) {
                gallery.append("<dl class='gallery-item'><dt class='gallery-icon landscape'><a href='/?attachment_id=41").append(i)
                        .append("'><img src='/wp-content/uploads/2013/06/p").append(i).append("-150x150.jpg'></a></dt>")
                        .append("<dd class='wp-caption-text gallery-caption'>").append(c[i]).append("</dd></dl>");
            }
            gallery.append("<br style='clear: both'></div>");
            String page = "<html><body><div id='masthead'><a href='/'>Home</a></div><article class='post'><h1 class='entry-title'>Title</h1>"
                    + "<div class='entry-content'><p>" + c[3] + "</p><p>" + c[3] + " " + c[3] + "</p>" + gallery + "<p>" + c[3]
                    + "</p></div></article></body></html>";
            List<String> lines = PageCorpus.lines(extracted("https://city.example/?p=412", page));
            assertThat(lines).as(c[3]).contains(c[0], c[1], c[2], c[3]);
        }
    }

    /**
     * A class saying what stands beside an element ("has-right-rail", "layout--with-sidebar", "no-ads") names the
     * layout's state, not chrome: the article inside such a wrapper is kept.
     */
    @Test
    void readsLayoutStateClassesAsNoChrome() throws IOException {
        String wiki = "en-fandom-like-wiki-2021-portable-infobox-aside-excluded-citation-markers-kept-h2-sections-gallery-four-captions-kept-references-excluded-fan-feed-summaries";
        List<String> expected = PageCorpus.BLIND48.expectedLines(wiki);
        assertThat(PageCorpus.lines(PageCorpus.BLIND48.extract(wiki).text())).as("a wiki inside 'page has-right-rail'")
                .containsAll(expected.stream().filter(line -> !line.equals("Gallery")).toList());
    }

    /**
     * Joomla's "article-info" box (author, category, dates, hits) over the text is the article's metadata, no text of
     * it; nor is an "About this article" box named so.
     */
    @Test
    void dropsJoomlasArticleInfoBox() throws IOException {
        String joomla = "ru-joomla25-district-newspaper-2014-item-page-large-article-info-dl-box-excluded-intro-system-readmore-hr-full-text-kept-soft-hyphens-related-items-module-jcomments-longer";
        assertThat(PageCorpus.lines(PageCorpus.BLIND19.extract(joomla).text())).containsExactlyElementsOf(PageCorpus.BLIND19.expectedLines(joomla));
        String wikiHow = "en-us-howto-wikihow-like-2019-intro-kept-method-headings-kept-step-numbers-excluded-bold-first-sentence-step-text-kept-things-youll-need-tips-warnings-kept-qa-references";
        assertThat(PageCorpus.lines(PageCorpus.BLIND48.extract(wikiHow).text())).as("a how-to beside its 'article_info' box")
                .contains(PageCorpus.BLIND48.expectedLines(wikiHow).get(0));
    }

    /**
     * An old table layout's side column beside the article's cell (the saint of the day, the week's mass intentions) is
     * no part of the article however long its text, nor when its items are paragraphs: a cell of the layout row joins
     * only when it scores half as well as the article.
     */
    @Test
    void leavesTheSideColumnOfATableLayoutOut() throws IOException {
        String parish = "pl-parish-site-2012-iso-8859-2-table-layout-bell-consecration-br-segments-kept-bold-subhead-segment-kept-gallery-four-podpisy-kept-intencje-and-patron-dnia-longer-excluded";
        List<String> lines = PageCorpus.lines(PageCorpus.BLIND52.extract(parish).text());
        assertThat(lines).containsAll(PageCorpus.BLIND52.expectedLines(parish)).doesNotContain("Patron dnia – 13 sierpnia", "Intencje mszalne");
        String mairie = "fr-mairie-site-2005-windows-1252-br-segments-in-font-four-caption-photo-table-agenda-column-noframes";
        assertThat(PageCorpus.lines(PageCorpus.BLIND57.extract(mairie).text())).as("a town hall's agenda column, its items paragraphs")
                .containsAll(PageCorpus.BLIND57.expectedLines(mairie)).doesNotContain("Agenda", "Infos pratiques");
    }

    /**
     * Boilerplate a platform writes into the text: an affiliate disclosure over a blog post, a recipe card's call for
     * readers' photos, a mailing service's footer under a newsletter's web version.
     */
    @Test
    void dropsAffiliateNoticesRecipeCallsAndNewsletterFooters() {
        String[][] cases = {
            {"This post contains affiliate links. As an Amazon Associate I earn from qualifying purchases.",
                "Did you make this recipe? Tag @northshelf on Instagram and hashtag it #northshelf",
                "You are receiving this email because you rent a plot at Kettleby Road or asked to join our waiting list.",
                "The plot inspections will take place on the first Saturday of October, and tenants are asked to clear paths of weeds by then."},
            {"This post contains affiliate links: if you buy through them, we earn a small commission at no cost to you.",
                "Tried this recipe? Mention @hofkueche or tag #hofkueche!",
                "Sie erhalten diesen Newsletter, weil Sie Mitglied im Gartenbauverein sind. Hier können Sie sich abmelden.",
                "Die Begehung der Gärten findet am ersten Samstag im Oktober statt, bis dahin sollen die Wege von Unkraut befreit sein."},
        };
        for (String[] c : cases) {
            String page = "<html><body><div class='nav'><a href='/'>Home</a></div><article><h1>Title</h1><div class='entry-content'>"
                    + "<p><em>" + c[0] + "</em></p><p>" + c[3] + "</p><p>" + c[3] + " " + c[3] + "</p><p>" + c[3] + "</p><p>" + c[1]
                    + "</p><p>" + c[2] + "</p></div></article></body></html>";
            List<String> lines = PageCorpus.lines(extracted("https://kettleby.example/2016/09/inspections/", page));
            assertThat(lines).as(c[3]).contains(c[3]).doesNotContain(c[0], c[1], c[2]);
        }
    }

    /**
     * A hidden "read more" rest whose paragraphs are links to a script ({@code <a href="javascript:ampliarNota()">}) is
     * article text waiting to be shown, as one of {@code <p>}s is; an Argentine paper's "copete" is its standfirst.
     */
    @Test
    void keepsAHiddenRestWrittenAsScriptLinks() throws IOException {
        String[][] cases = {
            {"Además del boleto común, la ordenanza fija el pasaje estudiantil hasta diciembre y mantiene gratuito el viaje para jubilados.",
                "La sesión extraordinaria del Concejo Deliberante se extendió hasta pasada la medianoche y terminó con la aprobación del aumento."},
            {"Poza biletem normalnym uchwała utrzymuje ulgowy bilet dla uczniów do grudnia, a emeryci nadal będą jeździć za darmo.",
                "Nadzwyczajna sesja rady miasta trwała do północy i zakończyła się przyjęciem podwyżki cen biletów komunikacji miejskiej."},
        };
        for (String[] c : cases) {
            String rest = "<div id='notaResto' style='display:none'><a href='javascript:ampliarNota()' class='parrafoLink'>" + c[0]
                    + "</a><br><br><a href='javascript:ampliarNota()' class='parrafoLink'>" + c[0] + " " + c[0] + "</a><br><br></div>";
            String page = "<html><body><table><tr><td class='menu'><a href='/'>Inicio</a></td><td class='cuerpo' id='cuerpoNota'>"
                    + c[1] + "<br><br>" + c[1] + " " + c[1] + "<br><br>" + c[1] + "<br><br><a href='javascript:ampliarNota()'>Ampliar nota »</a>"
                    + rest + "</td></tr></table></body></html>";
            List<String> lines = PageCorpus.lines(extracted("http://www.diario.example/nota/48213", page));
            assertThat(lines).as(c[0]).contains(c[1], c[0]);
        }
        String argentine = "es-ar-diario-provincial-2012-iso-8859-1-table-layout-volanta-excluded-copete-kept-br-br-segments-lee-tambien-segment-excluded-javascript-link-paragraphs-opiniones";
        assertThat(PageCorpus.lines(PageCorpus.BLIND56.extract(argentine).text())).as("a copete over the text")
                .contains(PageCorpus.BLIND56.expectedLines(argentine).get(0));
    }

    /** A Japanese town's or company's contact box under the text (お問い合わせ, named "toiawase") is chrome. */
    @Test
    void dropsAJapaneseContactBox() throws IOException {
        String text = "町では、旧駅舎を地域の交流拠点として改修する計画を進めており、来年春の完成を目指して今月から工事を始めます。";
        String page = "<html><body><div class='nav'><a href='/'>トップ</a></div><div class='contents'><h1>旧駅舎の改修について</h1>"
                + "<p>" + text + "</p><p>" + text + text + "</p><p>" + text + "</p><div class='otoiawase'><h3>このページに関するお問い合わせ</h3>"
                + "<p>企画課 企画係 電話 0120-22-1111（内線215）</p></div></div></body></html>";
        List<String> lines = PageCorpus.lines(extracted("https://www.town.example.jp/soshiki/kikaku/2011/eki.html", page));
        assertThat(lines).contains(text).noneMatch(line -> line.contains("企画課"));
        String koho = "ja-town-koho-site-2011-cjk-split-a-strong-span-bold-p-subhead-inquiry-table-events-column";
        assertThat(PageCorpus.lines(PageCorpus.BLIND57.extract(koho).text())).containsExactlyElementsOf(PageCorpus.BLIND57.expectedLines(koho));
    }

    /**
     * A gallery's or slide's description named in BEM ("gallery-list__desc", "galeri-item-description") is a caption:
     * a photo gallery page keeps one per picture.
     */
    @Test
    void readsBemGalleryDescriptionsAsCaptions() throws IOException {
        String gallery = "tr-national-portal-foto-galeri-2017-list-gallery-eight-photo-captions-kept-intro-kept-counters-credits-excluded-ads-between-photos-diger-galeriler-excluded";
        List<String> captions = PageCorpus.BLIND55.expectedLines(gallery).stream().filter(l -> l.startsWith("Rota,") || l.startsWith("Dönüş yolu")).toList();
        assertThat(captions).hasSize(2);
        assertThat(PageCorpus.lines(PageCorpus.BLIND55.extract(gallery).text())).containsAll(captions);
    }

    /**
     * The error-report prompt of Russian-language sites ("Нашли ошибку? Выделите текст и нажмите Ctrl+Enter") is chrome,
     * and so is the heading of a box of other stories, "Еще по теме" ("more on the subject").
     */
    @Test
    void dropsErrorReportPromptsAndMoreOnTheSubjectBoxes() {
        String[][] cases = {
            {"Нашли ошибку? Выделите текст и нажмите Ctrl+Enter", "Еще по теме",
                "Городской стадион откроется после реконструкции в субботу, первым матчем на обновлённом поле станет игра местной команды."},
            {"Знайшли помилку? Виділіть її та натисніть Ctrl+Enter", "Ще за темою",
                "Міський стадіон відкриється після реконструкції в суботу, першим матчем на оновленому полі стане гра місцевої команди."},
        };
        for (String[] c : cases) {
            String teaser = "Проект предусматривает бассейн на шесть дорожек, строительство должно начаться весной следующего года.";
            String page = "<html><body><div class='nav'><a href='/'>Главная</a></div><main><article class='article'><h1>Title</h1>"
                    + "<div class='article__text'><p>" + c[2] + "</p><p>" + c[2] + " " + c[2] + "</p><p>" + c[2] + "</p></div>"
                    + "<div class='article__error'>" + c[0] + "</div></article><section class='more'><h2>" + c[1] + "</h2>"
                    + "<div class='more__item'><a href='/sport/1.html'>Крытый бассейн построят к осени</a><p>" + teaser + "</p></div>"
                    + "<div class='more__item'><a href='/sport/2.html'>Сборная готовится к турниру</a><p>" + teaser + "</p></div>"
                    + "</section></main></body></html>";
            List<String> lines = PageCorpus.lines(extracted("https://news.example/sport/2019/09/stadion.html", page));
            assertThat(lines).as(c[1]).contains(c[2]).doesNotContain(c[0], c[1]);
        }
    }

    /** A gallery's counter in words ("1 из 4", "2 z 8", "3 von 5", "1 sur 6") is no line of the article. */
    @Test
    void dropsGalleryCountersInWords() {
        String[][] cases = {
            {"из", "Жители района пришли на открытие зоопарка после реконструкции, первыми новый вольер увидели школьники."},
            {"z", "Mieszkańcy dzielnicy przyszli na otwarcie zoo po remoncie, nowy wybieg jako pierwsi zobaczyli uczniowie."},
            {"von", "Die Anwohner kamen zur Wiedereröffnung des Zoos nach dem Umbau, das neue Gehege sahen zuerst die Schulkinder."},
            {"sur", "Les habitants du quartier sont venus à la réouverture du zoo, les écoliers ont été les premiers à voir le nouvel enclos."},
        };
        for (String[] c : cases) {
            StringBuilder photos = new StringBuilder();
            for (int i = 1; i <= 4; i++) {
                photos.append("<figure><img src='/p/").append(i).append(".jpg'><figcaption><span class='counter'>").append(i).append(' ')
                        .append(c[0]).append(" 4</span><br>").append(i).append(". ").append(c[1]).append("</figcaption></figure>");
            }
            String page = "<html><body><div class='nav'><a href='/'>Home</a></div><article><h1>Title</h1><div class='text'><p>" + c[1]
                    + "</p><p>" + c[1] + " " + c[1] + "</p><div class='photoreport'>" + photos + "</div><p>" + c[1] + "</p></div>"
                    + "</article></body></html>";
            List<String> lines = PageCorpus.lines(extracted("https://news.example/2017/06/zoo.html", page));
            assertThat(lines).as(c[0]).contains("1. " + c[1]).doesNotContain("1 " + c[0] + " 4", "4 " + c[0] + " 4");
        }
    }

    /** An old video player's fallback ("Для просмотра видео необходим Flash Player") and "Читать дальше" are chrome. */
    @Test
    void dropsFlashPlayerFallbacks() {
        String[][] cases = {
            {"Для просмотра видео необходим Flash Player", "Читать дальше »",
                "Уровень воды в реке у города поднялся за сутки на полтора метра, спасатели эвакуировали жителей двух прибрежных улиц."},
            {"You need Adobe Flash Player to watch this video.", "Continue reading",
                "The river rose by five feet overnight, and rescuers moved residents of two streets along the bank to the school gym."},
        };
        for (String[] c : cases) {
            String page = "<html><body><div class='nav'><a href='/'>Home</a></div><div class='news-text'><h1>Title</h1>"
                    + "<div class='video'><object width='480'><p>" + c[0] + "</p></object></div><p>" + c[2] + "</p><p>" + c[2]
                    + " " + c[2] + "</p><p>" + c[2] + "</p><p>" + c[1] + "</p></div></body></html>";
            List<String> lines = PageCorpus.lines(extracted("https://tv.example/news/2012/04/15/flood", page));
            assertThat(lines).as(c[0]).contains(c[2]).doesNotContain(c[0], c[1]);
        }
    }

    /** Readers' opinions under a Polish article ("Opinie kibiców (4)", "Komentarze czytelników") close its text. */
    @Test
    void stopsAtPolishReadersOpinions() {
        String[] headings = {"Opinie kibiców (4)", "Komentarze czytelników", "Opinie internautów"};
        String text = "Michał Zawadzki wygrał w czwartek trzeci etap wyścigu dookoła Mazur, na mecie w Giżycku wyprzedził o dwie sekundy Czecha.";
        String opinion = "Byłem na mecie w Giżycku, mnóstwo ludzi i świetna atmosfera, szkoda, że w telewizji pokazali tylko ostatnie kilometry.";
        for (String heading : headings) {
            String page = "<html><body><div class='nav'><a href='/'>Start</a></div><div class='ps-tekst'><h1>Title</h1><p>" + text
                    + "</p><p>" + text + " " + text + "</p><p>" + text + "</p><div class='ps-forum'><h3>" + heading + "</h3><p><b>kolarz:</b> "
                    + opinion + "</p><p><b>mazur_89:</b> " + opinion + "</p></div></div></body></html>";
            List<String> lines = PageCorpus.lines(extracted("https://sport.example/kolarstwo/2013/07/11/etap", page));
            assertThat(lines).as(heading).contains(text).noneMatch(line -> line.contains(opinion));
        }
    }

    /**
     * Chinese captions ending with who took the picture ("……響應。（圖／記者許家瑋攝）") are left out one at a time, but three
     * or more are a gallery's, kept.
     */
    @Test
    void keepsThreeChineseCaptionsWithTheirCredits() {
        String[][] cases = {
            {"▲南港夜市自治會從本月起推出「減塑日」，首波共有四十二個攤位響應第%d波。（圖／記者許家瑋攝）",
                "夜市小吃常用一次性塑膠袋、紙碗和免洗筷，南港夜市自治會從本月起推出「減塑日」，每週六自備餐具的消費者可折抵五元。"},
            {"▲河湾村合作社今年新建了二十座蔬菜大棚，带动一百多户村民增收第%d批。（记者 梁振宇 摄）",
                "初夏时节，走进河湾村，一排排新建的蔬菜大棚整齐排列，村民们正忙着采摘黄瓜和西红柿，合作社今年带动了一百多户增收。"},
        };
        for (String[] c : cases) {
            StringBuilder pictures = new StringBuilder();
            for (int i = 1; i <= 3; i++) {
                pictures.append("<p><img src='/p/").append(i).append(".jpg'></p><p>").append(String.format(c[0], i)).append("</p>");
            }
            String page = "<html><body><div class='nav'><a href='/'>首頁</a></div><div class='story'><p>" + c[1] + "</p><p>" + c[1]
                    + "</p>" + pictures + "<p>" + c[1] + "</p></div></body></html>";
            List<String> lines = PageCorpus.lines(extracted("https://news.example.tw/news/20190309/1395721.htm", page));
            assertThat(lines).as(c[1]).contains(String.format(c[0], 1), String.format(c[0], 3));
            String single = "<html><body><div class='nav'><a href='/'>首頁</a></div><div class='story'><p>" + c[1] + "</p><p>" + c[1]
                    + "</p><p><img src='/p/1.jpg'></p><p>" + String.format(c[0], 1) + "</p><p>" + c[1] + "</p></div></body></html>";
            assertThat(PageCorpus.lines(extracted("https://news.example.tw/news/20190309/1395722.htm", single))).as("one caption")
                    .contains(c[1]).doesNotContain(String.format(c[0], 1));
        }
    }

    /**
     * A best block that wins by its class name alone ("mainColumn", "content_wrap": a column holding the article's box,
     * its details line and its comments) gives way to the block inside whose paragraphs score eight times its own.
     */
    @Test
    void prefersTheTextInsideAWrapperThatWinsByItsName() throws IOException {
        String drupal = "uk-drupal7-gallery-captions-jsvoid-quote-teaser-sidebar";
        assertThat(PageCorpus.lines(PageCorpus.BLIND4.extract(drupal).text())).containsExactlyElementsOf(PageCorpus.BLIND4.expectedLines(drupal));
        String ucoz = "ru-district-newspaper-ucoz-2012-windows-1251-emessage-paragraphs-school-exam-table-cells-kept-intro-line-and-list-kept-author-signature-excluded-comments-excluded";
        assertThat(PageCorpus.lines(PageCorpus.BLIND50.extract(ucoz).text())).as("a uCoz page's details line and comment count")
                .containsAll(PageCorpus.BLIND50.expectedLines(ucoz)).noneMatch(line -> line.startsWith("Категория:") || line.startsWith("Всего комментариев"));
    }

    /** "المزيد من <section>" under an Arabic article closes it; a tabloid's "Scroll down for video" is chrome. */
    @Test
    void stopsAtMoreFromASectionAndDropsScrollDownForVideo() {
        String text = "ارتفع المؤشر العام لسوق الكويت للأوراق المالية في ختام تعاملات الأسبوع بنسبة 1.4 في المئة، بدعم من أسهم البنوك والاتصالات.";
        String teaser = "ارتفع سعر برميل النفط الكويتي في تعاملات يوم الجمعة الماضي بنحو دولار ليبلغ 108 دولارات، وفق السعر المعلن من مؤسسة البترول.";
        String page = "<html><body><div class='nav'><a href='/'>الرئيسية</a></div><div class='article'><h1>العنوان</h1><p>" + text
                + "</p><p>" + text + " " + text + "</p><p>" + text + "</p><h3>المزيد من اقتصاد</h3><p><a href='/eco/1'>النفط الكويتي يرتفع</a></p><p>"
                + teaser + "</p></div></body></html>";
        List<String> lines = PageCorpus.lines(extracted("https://www.daily.example.kw/article/2011/3/12/stocks", page));
        assertThat(lines).contains(text).doesNotContain("المزيد من اقتصاد", teaser);
        String english = "Arthur Pennick built the greenhouse for his late wife Joan, who grew orchids in it until her death, and says he will not take it down.";
        String tabloid = "<html><body><div class='nav'><a href='/'>Home</a></div><div itemprop='articleBody'><p>" + english + "</p><p>"
                + english + "</p><p>Scroll down for video</p><p>" + english + "</p></div></body></html>";
        assertThat(PageCorpus.lines(extracted("https://www.tabloid.example/news/article-1234/greenhouse.html", tabloid)))
                .contains(english).doesNotContain("Scroll down for video");
    }

    /**
     * A forum post's quote header and edit note ("Zitat von …", "Originally Posted by …", "Geändert von … (14.03.2009)",
     * "Last edited by …") and a WordPress theme's post metadata ("This entry was posted on … and is filed under …") are
     * chrome.
     */
    @Test
    void dropsForumQuoteHeadersEditNotesAndPostMetadata() {
        String[][] cases = {
            {"Zitat von Bulldog-Sepp", "Geändert von Heiner_EKL (14.03.2009 um 19:55 Uhr).",
                "Dieser Eintrag wurde am Sonntag, April 19th, 2009 um 21:37 geschrieben und ist unter Anlagenbau abgelegt.",
                "Der Motor springt nach dem Winter schlecht an, obwohl ich die Einspritzpumpe im Herbst überholt und neue Düsen eingebaut habe."},
            {"Originally Posted by tractor_joe", "Last edited by Heiner; 03-14-2009 at 07:55 PM.",
                "This entry was posted on Sunday, April 19th, 2009 at 9:37 pm and is filed under Layout.",
                "The engine starts badly after the winter, although I had the injection pump overhauled in the autumn and fitted new nozzles."},
        };
        for (String[] c : cases) {
            String page = "<html><body><div class='nav'><a href='/'>Home</a></div><div class='post'><h1>Title</h1><div class='postbody'>"
                    + c[3] + "<br><br>" + c[3] + " " + c[3] + "<br><br><div class='quote'><div>" + c[0] + "</div><div>" + c[3]
                    + "</div></div><br>" + c[3] + "<br><br><div class='edit'>" + c[1] + "</div></div><p class='meta'>" + c[2]
                    + "</p></div></body></html>";
            List<String> lines = PageCorpus.lines(extracted("https://forum.example/showthread.php?t=48213", page));
            assertThat(lines).as(c[0]).anyMatch(line -> line.contains(c[3])).doesNotContain(c[0], c[1], c[2]);
        }
    }

    /**
     * A {@code <time>} holding a clock time alone ("18:40") is a live page's entry stamp, no text; a table's cell keeps
     * its time.
     */
    @Test
    void dropsLivePagesEntryTimes() {
        String[][] cases = {
            {"Cuadrillas trabajan en la zona costera para restablecer el suministro eléctrico a los barrios afectados por la tormenta.", "18:40"},
            {"Nasze zastępy cały czas pompują wodę z piwnic przy ulicach Nadrzecznej i Ogrodowej, sytuacja się stabilizuje.", "22:48"},
        };
        for (String[] c : cases) {
            String page = "<html><body><div class='nav'><a href='/'>Inicio</a></div><div class='live'><h1>Title</h1>"
                    + ("<div class='live-entry'><time class='live-entry__time' datetime='2018-09-21T18:40'>" + c[1] + "</time><p>" + c[0]
                    + "</p></div>").repeat(3) + "<div class='live-entry'><p>" + c[0] + "</p><table><tr><td>Salida</td><td><time>" + c[1]
                    + "</time></td></tr><tr><td>Llegada</td><td>21:05</td></tr></table></div></div></body></html>";
            List<String> lines = PageCorpus.lines(extracted("https://diario.example/en-vivo/tormenta", page));
            assertThat(lines).as(c[1]).contains(c[0], "Salida", "21:05");
            assertThat(lines.stream().filter(c[1]::equals).count()).as("the timetable's time alone").isEqualTo(1);
        }
    }

    /** A Chinese site's breaking-news feed ("即時新聞", "即时新闻") beside or under the article is no part of it. */
    @Test
    void leavesABreakingNewsFeedOut() throws IOException {
        String hk = "zh-hk-online-news-2018-video-top-title-excluded-breaking-news-content-paragraph-divs-split-by-ad-and-related-box-excluded-a-span-splits-joined-instant-news-summaries";
        List<String> lines = PageCorpus.lines(PageCorpus.BLIND59.extract(hk).text());
        assertThat(lines).containsAll(PageCorpus.BLIND59.expectedLines(hk)).doesNotContain("即時新聞")
                .noneMatch(line -> line.startsWith("大埔公路今早發生交通意外"));
    }

    /**
     * A content word run together with another ("newstext", "postbody", "storytext") names the article as the two
     * apart do, so a table cell named "main" around it, with the path, the date line and the readers' replies, loses to it.
     */
    @Test
    void readsContentWordsRunTogetherAsContent() {
        String[][] cases = {
            {"newstext", "首頁 > 社會 > 新聞內容", "阿明 於 2013-04-02 09:15 回應：希望早日修好，每天塞在橋上太辛苦了。",
                "縣政府昨天宣布，溪口大橋將在下個月起分段封閉整修，預計工期八個月，期間將以接駁車疏運往來兩岸的學生與上班族。"},
            {"storytext", "Главная > Общество > Новости", "Иван, 02.04.2013 09:15: Давно пора, мост разваливается на глазах.",
                "Районная администрация объявила, что с будущего месяца мост через реку будут ремонтировать по частям, а жителей перевезут автобусами."},
        };
        for (String[] c : cases) {
            String page = "<html><body><table><tr><td class='main'><div class='path'>" + c[1] + "</div><h1>Title</h1>"
                    + "<div class='date'>2013-04-02</div><div id='" + c[0] + "'>" + (c[3] + "<br><br>").repeat(4)
                    + "</div><div class='reply'><h3>Reply</h3>" + ("<dl><dt>2013-04-02</dt><dd>" + c[2] + "</dd></dl>").repeat(2)
                    + "</div></td><td class='side'><ul><li><a href='/1'>One</a></li></ul></td></tr></table></body></html>";
            List<String> lines = PageCorpus.lines(extracted("http://news.example.tw/news/2013/0402/7731.html", page));
            assertThat(lines).as(c[0]).contains(c[3]).noneMatch(line -> line.contains(c[2]) || line.equals(c[1]));
        }
    }

    /**
     * The panel a button opens in place (the system requirements under "Show", an FAQ's answer) is the article's text
     * whatever its shape; a menu of links that a button opens is not.
     */
    @Test
    void keepsThePanelAButtonOpens() {
        String[][] cases = {
            {"Pokaż wymagania", "System: Windows 10 64-bit, procesor czterordzeniowy", "Karta graficzna z 4 GB pamięci",
                "Studio potwierdziło datę premiery i opublikowało pierwsze wymagania sprzętowe dla wersji na komputery osobiste."},
            {"Technische Daten anzeigen", "Akku: 4000 mAh, Schnellladen mit 25 Watt", "Bildschirm: 6,1 Zoll, 90 Hertz",
                "Der Hersteller bringt das neue Modell im Herbst in den Handel und nennt bereits die wichtigsten technischen Daten."},
        };
        for (String[] c : cases) {
            String page = "<html><body><div class='top'><button aria-expanded='false'>Menu</button><div style='display:none'><ul>"
                    + "<li><a href='/a'>Aktualności</a></li><li><a href='/b'>Recenzje</a></li><li><a href='/c'>Poradniki</a></li></ul></div></div>"
                    + "<div class='article'><h1>Title</h1>" + ("<p>" + c[3] + "</p>").repeat(3) + "<button class='toggle'>" + c[0]
                    + "</button><div class='box' style='display:none'><ul><li>" + c[1] + "</li><li>" + c[2] + "</li></ul></div><p>" + c[3]
                    + "</p></div></body></html>";
            List<String> lines = PageCorpus.lines(extracted("https://gry.example/news/2018/premiera", page));
            assertThat(lines).as(c[0]).contains(c[1], c[2]).doesNotContain(c[0], "Aktualności", "Recenzje");
        }
    }

    /**
     * A hidden rest that wins by its name ("uSpoilerText") is no article alone: the visible opening beside its toggle
     * joins it.
     */
    @Test
    void keepsTheVisibleOpeningOfAHiddenRestNamedAsText() {
        String[][] cases = {
            {"Ледовую переправу через реку откроют в понедельник, если не ударит оттепель, толщина льда достигла сорока сантиметров.",
                "Как напоминают спасатели, выезжать на лёд вне оборудованной переправы запрещено, в прошлом году там провалились два снегохода."},
            {"Льодову переправу через річку відкриють у понеділок, якщо не буде відлиги, товщина льоду вже сягнула сорока сантиметрів.",
                "Рятувальники нагадують, що виїжджати на лід поза облаштованою переправою заборонено, торік там провалилися два снігоходи."},
        };
        for (String[] c : cases) {
            String page = "<html><body><table><tr><td class='eMessage'>" + ("<p>" + c[0] + "</p>").repeat(3)
                    + "<div class='uSpoilerClosed'><div class='uSpoilerButBl'><input type='button' class='uSpoilerButton' value='[+]'></div>"
                    + "<div class='uSpoilerText' style='display:none'>" + ("<p>" + c[1] + "</p>").repeat(3) + "</div></div>"
                    + "</td></tr></table><div class='comments'><p>Спасибо!</p></div></body></html>";
            List<String> lines = PageCorpus.lines(extracted("https://raion.example/news/2013-01-10-1209", page));
            assertThat(lines).as(c[0]).contains(c[0], c[1]);
        }
    }

    /**
     * Source lines in more languages ("Źródło:", "Quelle:", "Fuente:") and abbreviated credits ending with their
     * period ("Fot. Jan Nowak", "oprac. Anna Lis", "Foto von …") are metadata, no text; a sentence opening with such a
     * word is text.
     */
    @Test
    void dropsSourceLinesAndAbbreviatedCredits() {
        String[][] cases = {
            {"Nowy most na Wiśle otwarto w piątek po dwóch latach budowy, a pierwsze samochody przejechały nim w południe.",
                "Fot. Jan Nowak", "oprac. Anna Lis", "Źródło: Urząd Miasta", "Opracowano też nowy rozkład jazdy autobusów, który wejdzie w życie od poniedziałku."},
            {"Die neue Brücke über den Fluss wurde am Freitag nach zwei Jahren Bauzeit für den Verkehr freigegeben.",
                "Fot. Jan Nowak", "oprac. Anna Lis", "Quelle: Stadtverwaltung", "Fotos der Eröffnung zeigen, wie die ersten Autos am Mittag über die Brücke fuhren."},
        };
        for (String[] c : cases) {
            String page = "<html><body><div class='article'><h1>Title</h1>" + ("<p>" + c[0] + "</p>").repeat(3) + "<p>" + c[1] + "</p><p>"
                    + c[4] + "</p><p>Foto von hobbykoch_ludwig</p><p>" + c[2] + "</p><p>" + c[3] + "</p><p>Masz temat? Napisz do nas! Czekamy na zdjęcia i filmy.</p>"
                    + "</div></body></html>";
            List<String> lines = PageCorpus.lines(extracted("https://miasto.example/wiadomosci/2016/most", page));
            assertThat(lines).as(c[3]).contains(c[0], c[4]).doesNotContain(c[1], c[2], c[3], "Foto von hobbykoch_ludwig")
                    .noneMatch(line -> line.startsWith("Masz temat"));
        }
    }

    /** A hidden tab's panel (the second language of a code sample) is the article's, whatever its shape. */
    @Test
    void keepsAHiddenTabPanelOfCode() {
        String[][] cases = {
            {"Die Konfigurationsdatei liegt im Stammverzeichnis des Projekts und wird beim Start automatisch eingelesen.", "backup.url = 'sftp://nas.local/srv/daten'"},
            {"The configuration file lives in the project's root folder and is read automatically when the tool starts.", "remotes.backup.key = '~/.ssh/id_ed25519'"},
        };
        for (String[] c : cases) {
            String page = "<html><body><nav><a href='/'>Docs</a><a href='/cli'>CLI</a></nav><article class='markdown'><h1>Config</h1>"
                    + ("<p>" + c[0] + "</p>").repeat(3) + "<div class='tabs'><ul role='tablist'><li role='tab'>YAML</li><li role='tab'>JS</li></ul>"
                    + "<div role='tabpanel'><pre><code>backup:\n  url: sftp://nas.local</code></pre></div>"
                    + "<div role='tabpanel' hidden><pre><code>" + c[1] + "\nmodule.exports = { remotes };</code></pre></div></div>"
                    + "<p>" + c[0] + "</p></article></body></html>";
            List<String> lines = PageCorpus.lines(extracted("https://docs.example/config/", page));
            assertThat(lines).as(c[1]).contains(c[1]);
        }
    }

    /** An obituary's condolences ("Condolences", "Kondolenzen") are its readers' words, no part of it. */
    @Test
    void stopsAtAnObituarysCondolences() {
        String[][] cases = {
            {"Condolences", "Eleanor was a joy to sing beside in the choir for over twenty years and we will miss her dearly.",
                "Eleanor Mary Hartley passed away peacefully at home on October 7, 2012, surrounded by her loving family."},
            {"Kondolenzen", "Wir werden Gerda als fröhliche und hilfsbereite Nachbarin immer in guter Erinnerung behalten.",
                "Gerda Hofmann ist am 7. Oktober 2012 im Kreise ihrer Familie friedlich zu Hause eingeschlafen."},
        };
        for (String[] c : cases) {
            String page = "<html><body><div id='content'><h1>Title</h1>" + ("<p>" + c[2] + "</p>").repeat(4) + "<h2>" + c[0] + "</h2>"
                    + ("<div><p>" + c[1] + "</p><p>Doreen Walsh</p></div>").repeat(3) + "</div></body></html>";
            List<String> lines = PageCorpus.lines(extracted("https://funeral.example/obituaries/eleanor-hartley", page));
            assertThat(lines).as(c[0]).contains(c[2]).doesNotContain(c[0], c[1]);
        }
    }

    /**
     * More headings that open a list of other stories or posts under the article: "Предыдущие новости", "Материалы по
     * теме", "Последние сообщения форума", "Przeczytaj też", "Zobacz również", "大家都在看", "猜你喜欢".
     */
    @Test
    void stopsAtMoreHeadingsOfOtherStories() {
        String[][] cases = {
            {"Предыдущие новости", "Лыжная база откроется в субботу, трассу на пять километров уже подготовили к соревнованиям клуба.",
                "В клубе прошло отчётное собрание, на котором выбрали новый совет и утвердили план соревнований на весь сезон."},
            {"Последние сообщения форума", "Раскоп на углу улиц продлится до октября, археологи нашли фундамент деревянного дома и монеты.",
                "Опять всё закатают в бетон, а в паркинге повесят табличку, сколько уже было таких находок в центре города."},
            {"Przeczytaj też", "Most na Wiśle otwarto w piątek, a pierwsze samochody przejechały nim w samo południe po dwóch latach budowy.",
                "Radni zdecydowali o podwyżce opłat za wywóz śmieci, nowe stawki obowiązują od pierwszego dnia przyszłego miesiąca."},
            {"大家都在看", "为了写好这部戏，编剧在北方一座仍在生产的老瓷窑住了四个月，跟着窑工们凌晨三点起床看火。",
                "根据演出行业协会发布的年度数据，今年话剧票房前二十名中原创作品达到十一部，首次超过引进剧目。"},
        };
        for (String[] c : cases) {
            String page = "<html><body><div class='content'><h1>Title</h1>" + ("<p>" + c[1] + "</p>").repeat(6) + "<p><b>" + c[0] + "</b></p>"
                    + "<p><a href='/news/2'>" + c[2].substring(0, 12) + "</a></p><p>" + c[2] + "</p></div></body></html>";
            List<String> lines = PageCorpus.lines(extracted("https://news.example/2014/club", page));
            assertThat(lines).as(c[0]).contains(c[1]).doesNotContain(c[0], c[2]);
        }
    }

    /** A greeting that opens a letter or a post ("Liebe Gemeinde,", "Dear friends,") is its text, no kicker. */
    @Test
    void keepsTheGreetingThatOpensALetter() {
        String[][] cases = {
            {"Liebe Gemeinde,", "in diesem Jahr feiern wir das Osterfest wieder gemeinsam in unserer Kirche, und dazu laden wir Sie herzlich ein."},
            {"Dear friends,", "this spring we will celebrate Easter together in our church again, and we warmly invite you and your families."},
        };
        for (String[] c : cases) {
            String page = "<html><body><div class='nav'><a href='/'>Home</a></div><div class='item-page'><h2>Pfarrbrief</h2><p>" + c[0] + "</p>"
                    + ("<p>" + c[1] + "</p>").repeat(4) + "</div></body></html>";
            List<String> lines = PageCorpus.lines(extracted("https://pfarrei.example/pfarrbrief/ostern", page));
            assertThat(lines).as(c[0]).startsWith(c[0]);
        }
    }

    /** A folded text's toggle ("Показать полностью", "Розгорнути") and who prepared the item, under it, are no text. */
    @Test
    void dropsShowAllTogglesAndWhoPreparedTheItem() {
        String[][] cases = {
            {"Муниципалитет утвердил новые тарифы на проезд в городских автобусах, поездка подорожает на шестьдесят копеек.",
                "Показать полностью", "Подготовила Марина Гольдштейн"},
            {"Міська рада затвердила нові тарифи на проїзд у міських автобусах, поїздка подорожчає на шістдесят копійок.",
                "Розгорнути", "Підготувала Марина Гольдштейн"},
        };
        for (String[] c : cases) {
            String page = "<html><body><div class='article'><h1>Title</h1>" + ("<p>" + c[0] + "</p>").repeat(2) + "<a href='#' class='more'>"
                    + c[1] + "</a><div class='rest' style='display:none'>" + ("<p>" + c[0] + "</p>").repeat(2) + "</div><p><i>" + c[2]
                    + "</i></p></div></body></html>";
            List<String> lines = PageCorpus.lines(extracted("https://news.example/2012/tariffs", page));
            assertThat(lines).as(c[2]).contains(c[0]).doesNotContain(c[1], c[2]);
        }
    }

    /**
     * An article's list of sources ("References", "Источники", "منابع") closes it, and a table of contents' title
     * ("Содержание", "فهرست مطالب") is no text.
     */
    @Test
    void stopsAtAListOfSourcesAndDropsTheTableOfContentsTitle() {
        String[][] cases = {
            {"Источники", "Содержание", "Железодефицитная анемия чаще всего развивается у детей, беременных женщин и людей с хроническими кровопотерями.",
                "Всемирная организация здравоохранения. Информационный бюллетень об анемии, 2019 год."},
            {"منابع", "فهرست مطالب", "کم‌خونی فقر آهن بیشتر در کودکان، زنان باردار و افرادی که خون‌ریزی مزمن دارند دیده می‌شود و درمان آن ساده است.",
                "سازمان جهانی بهداشت. برگه اطلاعات کم‌خونی، سال ۲۰۱۹ میلادی، نسخه به‌روزشده برای پزشکان."},
        };
        for (String[] c : cases) {
            String page = "<html><body><div class='entry-content'><h1>Title</h1><p><b>" + c[1] + "</b></p><ul><li><a href='#a'>1</a></li></ul>"
                    + ("<p>" + c[2] + "</p>").repeat(6) + "<h3>" + c[0] + "</h3><ol><li>" + c[3] + "</li></ol></div></body></html>";
            List<String> lines = PageCorpus.lines(extracted("https://salamat.example/health/anemia", page));
            assertThat(lines).as(c[0]).contains(c[2]).doesNotContain(c[0], c[1], c[3]);
        }
    }

    /** A Chinese caption whose credit names the reporter and "图" ("……住院部。 澎潮新闻记者 冯洋 图") is a single photo's, left out. */
    @Test
    void dropsAChineseCaptionCreditedToAReportersPicture() {
        String[][] cases = {
            {"涉事康复医院住院部。 新闻记者 冯洋 图", "记者暗访发现，这家康复医院的病床上空无一人，病历上却显示病人天天住院，医保费用照常结算。"},
            {"涉事復健醫院住院部。 新聞記者 馮洋 圖", "記者暗訪發現，這家復健醫院的病床上空無一人，病歷上卻顯示病人天天住院，健保費用照常申報。"},
        };
        for (String[] c : cases) {
            String page = "<html><body><div class='news_txt'><h1>Title</h1>" + ("<p>" + c[1] + "</p>").repeat(2) + "<p><img src='a.jpg'></p><p>"
                    + c[0] + "</p>" + ("<p>" + c[1] + "</p>").repeat(2) + "</div></body></html>";
            List<String> lines = PageCorpus.lines(extracted("https://news.example.cn/newsDetail_forward_1548", page));
            assertThat(lines).as(c[0]).contains(c[1]).doesNotContain(c[0]);
        }
    }

    /**
     * Readers' opinions under a German article ("Lesermeinungen (23)", "Leserkommentare") close it; a Polish call for
     * witnesses' pictures ("Byłeś świadkiem zdarzenia? …") is a chrome line.
     */
    @Test
    void stopsAtReadersOpinionsAndDropsCallsForWitnesses() {
        String german = "Die Kultusminister der Länder wollen im kommenden Schuljahr deutlich mehr Seiteneinsteiger an die Grundschulen holen.";
        String comment = "Seit fünfzehn Jahren weiß jeder, der die Geburtenzahlen lesen kann, dass mehr Lehrer gebraucht werden, und nichts geschah.";
        String page = "<html><body><div class='atc-Text'><h1>Title</h1>" + ("<p>" + german + "</p>").repeat(3) + "<h3>Lesermeinungen (23)</h3>"
                + ("<div><p>05.09.2016 - 14:20</p><p>" + comment + "</p></div>").repeat(3) + "</div></body></html>";
        assertThat(PageCorpus.lines(extracted("https://zeitung.example/politik/lehrer-1437.html", page))).contains(german)
                .doesNotContain("Lesermeinungen (23)", comment);
        String polish = "Tramwaj linii 5 wykoleił się w poniedziałek rano na skrzyżowaniu, nikt z pasażerów nie odniósł poważnych obrażeń.";
        String call = "Byłeś świadkiem zdarzenia? Masz zdjęcia lub nagranie? Wyślij je na Alarm24 lub zadzwoń do redakcji.";
        String news = "<html><body><div class='article'><h1>Title</h1>" + ("<p>" + polish + "</p>").repeat(3) + "<p>" + call + "</p><p>" + polish
                + "</p></div></body></html>";
        assertThat(PageCorpus.lines(extracted("https://miasto.example/wiadomosci/tramwaj", news))).contains(polish).doesNotContain(call);
    }

    /** A Chinese site's copyright and disclaimer notice ("版权及免责声明") closes the text; a QR code's call ("扫一扫，…") is chrome. */
    @Test
    void stopsAtAChineseDisclaimerAndDropsQrCodeCalls() {
        String text = "本报讯 昨天上午，市区环岛路一辆公交车与一辆小轿车发生碰撞，所幸无人受伤，事故原因正在进一步调查中。";
        String notice = "凡本网注明来源的所有作品，版权均属于本报社，未经本网授权，任何单位和个人不得转载。";
        String page = "<html><body><div class='content'><h1>Title</h1>" + ("<p>" + text + "</p>").repeat(2) + "<p>扫一扫，下载晚报App</p>"
                + "<p>" + text + "</p><h4>版权及免责声明</h4><p>" + notice + "</p></div></body></html>";
        List<String> lines = PageCorpus.lines(extracted("https://www.wanbao.example.cn/news/2019-05/12/content_1.htm", page));
        assertThat(lines).contains(text).doesNotContain("版权及免责声明", notice, "扫一扫，下载晚报App");
    }

    /**
     * A box of highlights or facts before the body ("Story highlights", "Quick facts", "Die Fakten", "Ключевые факты")
     * belongs to the article by its heading, as a key-points box does: a page of the forty-second blind corpus, and one
     * of our own.
     */
    @Test
    void keepsAHighlightsBoxBesideTheBody() throws IOException {
        String india = "en-in-news-portal-2019-story-highlights-box-kept-br-br-segments-body-also-read-lines-excluded-syndicated-feed-disclaimer-excluded-updated-ist";
        assertThat(PageCorpus.lines(PageCorpus.BLIND42.extract(india).text())).contains("Trial runs on the Blue Line will begin in August",
                "Commercial service is expected to start by March 2020");
        String page = "<html><body><article><h1>Neue Buslinie</h1><div class='facts'><h3>Die Fakten</h3><ul><li>Die Linie 14 fährt ab Montag alle zehn Minuten.</li>"
                + "<li>Sie verbindet den Bahnhof mit dem Gewerbegebiet.</li></ul></div><div class='text'>"
                + "<p>Die Stadtwerke nehmen am Montag eine neue Buslinie zwischen dem Bahnhof und dem Gewerbegebiet im Norden in Betrieb.</p>".repeat(3)
                + "</div></article></body></html>";
        assertThat(PageCorpus.lines(extracted("https://zeitung.example/lokales/buslinie", page))).contains(
                "Die Linie 14 fährt ab Montag alle zehn Minuten.", "Sie verbindet den Bahnhof mit dem Gewerbegebiet.");
    }

    /**
     * A slideshow article told slide by slide: each slide's heading and text ("bw-slide__text", a gallery item's text)
     * are the article, inside a box the lexicon calls chrome ("slideshow"); its counters and photo credits are not.
     */
    @Test
    void keepsTheHeadingsAndTextsOfASlideshowArticle() {
        String[][] cases = {
            {"https://biznes.example/kariera/2018/pensje", "Oto pięć miast, w których pensje w ogłoszeniach rosną najszybciej w całym kraju w tym roku.",
                ". Kraśnik Dolny: plus %d proc.", "W tym mieście pracodawcy podnieśli płace, bo w strefie ekonomicznej otwarto dwie nowe fabryki części i centrum usług."},
            {"https://business.example/careers/2018/pay", "Here are five towns where the pay offered in job ads rose fastest across the country this year.",
                ". Millbrook: up %d per cent", "Employers in this town raised their offers after two parts factories and a shared-services centre opened nearby."},
        };
        for (String[] c : cases) {
            StringBuilder slides = new StringBuilder();
            for (int i = 1; i <= 4; i++) {
                slides.append("<section class='bw-slide'><div class='bw-slide__counter'>").append(i).append("/4</div><img src='s").append(i)
                        .append(".jpg'><h2 class='bw-slide__title'>").append(i).append(c[2].formatted(10 + i)).append("</h2>")
                        .append("<div class='bw-slide__text'><p>").append(c[3]).append(" (").append(i).append(")</p></div>")
                        .append("<div class='bw-slide__source'>Fot. Shutterstock</div></section>");
            }
            String page = "<html><body><article class='bw-art'><h1>Title</h1><div class='bw-art__lead'>" + c[1] + "</div><div class='bw-art__intro'>"
                    + ("<p>" + c[1] + "</p>").repeat(2) + "</div>"
                    + "<div class='bw-slideshow'>" + slides + "</div></article></body></html>";
            List<String> lines = PageCorpus.lines(extracted(c[0], page));
            assertThat(lines).as(c[0]).contains(c[1], "1" + c[2].formatted(11), "4" + c[2].formatted(14), c[3] + " (1)", c[3] + " (4)")
                    .doesNotContain("1/4", "Fot. Shutterstock");
        }
    }

    /**
     * Slides that are each a gallery of their own ("slideshow-slide"): the slide's heading, whatever chrome its class
     * names ("…__header"), and its text are written; its counter, credit and "next slide" link are not. A Polish
     * slide's description ("slajd__opis") is its caption.
     */
    @Test
    void keepsTheHeadingOfEachSlideButNotItsControls() {
        String[] jobs = {"Zdun", "Kaletnik", "Szklarz", "Introligator"};
        StringBuilder slides = new StringBuilder();
        for (int i = 0; i < jobs.length; i++) {
            slides.append("<section class='slideshow-slide'><div class='slideshow-slide__counter'>").append(i + 1).append(" / 4</div>")
                    .append("<h2 class='slideshow-slide__header'>").append(jobs[i]).append("</h2><figure><img src='").append(i)
                    .append(".jpg'><span class='slideshow-slide__source'>Fot. Shutterstock</span></figure><div class='slideshow-slide__text'><p>")
                    .append(jobs[i]).append(" to zawód, który wraca do łask, bo klienci znów cenią ręczną pracę i płacą za nią coraz więcej.</p></div>")
                    .append("<a class='slideshow-slide__next' href='#s").append(i + 2).append("'>Następny slajd ›</a></section>");
        }
        String lead = "Zawody, które jeszcze dekadę temu wydawały się skazane na zapomnienie, znów dają dobrze zarobić rzemieślnikom.";
        String page = "<html><body><div class='detail'><h1>Title</h1><div class='detail__lead'><p>" + lead + "</p><p>" + lead + "</p></div>"
                + "<div class='detail__slides'>" + slides + "</div></div></body></html>";
        List<String> lines = PageCorpus.lines(extracted("https://praca.example.pl/kariera/zawody,gal,101.html", page));
        assertThat(lines).contains(lead, "Zdun", "Introligator", "Zdun to zawód, który wraca do łask, bo klienci znów cenią ręczną pracę i płacą za nią coraz więcej.")
                .doesNotContain("1 / 4", "Fot. Shutterstock", "Następny slajd ›");
        String opis = "Cerkiew w Olszowcu pochodzi z 1781 roku, a jej trójdzielna bryła z baniastymi hełmami przyciąga fotografów.";
        String gallery = "<html><body><div class='galDetail'><h1>Title</h1><div class='galDetail__lead'><p>" + lead + "</p><p>" + lead + "</p></div>"
                + "<div class='galSlider'><ul>" + ("<li class='slajd'><div class='slajd__foto'><img src='1.jpg'></div><div class='slajd__info'>"
                + "<p class='slajd__opis'>" + opis + "</p></div></li>").repeat(4) + "</ul></div></div></body></html>";
        assertThat(PageCorpus.lines(extracted("https://podroze.example.pl/galeria/cerkwie,gal,4471208.html", gallery))).contains(lead, opis);
    }

    /**
     * A gallery laid out as spans, each a linked picture and its short caption with the reporter's credit: each span
     * is a line of its own, and three such captions make a gallery, whose captions are kept.
     */
    @Test
    void keepsTheShortCaptionsOfAGalleryOfSpans() {
        String[][] cases = {
            {"〔記者林欣怡／台南報導〕台南市安平區一座百年老倉庫經過兩年修復，今天起以文化園區之名對外開放，市府盼帶動周邊觀光。",
                "修復後的倉庫保留原有木造屋架。（記者林欣怡攝）", "志工向遊客介紹倉庫的歷史。（記者林欣怡攝）", "園區入口設置了老照片展示牆。（記者林欣怡攝）"},
            {"本报讯 昨天上午，市区滨江公园改造工程完工，新建的亲水步道和儿童游乐场正式向市民开放，吸引不少市民前来游玩。",
                "新建的亲水步道沿着江岸绵延两公里。（记者王海摄）", "孩子们在新建的游乐场里尽情玩耍。（记者王海摄）", "不少市民在江边的草坪上散步休息。（记者王海摄）"},
        };
        for (String[] c : cases) {
            StringBuilder photos = new StringBuilder("<div class='photo_boxs'>");
            for (int i = 1; i <= 3; i++) {
                photos.append("<span class='ph_b'><a href='#'><img src='").append(i).append(".jpg'></a><span class='ph_d'>").append(c[i])
                        .append("</span></span>");
            }
            photos.append("</div>");
            String page = "<html><body><div class='text boxText'>" + ("<p>" + c[0] + "</p>").repeat(2) + photos + ("<p>" + c[0] + "</p>").repeat(2)
                    + "</div></body></html>";
            List<String> lines = PageCorpus.lines(extracted("https://news.example.com.tw/news/life/breakingnews/2161173", page));
            assertThat(lines).as(c[1]).contains(c[0], c[1], c[2], c[3]);
        }
    }

    /**
     * A subscription offer ("kpl-offer-box", "sfr-meter-offer") inside or after the article is chrome, however long its
     * pitch and list of benefits; the text around it is the article's.
     */
    @Test
    void dropsASubscriptionOfferBoxInsideTheArticle() {
        String[][] cases = {
            {"de-offer-box", "Die Pflegekassen erhöhen im kommenden Jahr die Zuschüsse für die häusliche Pflege, doch viele Familien merken davon wenig.",
                "Lesen Sie mit KOMPASS+", "Alle KOMPASS+-Artikel auf allen Geräten, das digitale Magazin bereits ab Freitag und jederzeit kündbar, im ersten Monat für 0,99 €."},
            {"sfr-meter-offer", "The council approved the new bus depot on Tuesday after two years of debate about its cost and its site near the river.",
                "You've read 3 of your 5 free articles this month", "Get the full picture on markets, companies and policy with a digital subscription from $1 a week for the first twelve weeks."},
        };
        for (String[] c : cases) {
            String page = "<html><body><article><h1>Title</h1><div class='body'>" + ("<p>" + c[1] + "</p>").repeat(2) + "<div class='" + c[0] + "'><h3>"
                    + c[2] + "</h3><p>" + c[3] + "</p><ul><li>" + c[3] + "</li><li>" + c[3] + "</li></ul><a href='/abo'>Jetzt testen</a></div>"
                    + ("<p>" + c[1] + "</p>").repeat(2) + "</div></article></body></html>";
            List<String> lines = PageCorpus.lines(extracted("https://magazin.example/politik/pflege-a-1170", page));
            assertThat(lines).as(c[0]).contains(c[1]).doesNotContain(c[2], c[3]);
        }
    }

    /**
     * A paywall box whose button names a price ("Kup dostęp za 1 zł", "Оформить за 1 ₽") is the offer, however long its
     * pitch; a paywall-marked body that names prices in its text and links is the article.
     */
    @Test
    void dropsAPaywallBoxWhoseButtonNamesAPrice() {
        String[][] cases = {
            {"W co trzecim szpitalu powiatowym brakuje anestezjologów, a dyrektorzy ściągają lekarzy z innych województw.",
                "Dostęp do wszystkich tekstów w serwisie, w aplikacji mobilnej i w e-wydaniu dziennika. Pierwszy miesiąc za 1 zł, potem 19,99 zł miesięcznie, a zrezygnować możesz w każdej chwili.",
                "Kup dostęp za 1 zł", "Pozostało 80% artykułu"},
            {"В трети районных больниц не хватает анестезиологов, и главврачи приглашают врачей из соседних областей.",
                "Доступ ко всем материалам на сайте и в приложении, архив за десять лет и утренняя рассылка для подписчиков. Первый месяц за 1 рубль, дальше 299 рублей в месяц, отменить можно в любой момент.",
                "Оформить за 1 ₽", "Осталось 80% текста"},
        };
        for (String[] c : cases) {
            String box = "<div class='dk-paywall'><span>" + c[3] + "</span><p class='dk-paywall__txt'>" + c[1] + "</p><ul>" + ("<li>" + c[1] + "</li>").repeat(2) + "</ul><a class='btn' href='/sub'>" + c[2]
                    + "</a></div>";
            String page = "<html><body><div class='art'><h1>Title</h1><div class='art__body'>" + ("<p>" + c[0] + "</p>").repeat(6) + "</div>" + box
                    + "</div></body></html>";
            List<String> lines = PageCorpus.lines(extracted("https://dziennik.example/zdrowie/7,1,22318841.html", page));
            assertThat(lines).as(c[2]).contains(c[0]).doesNotContain(c[1], c[2], c[3]);
        }
        String fair = "The premium livestock auction raised $148,600 for exhibitors, a record, and grandstand events cost $10 for adults this year.";
        String body = "<html><body><div class='asset-content subscriber-premium'>" + ("<p>" + fair + "</p>").repeat(3)
                + "<div class='card'><a href='/news/pavilion'>Board approves $300,000 pavilion</a></div>" + ("<p>" + fair + "</p>").repeat(2)
                + "</div></body></html>";
        assertThat(PageCorpus.lines(extracted("https://county.example/news/local/fair/article_1.html", body))).contains(fair);
    }

    /**
     * uCoz's item details ("Категория: Культура | Просмотров: 612") are metadata, and its comments' count ("Всего
     * комментариев: 8", "Всього коментарів: 3") closes the article as comments do.
     */
    @Test
    void stopsAtAUcozCommentCountAndDropsItsDetailsLine() {
        String[][] cases = {
            {"В субботу на Соборной площади прошла областная ярмарка народных ремёсел, свои работы привезли больше ста мастеров.",
                "Категория: Культура | Просмотров: 612 | Добавил: admin", "Всего комментариев: 8", "Сначала бы дороги сделали, потом уже за остальное брались."},
            {"У суботу на Соборній площі відбувся обласний ярмарок народних ремесел, свої роботи привезли понад сто майстрів.",
                "Категорія: Культура | Переглядів: 612 | Додав: admin", "Всього коментарів: 3", "Спочатку б дороги зробили, а потім уже за інше бралися."},
        };
        for (String[] c : cases) {
            String page = "<html><body><table><tr><td class='content'><table class='eBlock'><tr><td class='eTitle'>Ярмарка</td></tr><tr>"
                    + "<td class='eMessage'>" + (c[0] + "<br><br>").repeat(3) + "</td></tr><tr><td class='eDetails'>" + c[1] + "</td></tr></table>"
                    + "<table><tr><td>" + c[2] + "</td></tr></table>" + ("<div class='cBlock1'><div class='cMessage'><b>1</b> Гость (22.09.2012 19:41)<br>"
                    + c[3] + " " + c[3] + "</div></div>").repeat(3) + "</td></tr></table></body></html>";
            List<String> lines = PageCorpus.lines(extracted("https://town.example/news/2012-09-22-615", page));
            assertThat(lines).as(c[2]).contains(c[0]).doesNotContain(c[1], c[2], c[3] + " " + c[3]);
        }
    }

    /**
     * Russian partner-news widgets between the article's paragraphs (SMI2, 24smi, DirectAdvert, MGID's composite),
     * an editors' choice block ("view-editors-choice", "sb-choice") and the reprint notice are chrome, however long
     * their teasers' summaries.
     */
    @Test
    void dropsPartnerNewsWidgetsAndEditorsChoiceInsideTheText() {
        String text = "С 21 марта движение по улице Кирова будет закрыто на участке от площади Ленина до улицы Заводской, работы продлятся до осени.";
        String teaser = "Финансовые аналитики заметили, что доля одобренных заявок на кредит за квартал снизилась почти вдвое, и объяснили, кому дают деньги.";
        String[] widgets = {"smi2-informer", "directadvert", "mg-composite", "view view-editors-choice", "sb-choice"};
        for (String widget : widgets) {
            String page = "<html><body><div class='news-detail'><h1>Title</h1>" + ("<div>" + text + "</div>").repeat(3) + "<div class='" + widget
                    + "'><div class='head'>Новости партнёров</div>" + ("<div class='item'><a href='http://partner.example/go/1'>Банки начали массово "
                    + "отказывать заёмщикам</a><p>" + teaser + "</p></div>").repeat(4) + "</div>" + ("<div>" + text + "</div>").repeat(2)
                    + "<div>При полном или частичном использовании материалов ссылка на сайт обязательна.</div></div></body></html>";
            List<String> lines = PageCorpus.lines(extracted("https://gorod.example/news/detail.php?ID=4117", page));
            assertThat(lines).as(widget).contains(text).doesNotContain(teaser, "Новости партнёров")
                    .noneMatch(line -> line.startsWith("При полном"));
        }
    }

    /**
     * A Chinese page's unfold toggle ("展开阅读全文") and a blog's reprint request ("（本文为原创，转载请注明出处。）") are
     * chrome lines; its previous and next links ("上一篇", "后一篇") are section stops, dropped alone inside the text.
     */
    @Test
    void dropsChineseUnfoldTogglesAndReprintRequests() {
        String text = "很多人去水乡都挑晴天，其实下雨的时候才是水乡最好看的时候，石板路湿了，瓦片黑了，河面上起一层薄薄的雾。";
        String page = "<html><body><div class='articalContent'><h1>Title</h1>" + ("<p>" + text + "</p>").repeat(2) + "<p>展开阅读全文</p>"
                + ("<p>" + text + "</p>").repeat(2) + "<p>（本文为原创，转载请注明出处。）</p></div><div><p>后一篇：墨墨日记</p></div></body></html>";
        List<String> lines = PageCorpus.lines(extracted("http://blog.example.com.cn/s/blog_6de8a03b0100s5md.html", page));
        assertThat(lines).contains(text).doesNotContain("展开阅读全文", "（本文为原创，转载请注明出处。）", "后一篇：墨墨日记");
    }

    /** The text the extractor gives for an HTML page at the URL. */
    private static String extracted(String url, String html) {
        return new ArticleExtractor().extract(Page.of(url, "text/html", html), null).text();
    }
}
