package org.frontwire.cli.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.frontwire.cli.pages.PageFile;

/** The pages a benchmark cycles through: every .html, .htm, .txt (optionally .gz) file of a folder. */
public final class BenchPages {
    private BenchPages() {}

    public record Sample(String name, String contentType, String body) {}

    public static List<Sample> load(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("no such folder of pages: " + dir);
        }
        List<Sample> pages = new ArrayList<>();
        for (Path file : PageFile.pagesIn(dir)) {
            PageFile page = PageFile.read(file);
            pages.add(new Sample(page.name(), page.contentType(), page.body()));
        }
        if (pages.isEmpty()) {
            throw new IllegalArgumentException("no .html/.txt pages in " + dir);
        }
        return pages;
    }
}
