package org.frontwire.processors.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Builds text pages the way a scraper saves visible text (one block a line): an article written for the tests
 * wrapped in a site layout, with chrome before it (banner, date bar, navigation, ticker, breadcrumb), inside it at
 * random positions (share lines, counters, ads, read-also boxes holding another article's headline and paragraphs,
 * related-headline lists, newsletter calls) and after it (source, tags, related, comments, most read, footer, cookie
 * line). A site keeps its template lines from page to page; what changes is the article, the foreign headlines, the
 * counters and where the inside chrome falls.
 */
final class TextPageGenerator {
    /** The inside-the-article chrome a site uses; the layout name in reports. */
    enum Inside { NONE, SHARE_COUNTER, READ_ALSO_LINE, READ_ALSO_BOX, RELATED_LIST, MIXED }

    record Article(String lang, String headline, String standfirst, List<String> body) {
        String text() {
            return String.join("\n", body);
        }
    }

    /** What a run of lines on the page is, for renderings other than text ({@link HtmlPageRenderer}). */
    enum Role { COOKIE, BANNER, DATE_BAR, NAV, TICKER, BREADCRUMB, TITLE_TWICE, HEADLINE, STANDFIRST, BYLINE, DATELINE,
        SHARE_UNDER_TITLE, PARAGRAPH, SHARE, COUNTER, AD, NEWSLETTER, READ_ALSO_LINE, READ_ALSO_BOX, RELATED_LIST, SOURCE,
        TAGS, RELATED_AFTER, COMMENTS, MOST_READ, SUBSCRIBE, FOOTER }

    /**
     * A run of lines of one role. For a read-also line or box, label is its heading ("اقرأ أيضا") and foreign the
     * article it shows; for a labelled line (source, tags), label is the label and value what follows it.
     */
    record Part(Role role, List<String> lines, String label, Article foreign) {
        static Part of(Role role, String... lines) {
            return new Part(role, List.of(lines), null, null);
        }
    }

    /** One page: its text (one block a line) and the parts it was written from. */
    record GeneratedPage(String site, Inside inside, String lang, String text, Article article, List<Part> parts) {}

    /** One site's template: fixed chrome choices. */
    record Site(String name, String lang, Inside inside, boolean blankLines, int navStyle, boolean dateBar, boolean ticker,
                boolean breadcrumb, boolean standfirst, boolean dateLine, boolean byline, boolean shareUnderTitle,
                boolean source, boolean tags, boolean relatedAfter, boolean comments, boolean mostRead, boolean cookie,
                boolean titleTwice) {}

    private record Words(String[] siteNames, String tagline, String[] nav, String home, String[] dateBars, String ticker,
                         String[] shares, String[] counters, String ad, String[] readAlso, String[] related, String newsletter,
                         String source, String tags, String[] tagWords, String comments, String[] commenters, String[] commentTexts,
                         String age, String mostRead, String footer, String cookie, String byline, String[] reporters,
                         String[] datelines, String subscribe) {}

