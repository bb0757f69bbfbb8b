package org.frontwire.processors.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The hard cases written for this project ({@code classify/hard-cases/}, labels in the dev-set format), one or more
 * per error class seen on held-out news: a conflict country's domestic politics (elections, cabinets, courts,
 * budgets) that names its places and parties; explicit conflict statements, peace talks and war-zone aid with little
 * fighting vocabulary; two conflicts in one article; and war news that also speaks of cabinets and parliaments.
 * Every one must come out right.
 */
class HardCasesTest {

    private static final TopicClassifier CLASSIFIER = TopicClassifier.loadDefault();

    @Test
    void everyHardCaseIsRight() throws IOException, URISyntaxException {
        List<DevSet.Article> cases = DevSet.load(Path.of(HardCasesTest.class.getResource("/classify/hard-cases").toURI()));
        assertThat(cases).hasSizeGreaterThanOrEqualTo(30);
        assertThat(cases).extracting(DevSet.Article::file)
                .anyMatch(f -> f.startsWith("ar-domestic")).anyMatch(f -> f.startsWith("en-domestic"))
                .anyMatch(f -> f.startsWith("fr-domestic")).anyMatch(f -> f.startsWith("ar-statement"))
                .anyMatch(f -> f.startsWith("en-statement")).anyMatch(f -> f.startsWith("fr-statement"))
                .anyMatch(f -> f.contains("two-conflicts"));

        DevSetAccuracyTest.Score s = DevSetAccuracyTest.Score.of(CLASSIFIER, cases);

        System.out.println("hard-cases: " + s);
        assertThat(s.right()).as("hard cases" + s.wrong()).isEqualTo(s.total());
    }
}
