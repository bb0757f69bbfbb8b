package org.frontwire.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.common.Cluster;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.PartitionInfo;
import org.junit.jupiter.api.Test;

class SitesTest {

    @Test
    void theSiteIsTheHostInLowerCaseWithoutWww() {
        assertThat(Sites.of("https://WWW.Aljazeera.net/news/2020/10/1/x")).isEqualTo("aljazeera.net");
        assertThat(Sites.of("http://news.example:8080/a b")).isEqualTo("news.example");
        assertThat(Sites.of("/relative/path")).isNull();
        assertThat(Sites.of("not a url at all %%%")).isNull();
        assertThat(Sites.of(null)).isNull();
    }

    @Test
    void everyPageOfASiteHasTheSitesPartition() {
        int partition = Sites.partition("https://www.site.example/a", 12);
        assertThat(List.of("https://site.example/b", "http://SITE.example/c?x=1", "https://www.site.example/d#e"))
                .allSatisfy(url -> assertThat(Sites.partition(url, 12)).isEqualTo(partition));
        assertThat(Sites.partitionOf("site.example", 12)).isEqualTo(partition);
    }

    @Test
    void sitesSpreadOverThePartitions() {
        Set<Integer> used = IntStream.range(0, 200).mapToObj(i -> Sites.partition("https://s" + i + ".example/", 8))
                .collect(Collectors.toSet());
        assertThat(used).hasSize(8);
    }

    @Test
    void theProducerPartitionerPlacesByTheUrlKeysSite() {
        Node node = new Node(0, "localhost", 9092);
        List<PartitionInfo> partitions = IntStream.range(0, 6)
                .mapToObj(p -> new PartitionInfo("raw", p, node, new Node[] {node}, new Node[] {node})).toList();
        Cluster cluster = new Cluster("c", List.of(node), partitions, Set.of(), Set.of());
        try (SitePartitioner partitioner = new SitePartitioner()) {
            partitioner.configure(Map.of());
            int a = partitioner.partition("raw", "https://a.example/1", null, null, null, cluster);
            assertThat(partitioner.partition("raw", "https://www.a.example/2", null, null, null, cluster)).isEqualTo(a);
            assertThat(a).isEqualTo(Sites.partition("https://a.example/1", 6));
            assertThat(partitioner.partition("raw", null, null, null, null, cluster)).isBetween(0, 5);
        }
    }

    @Test
    void thePageSiteIsTheRequestedHostTheCanonicalHostOfALocalFileOrItsFolder() {
        assertThat(Sites.ofPage("https://www.short.example/x", "<link rel=\"canonical\" href=\"https://news.example/y\">"))
                .as("the requested URL's host wins over any link").isEqualTo("short.example");
        assertThat(Sites.ofPage("file:///data/outlet/a.html", "<head><link rel=\"canonical\" href=\"https://www.outlet.example/a\">"))
                .isEqualTo("outlet.example");
        assertThat(Sites.ofPage("file:///data/outlet/b.html", "<head><meta property=\"og:url\" content=\"https://outlet.example/b\">"))
                .isEqualTo("outlet.example");
        assertThat(Sites.ofPage("file:///data/outlet/c.html", "<p>no link</p>")).isEqualTo("file:///data/outlet/");
        assertThat(Sites.ofPage("file:///data/outlet/d.txt", null)).isEqualTo("file:///data/outlet/");
        assertThat(Sites.ofPage("garbage", "<p>x</p>")).isEqualTo("page:garbage");
        assertThat(Sites.ofPage(null, "<p>x</p>")).isNull();
    }

    @Test
    void theProducerPartitionerPlacesARawPageByItsSiteEvenAfterACrossHostRedirect() {
        Node node = new Node(0, "localhost", 9092);
        List<PartitionInfo> partitions = IntStream.range(0, 12)
                .mapToObj(p -> new PartitionInfo("raw", p, node, new Node[] {node}, new Node[] {node})).toList();
        Cluster cluster = new Cluster("c", List.of(node), partitions, Set.of(), Set.of());
        RawPage redirected = new RawPage(RawPage.SCHEMA_VERSION, "https://short.example/x", "https://news.example/y", "test",
                null, 200, "text/html", "UTF-8", "<p>x</p>", null, null, null, null);
        RawPage local = RawPage.ofText("file:///data/outlet/a.html", "folder", "text/html",
                "<link rel=\"canonical\" href=\"https://outlet.example/a\">", null);
        try (SitePartitioner partitioner = new SitePartitioner()) {
            assertThat(partitioner.partition("raw", redirected.url(), null, redirected, null, cluster))
                    .isEqualTo(Sites.partitionOf("short.example", 12));
            assertThat(partitioner.partition("raw", local.url(), null, local, null, cluster))
                    .isEqualTo(Sites.partitionOf("outlet.example", 12))
                    .isEqualTo(partitioner.partition("raw", "https://outlet.example/z", null, null, null, cluster));
        }
    }
}
