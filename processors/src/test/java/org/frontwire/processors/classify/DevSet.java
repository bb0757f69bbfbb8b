package org.frontwire.processors.classify;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The labelled topic dev sets in {@code shared/eval/topics-dev}, found beside the project or by {@code -Dfrontwire.sharedDir}. */
public final class DevSet {

    public record Article(String file, String label, List<String> secondary, String title, String body) {}

    private DevSet() {}

    public static Optional<Path> sharedDir() {
        String configured = System.getProperty("frontwire.sharedDir", System.getenv("FRONTWIRE_SHARED_DIR"));
        if (configured != null) {
            return Optional.of(Path.of(configured)).filter(Files::isDirectory);
        }
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolveSibling("shared");
            if (Files.isDirectory(candidate.resolve("eval/topics-dev"))) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    public static List<Article> load(Path setDir) throws IOException {
        List<Article> out = new ArrayList<>();
        List<String> rows = Files.readAllLines(setDir.resolve("labels.tsv"), StandardCharsets.UTF_8);
        for (String row : rows.subList(1, rows.size())) {
            if (row.isBlank()) {
                continue;
            }
            String[] f = row.split("\t", -1);
            String text = Files.readString(setDir.resolve(f[0]), StandardCharsets.UTF_8);
            int nl = text.indexOf('\n');
            String title = nl < 0 ? text : text.substring(0, nl);
            String body = nl < 0 ? "" : text.substring(nl + 1);
            List<String> secondary = f.length > 2 && !f[2].isBlank() ? Arrays.asList(f[2].split("[,;\\s]+")) : List.of();
            out.add(new Article(f[0], f[1], secondary, title.strip(), body));
        }
        return out;
    }
}
