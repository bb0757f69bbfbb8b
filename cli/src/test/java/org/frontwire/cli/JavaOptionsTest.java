package org.frontwire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JVM options {@code ./frontwire} starts a command with ({@code cli/jvm/java-options}): {@code extract} over a folder
 * of up to 5,000 files gets the compiler directives that keep C2 for the JDK's methods, and its standard output stays
 * JSON lines alone; larger folders and every other command get the plain options; {@code FRONTWIRE_JAVA_OPTS} wins.
 */
class JavaOptionsTest {
    private static final Path SCRIPT = Path.of("jvm", "java-options");
    private static final List<String> PLAIN = List.of("-Xmx1g", "-XX:+UseParallelGC");

    @Test
    void extractOverAFewPagesKeepsC2ForTheJdkAndWritesOnlyJsonLines(@TempDir Path pages) throws Exception {
        for (int i = 1; i <= 3; i++) {
            Files.writeString(pages.resolve("page-" + i + ".html"), "<html><head><title>Page " + i + "</title></head><body><article>"
                    + "<p>Flooding closed the coast road near the harbour on Tuesday, and the council opened two halls for "
                    + "families whose homes took water, officials said.</p></article></body></html>");
        }
        List<String> options = options(Map.of(), "extract", pages.toString());
        assertThat(options).startsWith(PLAIN.toArray(String[]::new)).contains("-XX:-DisplayVMOutput");
        String directives = options.get(options.size() - 1);
        assertThat(directives).startsWith("-XX:CompilerDirectivesFile=");
        assertThat(Path.of(directives.substring(directives.indexOf('=') + 1))).isRegularFile();

        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(options);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Frontwire.class.getName(), "extract", pages.toString()));
        Process extract = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(extract.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(extract.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(extract.exitValue()).isZero();
        assertThat(out.lines().toList()).hasSize(3).allSatisfy(line -> assertThat(line).startsWith("{").endsWith("}"));
    }

    @Test
    void extractOverMoreThanFiveThousandFilesAndOtherCommandsGetThePlainOptions(@TempDir Path pages) throws Exception {
        for (int i = 0; i <= 5000; i++) {
            Files.createFile(pages.resolve(i + ".html"));
        }
        assertThat(options(Map.of(), "extract", pages.toString())).isEqualTo(PLAIN);
        assertThat(options(Map.of(), "run")).isEqualTo(PLAIN);
        assertThat(options(Map.of(), "extract", "no-such-folder")).isEqualTo(PLAIN);
    }

    @Test
    void frontwireJavaOptsReplacesTheDefaults() throws Exception {
        assertThat(options(Map.of("FRONTWIRE_JAVA_OPTS", "-Xmx2g  -XX:+UseSerialGC"), "extract", "."))
                .containsExactly("-Xmx2g", "-XX:+UseSerialGC");
    }

    private static List<String> options(Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bash", SCRIPT.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT);
        builder.environment().remove("FRONTWIRE_JAVA_OPTS");
        builder.environment().putAll(env);
        Process p = builder.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isZero();
        return out.lines().toList();
    }
}
