package org.frontwire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.frontwire.cli.bench.BenchPages;
import org.frontwire.cli.fuzz.FuzzRun;
import org.frontwire.cli.fuzz.PageMutator;
import org.frontwire.processors.pipeline.ArticlePipeline;
import org.junit.jupiter.api.Test;

/** The short fuzz run: mutated real pages never make an exception escape the pipeline. */
class FuzzRunTest {

    @Test
    void noExceptionEscapesAndEveryPageHasAnOutcome() throws Exception {
        Path pages = SharedData.dir().map(d -> d.resolve("eval/extraction-dev/html")).orElse(PipelineIT.samplePages());
        FuzzRun.Result result = new FuzzRun(ArticlePipeline.createDefault(), BenchPages.load(pages)).run(300, 7);
        System.err.print(result.summary());

        assertThat(result.escapedExamples()).isEmpty();
        assertThat(result.articles() + result.rejected()).isEqualTo(300);
        assertThat(result.articles()).isPositive();
        assertThat(result.byKind()).hasSize(PageMutator.Kind.values().length);
    }

    @Test
    void mutationsAreReproducibleFromTheSeed() {
        PageMutator.Mutant a = new PageMutator(3).mutate("text/html", "<html><body><p>Some text, and more.</p></body></html>");
        PageMutator.Mutant b = new PageMutator(3).mutate("text/html", "<html><body><p>Some text, and more.</p></body></html>");
        assertThat(a).isEqualTo(b);
    }
}
