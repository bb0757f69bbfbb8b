package org.frontwire.processors.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.frontwire.processors.classify.DevSet;
import org.frontwire.processors.pipeline.ArticlePipeline;
import org.frontwire.records.Article;
import org.frontwire.records.RawPage;
import org.junit.jupiter.api.Test;

/**
 * The topic dev texts (../shared/eval/topics-dev, Arabic) saved as text pages inside site chrome by
 * {@link TextPageGenerator}, read-also boxes and related lists carrying other articles' headlines and paragraphs
 * included, then extracted and classified by the whole pipeline: at least 96 % keep their label (a read-also box that
 * hijacked a page would make it take the box's topic), and at most 1.5 % of the {@code none} texts are given a conflict.
 * The same texts as HTML pages ({@link HtmlPageRenderer}), each with a read-also box holding another conflict's
 * headline and paragraphs (and other conflicts' headlines in tickers, related and most-read lists): the same targets,
 * and no page whose label differs from that of the same page without its read-also box.
 */
class ChromeWrappedTopicsTest {
    private static final ArticlePipeline PIPELINE = ArticlePipeline.createDefault();

    @Test
    void arabicDevTextsInsideSiteChromeKeepTheirTopic() throws IOException {
        Optional<Path> shared = DevSet.sharedDir();
        assumeTrue(shared.isPresent(), "shared/eval/topics-dev not found");
        List<DevSet.Article> dev = DevSet.load(shared.get().resolve("eval/topics-dev/arabic-news"));
        List<TextPageGenerator.Article> foreign = TextPageGenerator.articles("ar");
        TextPageGenerator.Inside[] layouts = TextPageGenerator.Inside.values();
        Random random = new Random(14);
        Tally tally = new Tally();
        for (int i = 0; i < dev.size(); i++) {
            DevSet.Article a = dev.get(i);
            List<String> paragraphs = paragraphs(a.body());
            if (paragraphs.size() < 3) {
                continue;
            }
            TextPageGenerator.Article article = new TextPageGenerator.Article("ar", a.title(), paragraphs.get(0),
                    paragraphs.subList(1, paragraphs.size()));
            TextPageGenerator.Site site = TextPageGenerator.site("ar", layouts[i % layouts.length], random);
            TextPageGenerator.GeneratedPage page = TextPageGenerator.page(site, article, foreign, random);
            Article out = PIPELINE.process(RawPage.ofText("https://" + site.name().hashCode() + ".example/" + a.file(), "test",
                    "text/plain", page.text(), Instant.parse("2026-11-30T00:00:00Z")), SiteMemory.empty(), true);
            tally.add(a, out, site.inside().toString());
        }
        tally.assertMeetsTargets(dev.size(), "arabic dev texts inside site chrome", "");
    }

