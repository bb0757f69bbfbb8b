package org.frontwire.processors.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Accuracy on the shared dev sets: at least 95 % right, at most 2 % of {@code none} texts given a conflict. */
class DevSetAccuracyTest {

    private static final TopicClassifier CLASSIFIER = TopicClassifier.loadDefault();

    @ParameterizedTest
    @ValueSource(strings = {"arabic-news", "english-news"})
    void meetsTarget(String set) throws IOException {
        Optional<Path> shared = DevSet.sharedDir();
        assumeTrue(shared.isPresent(), "shared/eval/topics-dev not found");
        List<DevSet.Article> articles = DevSet.load(shared.get().resolve("eval/topics-dev").resolve(set));

        int right = 0;
        int none = 0;
        int noneAsConflict = 0;
        StringBuilder wrong = new StringBuilder();
        for (DevSet.Article a : articles) {
            Classification c = CLASSIFIER.classify(a.title(), null, a.body());
            if (c.primary().equals(a.label())) {
                right++;
            } else {
                wrong.append(String.format("%n  %s: expected %s, got %s %s", a.file(), a.label(), c.topics(), c.evidence()));
            }
            if (a.label().equals("none")) {
                none++;
                noneAsConflict += c.primary().equals("none") ? 0 : 1;
            }
        }
        double accuracy = (double) right / articles.size();
        double falseConflict = none == 0 ? 0 : (double) noneAsConflict / none;
        System.out.printf("%s: accuracy %.3f (%d/%d), none->conflict %.3f (%d/%d)%s%n",
                set, accuracy, right, articles.size(), falseConflict, noneAsConflict, none, wrong);
        assertThat(accuracy).as("accuracy on " + set + wrong).isGreaterThanOrEqualTo(0.95);
        assertThat(falseConflict).as("none given a conflict on " + set).isLessThanOrEqualTo(0.02);
    }
}