    private static final Map<String, Words> WORDS = Map.of(
            "ar", new Words(new String[] {"جريدة الأفق", "موقع النهار الجديد", "بوابة الشرق", "صحيفة الميدان", "شبكة الخبر اليوم"},
                    "أخبار الساعة من الوطن والعالم",
                    new String[] {"الرئيسية", "أخبار محلية", "سياسة", "اقتصاد", "رياضة", "ثقافة", "منوعات", "صحة", "تكنولوجيا", "فيديو"},
                    "الرئيسية",
                    new String[] {"الأحد 3 رجب 1445 هـ - 14 كانون الثاني 2024", "الثلاثاء 12 مارس 2024", "الخميس ٢١ / نوفمبر / ٢٠٢٤"},
                    "عاجل",
                    new String[] {"شارك: فيسبوك تويتر واتساب", "مشاركة", "انشر على فيسبوك", "شارك الخبر"},
                    new String[] {"%d مشاهدة", "عدد المشاهدات: %d", "%d تعليق"},
                    "إعلان",
                    new String[] {"اقرأ أيضا", "اقرأ أيضاً", "شاهد أيضا"},
                    new String[] {"أخبار ذات صلة", "مقالات مشابهة", "قد يهمك"},
                    "اشترك في نشرتنا البريدية ليصلك كل جديد",
                    "المصدر", "الوسوم", new String[] {"المدينة", "الحكومة", "المواطنون", "خدمات"},
                    "التعليقات (%d)", new String[] {"سامر", "أبو خالد", "ريم"},
                    new String[] {"خبر جيد نتمنى التنفيذ بسرعة", "أين كانت الحكومة طوال السنوات الماضية من كل هذا"},
                    "·منذ يومين", "الأكثر قراءة", "جميع الحقوق محفوظة © 2024", "نستخدم ملفات تعريف الارتباط لتحسين تجربتك",
                    "بقلم", new String[] {"سلمى الحداد", "محمود العلي", "نادية يوسف"},
                    new String[] {"١٣ كانون الثاني ٢٠٢٤", "12 مارس 2024 - 10:45", "نشر في: 2024-03-11"},
                    "اضغط هنا للاشتراك في قناتنا"),
            "en", new Words(new String[] {"The Northern Courier", "Harbour Daily", "Valley Record", "The Morning Ledger", "County Post"},
                    "News for the region since 1902",
                    new String[] {"Home", "News", "Politics", "Business", "Sport", "Culture", "Opinion", "Health", "Video"},
                    "Home",
                    new String[] {"Saturday, 9 March 2024", "Tuesday 12 March 2024", "Thu, Nov 21, 2024"},
                    "Breaking",
                    new String[] {"Share this article", "Share on Facebook", "Share", "Facebook Twitter Email"},
                    new String[] {"%d views", "Views: %d", "%d comments"},
                    "Advertisement",
                    new String[] {"Read also", "Related", "See also"},
                    new String[] {"Related stories", "More news", "You may also like"},
                    "Sign up for our newsletter to get the news every morning",
                    "Source", "Tags", new String[] {"local", "council", "services", "region"},
                    "Comments (%d)", new String[] {"harbourfan", "J. Miles", "kate_r"},
                    new String[] {"About time too", "Who is going to pay for all of this in the end I wonder"},
                    "2 days ago", "Most read", "© 2024 All rights reserved", "We use cookies to improve your experience",
                    "By", new String[] {"Martha Keane", "Tom Ellis", "Priya Shah"},
                    new String[] {"Published 7 March 2024", "12 March 2024, 10:45", "Updated: 2024-03-11"},
                    "Download our app for breaking news alerts"),
            "fr", new Words(new String[] {"Le Courrier du Val", "La Gazette du Sud", "L'Écho des Collines", "Le Journal de la Côte", "Ouest Matin"},
                    "L'actualité de votre région",
                    new String[] {"Accueil", "Actualité", "Politique", "Économie", "Sports", "Culture", "Société", "Vidéos"},
                    "Accueil",
                    new String[] {"Samedi 9 mars 2024", "mardi 12 mars 2024", "jeu. 21 nov. 2024"},
                    "Direct",
                    new String[] {"Partager", "Partager sur Facebook", "Partager cet article", "Facebook Twitter E-mail"},
                    new String[] {"%d vues", "Lu %d fois", "%d commentaires"},
                    "Publicité",
                    new String[] {"Lire aussi", "À lire aussi", "Sur le même sujet"},
                    new String[] {"Articles similaires", "Sur le même sujet", "Les plus lus"},
                    "Inscrivez-vous à notre newsletter pour recevoir l'essentiel de l'actualité",
                    "Source", "Mots-clés", new String[] {"ville", "région", "services", "société"},
                    "Commentaires (%d)", new String[] {"Jean-Marc", "claire_b", "Patou"},
                    new String[] {"Enfin une bonne nouvelle", "Et qui va payer tout cela au bout du compte"},
                    "il y a 2 jours", "Les plus lus", "© 2024 Tous droits réservés", "Ce site utilise des cookies pour améliorer votre expérience",
                    "Par", new String[] {"Claire Dubois", "Marc Lefèvre", "Sophie Martin"},
                    new String[] {"Publié le 7 mars 2024", "12 mars 2024 à 10h45", "Mis à jour le 11/03/2024"},
                    "Téléchargez notre application pour suivre l'actualité"));