    @Test
    void arabicDevTextsInsideHtmlSiteChromeKeepTheirTopicWhateverTheReadAlsoBoxHolds() throws IOException {
        Optional<Path> shared = DevSet.sharedDir();
        assumeTrue(shared.isPresent(), "shared/eval/topics-dev not found");
        List<DevSet.Article> dev = DevSet.load(shared.get().resolve("eval/topics-dev/arabic-news"));
        Map<DevSet.Article, TextPageGenerator.Article> wrappable = new LinkedHashMap<>();
        for (DevSet.Article a : dev) {
            List<String> paragraphs = paragraphs(a.body());
            if (paragraphs.size() >= 3) {
                wrappable.put(a, new TextPageGenerator.Article("ar", a.title(), paragraphs.get(0), paragraphs.subList(1, paragraphs.size())));
            }
        }
        Random random = new Random(1_414);
        Tally tally = new Tally();
        List<String> hijacked = new ArrayList<>();
        for (Map.Entry<DevSet.Article, TextPageGenerator.Article> e : wrappable.entrySet()) {
            DevSet.Article a = e.getKey();
            List<TextPageGenerator.Article> otherConflicts = new ArrayList<>();
            wrappable.forEach((d, article) -> {
                if (!d.label().equals(Article.NO_TOPIC) && !d.label().equals(a.label())) {
                    otherConflicts.add(article);
                }
            });
            TextPageGenerator.Site site = TextPageGenerator.site("ar", TextPageGenerator.Inside.READ_ALSO_BOX, random);
            TextPageGenerator.GeneratedPage page = TextPageGenerator.page(site, e.getValue(), otherConflicts, random);
            HtmlPageRenderer.Markup markup = HtmlPageRenderer.markup(random);
            String url = "https://" + Math.abs(site.name().hashCode()) + ".example/" + a.file();
            Article out = classifyHtml(url, HtmlPageRenderer.render(page, markup));
            Article withoutBox = classifyHtml(url, HtmlPageRenderer.render(withoutReadAlso(page), markup));
            tally.add(a, out, markup.labels().toString());
            if (!out.topic().equals(withoutBox.topic())) {
                hijacked.add(a.file() + " [" + markup.labels() + "] " + withoutBox.topic() + " -> " + out.topic());
            }
        }
        assertThat(hijacked).as("pages whose read-also box changed their label").isEmpty();
        tally.assertMeetsTargets(dev.size(), "arabic dev texts inside HTML site chrome",
                ", label changed by the read-also box " + hijacked.size());
    }

    /** Labels got right, wrong, and `none` texts given a conflict; the targets for them. */
    private static final class Tally {
        private int right;
        private int none;
        private int noneAsConflict;
        private final List<String> wrong = new ArrayList<>();

        void add(DevSet.Article a, Article out, String layout) {
            if (out.topic().equals(a.label())) {
                right++;
            } else {
                wrong.add(a.file() + " [" + layout + "] " + a.label() + " -> " + out.topic());
            }
            if (a.label().equals(Article.NO_TOPIC)) {
                none++;
                noneAsConflict += out.aboutConflict() ? 1 : 0;
            }
        }

        void assertMeetsTargets(int devSize, String what, String more) {
            int total = right + wrong.size();
            assertThat(total).as("dev texts long enough to wrap").isGreaterThan(devSize / 2);
            double accuracy = (double) right / total;
            System.out.printf("%s: accuracy %.3f (%d/%d), none given a conflict %d/%d%s%n", what, accuracy, right, total,
                    noneAsConflict, none, more);
            assertThat(accuracy).as("wrong: " + wrong).isGreaterThanOrEqualTo(0.96);
            assertThat((double) noneAsConflict / none).as("wrong: " + wrong).isLessThanOrEqualTo(0.015);
        }
    }

    private static Article classifyHtml(String url, String html) {
        return PIPELINE.process(RawPage.ofText(url, "test", "text/html; charset=utf-8", html, Instant.parse("2026-11-30T00:00:00Z")),
                SiteMemory.empty(), true);
    }

    /** The same page without its read-also boxes. */
    private static TextPageGenerator.GeneratedPage withoutReadAlso(TextPageGenerator.GeneratedPage page) {
        List<TextPageGenerator.Part> parts = page.parts().stream()
                .filter(p -> p.role() != TextPageGenerator.Role.READ_ALSO_BOX).toList();
        return new TextPageGenerator.GeneratedPage(page.site(), page.inside(), page.lang(), page.text(), page.article(), parts);
    }

    /** The text's paragraphs; a text of one or two paragraphs is cut into its sentences, as a site would print it. */
    private static List<String> paragraphs(String body) {
        List<String> lines = Arrays.stream(body.split("\n")).map(String::strip).filter(p -> !p.isEmpty()).toList();
        if (lines.size() >= 3) {
            return lines;
        }
        return Arrays.stream(String.join(" ", lines).split("(?<=[.!?؟])\\s+")).map(String::strip).filter(p -> !p.isEmpty()).toList();
    }
}
