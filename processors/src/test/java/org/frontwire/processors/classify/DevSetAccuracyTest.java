package org.frontwire.processors.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Accuracy on the shared dev sets: at least 97 % right, at most 1.5 % of {@code none} texts given a
 * conflict (a consumer of the conflict stream reads each one as a false alarm). Prints the figures.
 */
class DevSetAccuracyTest {

    static final double MIN_ACCURACY = 0.97;
    static final double MAX_NONE_AS_CONFLICT = 0.015;

    private static final TopicClassifier CLASSIFIER = TopicClassifier.loadDefault();

    @ParameterizedTest
    @ValueSource(strings = {"arabic-news", "english-news"})
    void meetsTarget(String set) throws IOException {
        Optional<Path> shared = DevSet.sharedDir();
        assumeTrue(shared.isPresent(), "shared/eval/topics-dev not found");
        Score s = Score.of(CLASSIFIER, DevSet.load(shared.get().resolve("eval/topics-dev").resolve(set)));
        System.out.println(set + ": " + s);
        assertThat(s.accuracy()).as("accuracy on " + set + s.wrong()).isGreaterThanOrEqualTo(MIN_ACCURACY);
        assertThat(s.noneAsConflict()).as("none given a conflict on " + set + s.wrong())
                .isLessThanOrEqualTo(MAX_NONE_AS_CONFLICT);
    }

    /** Accuracy and the share of {@code none} texts given a conflict, with what went wrong. */
    record Score(int right, int total, int falseConflicts, int none, String wrong) {

        static Score of(TopicClassifier classifier, List<DevSet.Article> articles) {
            int right = 0;
            int none = 0;
            int noneAsConflict = 0;
            StringBuilder wrong = new StringBuilder();
            for (DevSet.Article a : articles) {
                Classification c = classifier.classify(a.title(), null, a.body());
                if (c.primary().equals(a.label())) {
                    right++;
                } else {
                    wrong.append(String.format("%n  %s: expected %s, got %s %s near %s",
                            a.file(), a.label(), c.topics(), c.evidence(), c.anchors()));
                }
                if (a.label().equals("none")) {
                    none++;
                    noneAsConflict += c.primary().equals("none") ? 0 : 1;
                }
            }
            return new Score(right, articles.size(), noneAsConflict, none, wrong.toString());
        }

        double accuracy() {
            return (double) right / total;
        }

        double noneAsConflict() {
            return none == 0 ? 0 : (double) falseConflicts / none;
        }

        @Override
        public String toString() {
            return String.format("accuracy %.3f (%d/%d), none->conflict %.3f (%d/%d)%s",
                    accuracy(), right, total, noneAsConflict(), falseConflicts, none, wrong);
        }
    }
}