    private TextPageGenerator() {}

    static List<Article> articles(String lang) {
        String name = "/extract/textpages/articles-" + lang + ".txt";
        try (InputStream in = TextPageGenerator.class.getResourceAsStream(name)) {
            String all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            List<Article> out = new ArrayList<>();
            for (String block : all.split("\n===\n")) {
                List<String> lines = block.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
                if (lines.size() < 3) {
                    continue;
                }
                List<String> body = lines.subList(2, lines.size()).stream().map(l -> l.startsWith("## ") ? l.substring(3) : l).toList();
                out.add(new Article(lang, lines.get(0), lines.get(1), body));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Site site(String lang, Inside inside, Random r) {
        Words w = WORDS.get(lang);
        return new Site(w.siteNames[r.nextInt(w.siteNames.length)], lang, inside, r.nextBoolean(), r.nextInt(4), r.nextBoolean(),
                r.nextInt(3) == 0, r.nextBoolean(), r.nextInt(3) > 0, r.nextBoolean(), r.nextBoolean(), r.nextInt(3) == 0,
                r.nextBoolean(), r.nextBoolean(), r.nextBoolean(), r.nextBoolean(), r.nextBoolean(), r.nextInt(3) == 0,
                r.nextInt(5) == 0);
    }

    static GeneratedPage page(Site site, Article article, List<Article> others, Random r) {
        Words w = WORDS.get(site.lang);
        List<Article> foreign = others.stream().filter(a -> a != article).toList();
        List<Part> out = new ArrayList<>();
        if (site.cookie) {
            out.add(Part.of(Role.COOKIE, w.cookie));
        }
        out.add(Part.of(Role.BANNER, site.name + " | " + w.tagline));
        if (site.dateBar) {
            out.add(Part.of(Role.DATE_BAR, w.dateBars[r.nextInt(w.dateBars.length)]));
        }
        switch (site.navStyle) {
            case 0 -> out.add(new Part(Role.NAV, List.of(String.join(" ", w.nav)), null, null));
            case 1 -> out.add(new Part(Role.NAV, List.of(w.nav), null, null));
            case 2 -> out.add(new Part(Role.NAV, List.of(String.join(" | ", w.nav)), null, null));
            default -> out.add(new Part(Role.NAV, List.of(String.join(" ", List.of(w.nav).subList(0, 6))), null, null));
        }
        if (site.ticker) {
            Article a = pick(foreign, r);
            out.add(new Part(Role.TICKER, List.of(w.ticker + ": " + a.headline), w.ticker, a));
        }
        if (site.breadcrumb) {
            out.add(Part.of(Role.BREADCRUMB, w.home + " » " + w.nav[1 + r.nextInt(3)] + " » " + w.nav[4]));
        }
        if (site.titleTwice) {
            out.add(Part.of(Role.TITLE_TWICE, article.headline));
        }
        out.add(Part.of(Role.HEADLINE, article.headline));
        if (site.standfirst) {
            out.add(Part.of(Role.STANDFIRST, article.standfirst));
        }
        if (site.byline) {
            out.add(new Part(Role.BYLINE, List.of(w.byline + " " + w.reporters[r.nextInt(w.reporters.length)]), w.byline, null));
        }
        if (site.dateLine) {
            out.add(Part.of(Role.DATELINE, w.datelines[r.nextInt(w.datelines.length)]));
        }
        if (site.shareUnderTitle) {
            out.add(Part.of(Role.SHARE_UNDER_TITLE, w.shares[0]));
        }
        List<String> body = article.body;
        int boxes = site.inside == Inside.NONE ? 0 : 1 + r.nextInt(2);
        List<Integer> at = new ArrayList<>();
        for (int i = 0; i < boxes; i++) {
            at.add(1 + r.nextInt(body.size() - 1));
        }
        for (int i = 0; i < body.size(); i++) {
            for (int p : at) {
                if (p == i) {
                    out.addAll(insideChrome(site.inside, w, foreign, r));
                }
            }
            out.add(Part.of(Role.PARAGRAPH, body.get(i)));
        }
        if (site.source) {
            out.add(new Part(Role.SOURCE, List.of(w.source + ": " + site.name), w.source, null));
        }
        if (site.tags) {
            out.add(new Part(Role.TAGS, List.of(w.tags + ": " + String.join(site.lang.equals("ar") ? "، " : ", ",
                    List.of(w.tagWords).subList(0, 3))), w.tags, null));
        }
        if (site.relatedAfter) {
            List<String> lines = new ArrayList<>(List.of(w.related[0]));
            for (int i = 0; i < 3; i++) {
                lines.add(foreign.get((i + r.nextInt(foreign.size())) % foreign.size()).headline);
            }
            out.add(new Part(Role.RELATED_AFTER, lines, w.related[0], null));
        }
        if (site.comments) {
            List<String> lines = new ArrayList<>(List.of(String.format(w.comments, 2)));
            for (int i = 0; i < 2; i++) {
                lines.add(w.commenters[i]);
                lines.add(w.age);
                lines.add(w.commentTexts[i]);
            }
            out.add(new Part(Role.COMMENTS, lines, lines.get(0), null));
        }
        if (site.mostRead) {
            out.add(new Part(Role.MOST_READ, List.of(w.mostRead, "• " + pick(foreign, r).headline, "• " + pick(foreign, r).headline),
                    w.mostRead, null));
        }
        out.add(Part.of(Role.SUBSCRIBE, w.subscribe));
        out.add(Part.of(Role.FOOTER, w.footer));
        List<String> lines = new ArrayList<>();
        out.forEach(p -> lines.addAll(p.lines));
        return new GeneratedPage(site.name, site.inside, site.lang, String.join(site.blankLines ? "\n\n" : "\n", lines) + "\n",
                article, List.copyOf(out));
    }

    private static List<Part> insideChrome(Inside inside, Words w, List<Article> foreign, Random r) {
        Inside kind = inside == Inside.MIXED ? Inside.values()[1 + r.nextInt(4)] : inside;
        List<Part> out = new ArrayList<>();
        switch (kind) {
            case SHARE_COUNTER -> {
                out.add(Part.of(Role.SHARE, w.shares[r.nextInt(w.shares.length)]));
                if (r.nextBoolean()) {
                    out.add(Part.of(Role.COUNTER, String.format(w.counters[r.nextInt(w.counters.length)], 100 + r.nextInt(20_000))));
                } else if (r.nextBoolean()) {
                    out.add(Part.of(Role.AD, w.ad));
                } else {
                    out.add(Part.of(Role.NEWSLETTER, w.newsletter));
                }
            }
            case READ_ALSO_LINE -> {
                String label = w.readAlso[r.nextInt(w.readAlso.length)];
                Article a = pick(foreign, r);
                out.add(new Part(Role.READ_ALSO_LINE, List.of(label + ": " + a.headline), label, a));
            }
            case READ_ALSO_BOX -> {
                Article a = pick(foreign, r);
                String label = w.readAlso[r.nextInt(w.readAlso.length)];
                List<String> lines = new ArrayList<>(List.of(label, a.headline));
                int n = 1 + r.nextInt(2);
                for (int i = 0; i < n; i++) {
                    lines.add(a.body.get(i));
                }
                out.add(new Part(Role.READ_ALSO_BOX, lines, label, a));
            }
            case RELATED_LIST -> {
                String label = w.related[r.nextInt(w.related.length)];
                List<String> lines = new ArrayList<>(List.of(label));
                int n = 2 + r.nextInt(3);
                int first = r.nextInt(foreign.size());
                for (int i = 0; i < n; i++) {
                    lines.add((r.nextBoolean() ? "• " : "") + foreign.get((first + i) % foreign.size()).headline);
                }
                out.add(new Part(Role.RELATED_LIST, lines, label, null));
            }
            default -> { }
        }
        return out;
    }

    private static Article pick(List<Article> articles, Random r) {
        return articles.get(r.nextInt(articles.size()));
    }
}
