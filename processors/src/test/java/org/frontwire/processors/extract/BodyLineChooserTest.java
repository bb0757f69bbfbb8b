package org.frontwire.processors.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BodyLineChooserTest {
    private static final Set<String> BOX = Set.of("ferry", "harbour", "timetable");
    private static final Set<String> ARTICLE = Set.of("council", "budget", "school");

    @Test
    void theParagraphsOfAnotherStoryAfterABoxAreItsLead() {
        List<Set<String>> run = List.of(BOX, BOX, ARTICLE, ARTICLE);

        assertThat(BodyLineChooser.foreignLead(run, List.of(ARTICLE), BOX)).isEqualTo(2);
        assertThat(BodyLineChooser.foreignLead(List.of(ARTICLE, ARTICLE), List.of(ARTICLE), BOX)).isZero();
    }

    /**
     * A page repeating itself makes runs and articles thousands of paragraphs long; a box's lead is looked for in a
     * run's first 24 paragraphs, weighed against the article's last 48 kept ones, so the split costs no cube of the
     * run's length.
     */
    @Test
    void aRunThousandsOfParagraphsLongIsWeighedByItsOpening() {
        List<Set<String>> run = Collections.nCopies(30, BOX);
        List<Set<String>> article = Collections.nCopies(5_000, ARTICLE);

        assertThat(BodyLineChooser.foreignLead(run, article, BOX)).isEqualTo(24);
    }
}
