package org.frontwire.benchmarks.extract;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import net.dankito.readability4j.Article;
import net.dankito.readability4j.Readability4J;
import org.frontwire.records.Json;

/**
 * readability4j as a user runs it over saved pages: every {@code .html}/{@code .htm} file (optionally {@code .gz}) of
 * a folder, one JSON line per page (file, title, text) on stdout, the counterpart of {@code frontwire extract DIR} in
 * {@code scripts/extract-vs-readability4j.sh}.
 * <pre>java -cp benchmarks/target/benchmarks.jar org.frontwire.benchmarks.extract.Readability4jFolder DIR</pre>
 */
public final class Readability4jFolder {
    private Readability4jFolder() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 1 || !Files.isDirectory(Path.of(args[0]))) {
            System.err.println("usage: Readability4jFolder DIR (a folder of .html or .htm pages, optionally .gz)");
            System.exit(2);
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(Path.of(args[0]))) {
            files = list.filter(f -> f.getFileName().toString().matches("(?i).*\\.html?(\\.gz)?")).sorted().toList();
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        int failed = 0;
        for (Path f : files) {
            ObjectNode json = Json.MAPPER.createObjectNode();
            json.put("file", f.toString());
            try {
                String url = f.toAbsolutePath().normalize().toUri().toString();
                Article a = new Readability4J(url, read(f)).parse();
                json.put("title", a.getTitle());
                json.put("text", a.getTextContent());
            } catch (RuntimeException e) {
                failed++;
                json.put("error", String.valueOf(e.getMessage()));
            }
            out.println(Json.toString(json));
        }
        System.exit(failed == 0 ? 0 : 1);
    }

    private static String read(Path f) throws IOException {
        try (InputStream in = f.toString().endsWith(".gz") ? new GZIPInputStream(Files.newInputStream(f)) : Files.newInputStream(f)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
