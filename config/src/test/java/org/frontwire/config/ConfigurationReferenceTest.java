package org.frontwire.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The generated documents in the repository are what the generator makes of the current defaults and topics. */
class ConfigurationReferenceTest {
    private static final Path ROOT = Path.of("..");

    @Test
    void docsConfigurationIsGeneratedFromTheDefaultsFile() throws Exception {
        String onDisk = Files.readString(ROOT.resolve("docs/configuration.md"));
        assertThat(onDisk).as("docs/configuration.md differs from frontwire.properties; regenerate it with "
                + "./frontwire config --markdown > docs/configuration.md").isEqualTo(ConfigurationReference.markdown());
    }

    @Test
    void everyKeyIsInTheReferenceWithItsDefault() {
        String reference = ConfigurationReference.markdown();
        ConfigValues.defaults().asMap().forEach((key, value) ->
                assertThat(reference).contains("| `" + key + "` | " + (value.isEmpty() ? "*(empty)*" : "`" + value + "`")));
    }

    @Test
    void theReadmeListsEveryTopic() throws Exception {
        String readme = Files.readString(ROOT.resolve("README.md"));
        assertThat(readme).as("the README's topic table differs from FrontwireTopic; regenerate it with "
                + "./frontwire config --topic-table").contains(ConfigurationReference.topicTable());
    }

    @Test
    void theReadmeNeedsNothingBeyondAFreshClone() throws Exception {
        String readme = Files.readString(ROOT.resolve("README.md"));
        assertThat(readme).as("development data is not part of a clone").doesNotContain("../shared");
        assertThat(readme).doesNotContainPattern("(?m)\\s/(home|work|tmp|Users)/");
    }

    @Test
    void aCommentAboveSeveralKeysDocumentsEachAndALooseCommentIsANote() {
        String md = ConfigurationReference.markdown("""
                # --- One ---------
                # Shared.
                a.x=1
                a.y=
                # A note.

                # Own.
                b=2
                """);
        assertThat(md).contains("## One\n\n| Key | Default | Meaning |\n|---|---|---|\n| `a.x` | `1` | Shared. |\n"
                + "| `a.y` | *(empty)* | Shared. |\n\nA note.\n\n| Key | Default | Meaning |\n|---|---|---|\n| `b` | `2` | Own. |\n");
    }
}
