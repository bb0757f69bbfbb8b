package org.frontwire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/** What the commands read by default is shipped with the project: they run on a fresh clone, without ../shared. */
class FreshCloneDefaultsTest {

    @ParameterizedTest
    @ValueSource(strings = {"bench", "chaos", "fuzz"})
    void theDefaultPagesAreInTheProject(String command) {
        CommandLine sub = Frontwire.commandLine().getSubcommands().get(command);
        String pages = sub.getCommandSpec().findOption("--pages").defaultValue();
        assertThat(pages).doesNotContain("shared").doesNotStartWith("/").doesNotStartWith("..");
        Path inProject = Path.of("..").resolve(pages);
        assertThat(inProject).isDirectory();
        assertThat(inProject.toFile().list((dir, name) -> name.endsWith(".html") || name.endsWith(".txt"))).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"../samples/pages", "../samples/feeds.urls"})
    void theDefaultSourcesAreInTheProject(String source) {
        assertThat(Files.exists(Path.of(source))).isTrue();
    }
}
