package org.frontwire.processors.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.frontwire.records.Json;
import org.junit.jupiter.api.Test;

class DashboardClusterTest {
    private static final Instant M0 = Instant.parse("2026-11-21T12:00:00Z");
    private static final Instant M1 = Instant.parse("2026-11-21T12:01:00Z");
    private static final Instant M2 = Instant.parse("2026-11-21T12:02:00Z");

    private static LatestArticle article(String topic, int minute) {
        return new LatestArticle(topic, "t" + minute, "site", "https://site/" + topic + "/" + minute, null,
                M0.plusSeconds(minute * 60L));
    }

    private static List<LatestArticle> articles(String topic, int from, int to) {
        List<LatestArticle> list = new ArrayList<>();
        for (int i = to; i >= from; i--) {
            list.add(article(topic, i));
        }
        return list;
    }

    @Test
    void countsAddUpLatestAreTheNewestOfAllAndTheViewSurvivesJson() throws Exception {
        DashboardView mine = new DashboardView(M2, "RUNNING", true, List.of(M1, M2),
                List.of(new DashboardView.Series("armenia-azerbaijan", List.of(2L, 3L), 5), new DashboardView.Series("none", List.of(0L, 1L), 1)),
                List.of(new DashboardView.TopicArticles("armenia-azerbaijan", articles("armenia-azerbaijan", 0, 7))),
                Map.of("parse", 1L), new DashboardView.Stats(6, 1, 100.0, 900.0, 0.5), null,
                List.of(new DashboardView.Instance("a:1", true, "RUNNING", null)));
        // the other instance's chart starts a minute earlier: only the shared minutes count
        DashboardView theirs = new DashboardView(M2, "RUNNING", true, List.of(M0, M1, M2),
                List.of(new DashboardView.Series("armenia-azerbaijan", List.of(9L, 1L, 1L), 11), new DashboardView.Series("sudan", List.of(0L, 0L, 4L), 4)),
                List.of(new DashboardView.TopicArticles("armenia-azerbaijan", articles("armenia-azerbaijan", 8, 12)),
                        new DashboardView.TopicArticles("sudan", articles("sudan", 1, 4))),
                Map.of("parse", 2L, "extract", 1L), new DashboardView.Stats(19, 0, 200.0, 800.0, 0.8), null,
                List.of(new DashboardView.Instance("local", true, "RUNNING", null)));
        DashboardView over = Json.fromBytes(Json.toBytes(theirs), DashboardView.class);

        DashboardView merged = DashboardCluster.merge(mine, List.of(over));

        assertThat(merged.minutes()).containsExactly(M1, M2);
        assertThat(merged.series()).extracting(DashboardView.Series::topic).containsExactly("armenia-azerbaijan", "sudan", "none");
        assertThat(merged.series().get(0).counts()).containsExactly(3L, 4L);
        assertThat(merged.series().get(0).total()).isEqualTo(7);
        assertThat(merged.series().get(1).counts()).containsExactly(0L, 4L);
        List<LatestArticle> karabakh = merged.latest().get(0).articles();
        assertThat(merged.latest().get(0).topic()).isEqualTo("armenia-azerbaijan");
        assertThat(karabakh).hasSize(DashboardStores.LATEST_PER_TOPIC);
        assertThat(karabakh.get(0).title()).isEqualTo("t12");
        assertThat(karabakh.get(9).title()).isEqualTo("t3");
        assertThat(merged.deadLetters()).containsExactlyInAnyOrderEntriesOf(Map.of("parse", 3L, "extract", 1L));
        assertThat(merged.stats().articles()).isEqualTo(25);
        assertThat(merged.stats().otherArticles()).isEqualTo(1);
        assertThat(merged.stats().latencyP50Ms()).isEqualTo(200.0);
        assertThat(merged.stats().latencyP99Ms()).isEqualTo(900.0);
        assertThat(merged.stats().chromeRemovedMean()).isCloseTo((0.5 * 6 + 0.8 * 19) / 25, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(DashboardCluster.merge(mine, List.of())).isSameAs(mine);
    }
}
