package org.frontwire.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.frontwire.processors.pipeline.ArticlePipeline;
import org.frontwire.processors.stories.StorySettings;
import org.junit.jupiter.api.Test;

/** The offline rates {@code bench} prints: three passes over the same pages, each rate taken, a page without text no failure. */
class OfflineRatesTest {

    private static BenchPages.Sample page(String name, String headline, String sentence) {
        return new BenchPages.Sample(name, "text/html", "<html><head><title>" + headline + "</title></head><body><article><h1>"
                + headline + "</h1>" + ("<p>" + sentence + "</p>").repeat(5) + "</article></body></html>");
    }

    @Test
    void takesTheProcessorsWorkExtractionAloneAndTheParseInTurn() {
        List<BenchPages.Sample> pages = List.of(
                page("a.html", "Ferry service resumes after storm", "The ferry between the two islands sailed again on Monday after three days in port, the operator said."),
                page("b.html", "Council approves new library budget", "The city council approved a budget of four million for the new library on Tuesday evening."),
                new BenchPages.Sample("empty.html", "text/html", "<html><body><nav><a href='/'>Home</a></nav></body></html>"));
        OfflineRates.Rates rates = OfflineRates.measure(pages, ArticlePipeline.createDefault(), StorySettings.defaults(), 0.2);
        assertThat(rates.processorPagesPerSecond()).isPositive().isFinite();
        assertThat(rates.extractPagesPerSecond()).isPositive().isFinite();
        assertThat(rates.jsoupPagesPerSecond()).isPositive().isFinite();
        assertThat(rates.warmUpSeconds()).as("a warm-up of twice the measuring time at least").isGreaterThanOrEqualTo(0.4);
    }
}
