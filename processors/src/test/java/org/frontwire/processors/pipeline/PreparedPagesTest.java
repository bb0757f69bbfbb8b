package org.frontwire.processors.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.frontwire.processors.extract.SiteMemories;
import org.frontwire.records.Article;
import org.frontwire.records.RawPage;
import org.junit.jupiter.api.Test;

/**
 * {@code extract}'s one parse per page ({@link ArticlePipeline#prepare} then {@link ArticlePipeline#finish}) gives the
 * articles that learning every page first and then processing each gives.
 */
class PreparedPagesTest {
    private static final Instant FETCHED = Instant.parse("2024-06-01T00:00:00Z");
    private static final String[] STORIES = {
        "The reservoir above the town rose by two metres overnight, and engineers opened the spillway at dawn.",
        "Ferries across the bay stopped on Tuesday after the harbour master measured gusts of ninety kilometres an hour.",
        "The council voted to rebuild the old stone bridge, closed since the spring floods undermined its piers.",
        "Farmers in the valley began the grape harvest a week early after the driest summer in forty years.",
    };
    private final ArticlePipeline pipeline = ArticlePipeline.createDefault();

    /** A page of one outlet: the same menu, footer and subscription line around each story. */
    private static RawPage page(int i) {
        String html = "<html><head><title>Story " + i + "</title><link rel=\"canonical\" href=\"https://valleypost.example/news/" + i
                + "\"></head><body><nav><p>Home</p><p>Valley news and weather every day</p><p>Subscribe to the Valley Post for a euro a week</p></nav>"
                + "<article><h1>Story " + i + "</h1>" + ("<p>" + STORIES[i] + "</p>").repeat(3) + "</article>"
                + "<footer><p>Valley Post, 4 Mill Street, printed in the valley since 1871</p></footer></body></html>";
        String url = "file:///pages/story-" + i + ".html";
        return new RawPage(RawPage.SCHEMA_VERSION, url, url, "test", FETCHED, 200, "text/html", "UTF-8", html, null, null, null, null, null);
    }

    @Test
    void onePassGivesTheArticlesOfLearningFirstThenProcessing() {
        SiteMemories learnedFirst = SiteMemories.perSite();
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < STORIES.length; i++) {
            keys.add(learnedFirst.learn(ArticlePipeline.pageOf(page(i))));
        }
        SiteMemories onePass = SiteMemories.perSite();
        List<ArticlePipeline.Prepared> prepared = new ArrayList<>();
        for (int i = 0; i < STORIES.length; i++) {
            prepared.add(pipeline.prepare(page(i), onePass));
        }
        for (int i = 0; i < STORIES.length; i++) {
            Article expected = pipeline.process(page(i), learnedFirst.of(keys.get(i)), false);
            Article actual = pipeline.finish(prepared.get(i), onePass.of(prepared.get(i).siteKey()));
            assertThat(prepared.get(i).siteKey()).isEqualTo("valleypost.example");
            assertThat(actual).isEqualTo(expected);
            assertThat(actual.text()).contains(STORIES[i]).doesNotContain("Subscribe to the Valley Post", "Mill Street");
        }
    }

    @Test
    void aPageWithoutBodyFailsBeforeItIsLearned() {
        RawPage empty = new RawPage(RawPage.SCHEMA_VERSION, "file:///pages/empty.html", null, "test", FETCHED, 200, "text/html", "UTF-8",
                " ", null, null, null, null, null);
        SiteMemories memories = SiteMemories.perSite();
        assertThatThrownBy(() -> pipeline.prepare(empty, memories)).hasMessageContaining("no body");
    }
}
