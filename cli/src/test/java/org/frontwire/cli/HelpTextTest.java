package org.frontwire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What {@code --help} says is whole and true. */
class HelpTextTest {

    @Test
    void theTopLevelHelpListsEveryCommandWithAWholeSentence() {
        CliRunner.Result help = CliRunner.run("--help");
        assertThat(help.exitCode()).isZero();
        String shown = help.out().replaceAll("\\s+", " ");
        Frontwire.commandLine().getSubcommands().forEach((name, sub) -> {
            String[] description = sub.getCommandSpec().usageMessage().description();
            if (!name.equals("help")) {
                assertThat(description[0]).as(name).endsWith(".");
                assertThat(shown).as(name).contains(description[0].replaceAll("\\s+", " "));
            }
        });
    }

    @Test
    void extractSaysNothingAboutABrokerItDoesNotStart() {
        CliRunner.Result help = CliRunner.run("extract", "--help");
        assertThat(help.out()).contains("--same-site").doesNotContainIgnoringCase("broker")
                .doesNotContain("--bootstrap-servers").doesNotContain("--data-dir");
    }
}
