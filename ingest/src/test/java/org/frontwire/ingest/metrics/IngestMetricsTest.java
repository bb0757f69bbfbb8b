package org.frontwire.ingest.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IngestMetricsTest {
    @Test
    void failuresAreGroupedIntoFewReasons() {
        assertThat(IngestMetrics.failureReason(404, "HTTP 404 from http://x/redirect")).isEqualTo("http_404");
        assertThat(IngestMetrics.failureReason(503, "HTTP 503 from http://x/; gave up after 4 attempts")).isEqualTo("http_503");
        assertThat(IngestMetrics.failureReason(301, "too many redirects (more than 5) from http://x/")).isEqualTo("redirects");
        assertThat(IngestMetrics.failureReason(0, "redirect loop at http://x/")).isEqualTo("redirects");
        assertThat(IngestMetrics.failureReason(0, "timed out after 30000 ms reading http://x/")).isEqualTo("timeout");
        assertThat(IngestMetrics.failureReason(0, "cannot resolve x.invalid: unknown host")).isEqualTo("dns");
        assertThat(IngestMetrics.failureReason(0, "cannot fetch http://x/redirect: ConnectException")).isEqualTo("connection");
        assertThat(IngestMetrics.failureReason(0, null)).isEqualTo("other");
    }

    @Test
    void refusalsAreGroupedIntoFewReasons() {
        assertThat(IngestMetrics.refusalReason("disallowed by robots.txt: http://x/a")).isEqualTo("robots");
        assertThat(IngestMetrics.refusalReason("refused: x resolves to the non-public address 10.0.0.1 (allowPrivateAddresses is off)"))
                .isEqualTo("ssrf");
        assertThat(IngestMetrics.refusalReason("content type application/pdf is not HTML, XHTML or text: http://x/"))
                .isEqualTo("content_type");
        assertThat(IngestMetrics.refusalReason("decompression bomb: gzip body of 10 bytes expands beyond 100x: http://x/"))
                .isEqualTo("too_large");
    }

    @Test
    void hostTagsAreCappedWithAnOtherBucket() {
        HostTags tags = new HostTags(2);
        assertThat(tags.of("https://A.example/x")).isEqualTo("a.example");
        assertThat(tags.of("https://b.example/x")).isEqualTo("b.example");
        assertThat(tags.of("https://c.example/x")).isEqualTo("other");
        assertThat(tags.of("https://a.example/y")).isEqualTo("a.example");
        assertThat(tags.of("file:///tmp/page.html")).isEqualTo("local");
    }
}
