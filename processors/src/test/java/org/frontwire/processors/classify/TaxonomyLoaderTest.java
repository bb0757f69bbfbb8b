package org.frontwire.processors.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class TaxonomyLoaderTest {

    @Test
    void defaultTaxonomyHasEveryConflictOfTheSharedList() throws IOException {
        Taxonomy taxonomy = TaxonomyLoader.loadDefault();
        assertThat(taxonomy.topics()).hasSize(36).doesNotContain("none");
        assertThat(taxonomy.vocabulary()).isNotEmpty();
        Optional<Path> shared = DevSet.sharedDir();
        assumeTrue(shared.isPresent());
        List<String> slugs = Files.readAllLines(shared.get().resolve("conflicts.tsv"), StandardCharsets.UTF_8).stream()
                .skip(1).filter(l -> !l.isBlank()).map(l -> l.split("\t")[0]).toList();
        assertThat(taxonomy.topics()).containsExactlyInAnyOrderElementsOf(slugs);
    }

    /** Every topic can be found in each language the pipeline reads: Arabic, English, French, Russian and Persian. */
    @Test
    void everyTopicHasTermsInEveryMainLanguage() {
        Taxonomy taxonomy = TaxonomyLoader.loadDefault();
        List<String> missing = new ArrayList<>();
        for (String topic : taxonomy.topics()) {
            for (String lang : List.of("ar", "en", "fr", "ru", "fa")) {
                List<Term> terms = taxonomy.terms().stream()
                        .filter(t -> t.topic().equals(topic) && t.lang().equals(lang)).toList();
                if (terms.isEmpty()) {
                    missing.add(topic + " has no " + lang + " term");
                } else if (terms.stream().allMatch(t -> t.kind().needsConflictContext())) {
                    missing.add(topic + " has only country, leader or ambiguous " + lang + " terms");
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void persianTermsAreWrittenWithPersianLetters() {
        for (Term t : TaxonomyLoader.loadDefault().terms()) {
            if (t.lang().equals("fa")) {
                for (String spelling : t.variants()) {
                    assertThat(spelling).as(t.topic() + ": " + spelling).doesNotContain("ي", "ك", "ى");
                }
            }
        }
    }

    @Test
    void readsSpellingsKindsAndWeights() {
        Taxonomy t = TaxonomyLoader.build(
                List.of("# comment", "", "haiti\tgroup\t4\ten\tviv ansanm | g9 ", "haiti\tcountry\t2\tfr\thaïti"),
                List.of("en\t2\tceasefire|truce", "en\t-1.5\tfootball"));
        assertThat(t.topics()).containsExactly("haiti");
        assertThat(t.terms().get(0)).isEqualTo(new Term("haiti", TermKind.GROUP, 4, "en", "viv ansanm", List.of("viv ansanm", "g9")));
        assertThat(t.vocabulary()).extracting(Term::weight).containsExactly(2.0, -1.5);
    }

    @Test
    void reportsTheLineOfABadEntry() {
        assertThatThrownBy(() -> TaxonomyLoader.build(List.of("haiti\tgroup\tfour\ten\tgangs"), List.of()))
                .hasMessageContaining("line 1");
        assertThatThrownBy(() -> TaxonomyLoader.build(List.of("haiti\tgroup\t4"), List.of()))
                .hasMessageContaining("line 1");
    }
}
