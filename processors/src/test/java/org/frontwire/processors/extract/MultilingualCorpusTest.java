package org.frontwire.processors.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Word-4-gram F1 over the whole multilingual dev corpus, with a floor overall and per page; outputs in target/multilingual-predictions. */
class MultilingualCorpusTest {
    private static final double CORPUS_FLOOR = 0.98;
    private static final double PAGE_FLOOR = 0.9;

    @Test
    void meetsTheCorpusFloor() throws IOException {
        List<String> names = PageCorpus.MULTILINGUAL.names();
        assertThat(names).as("corpus pages").hasSizeGreaterThanOrEqualTo(12);
        WordShingleScore corpus = new WordShingleScore();
        StringBuilder report = new StringBuilder();
        Path out = Path.of("target", "multilingual-predictions");
        Files.createDirectories(out);
        double worst = 1;
        String worstPage = null;
        for (String name : names) {
            String expected = PageCorpus.MULTILINGUAL.expected(name);
            String got = PageCorpus.MULTILINGUAL.extract(name).text();
            Files.writeString(out.resolve(name + ".txt"), got);
            corpus.add(expected, got);
            WordShingleScore page = new WordShingleScore();
            page.add(expected, got);
            report.append(String.format("%-16s F1 %.3f%n", name, page.f1()));
            if (page.f1() < worst) {
                worst = page.f1();
                worstPage = name;
            }
        }
        System.out.printf("multilingual corpus: %d pages, F1 %.4f precision %.4f recall %.4f accuracy %.4f%n%s",
                names.size(), corpus.f1(), corpus.precision(), corpus.recall(), corpus.accuracy(), report);
        assertThat(corpus.f1()).as("corpus F1").isGreaterThanOrEqualTo(CORPUS_FLOOR);
        assertThat(worst).as("F1 of the worst page, " + worstPage).isGreaterThanOrEqualTo(PAGE_FLOOR);
    }
}
