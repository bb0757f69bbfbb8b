package org.frontwire.cli.command;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.frontwire.cli.wiring.ServiceFactory;
import org.frontwire.cli.pages.JsonLinesPages;
import org.frontwire.cli.pages.PageFile;
import org.frontwire.processors.extract.SiteMemories;
import org.frontwire.processors.extract.SiteMemory;
import org.frontwire.processors.pipeline.ArticlePipeline;
import org.frontwire.records.Article;
import org.frontwire.records.Json;
import org.frontwire.records.RawPage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Extract and classify pages offline, with the processor's code path; one JSON object per page on stdout.",
                "Pages of the same site (known from a URL in the page, or --same-site) teach each other the site's template."})
public final class ExtractCommand implements Callable<Integer> {
    @Mixin
    OfflineOptions common;

    @Parameters(paramLabel = "FILE|DIR", arity = "1..*", description = {"Pages (.html, .htm, .txt, optionally .gz) or folders of them;",
            "or JSON-lines files of pages (.jsonl: url, text or body, optional id, title, fetchedAt, source, contentType),",
            "processed in file order through story clustering: each line out keeps its id and carries story."})
    List<Path> inputs;

    @Option(names = "--same-site", description = "All the given pages come from one site.")
    boolean sameSite;

    @Option(names = "--url", paramLabel = "URL", description = "The URL the page was fetched from (with a single file).")
    String url;

    @Override
    public Integer call() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path input : inputs) {
            if (!Files.exists(input)) {
                throw new IllegalArgumentException("no such file or folder: " + input);
            }
            if (Files.isDirectory(input)) {
                List<Path> pages = PageFile.pagesIn(input);
                if (pages.isEmpty()) {
                    throw new IllegalArgumentException("no pages (.html, .htm, .txt, optionally .gz) in " + input);
                }
                files.addAll(pages);
            } else if (!Files.isReadable(input)) {
                throw new IllegalArgumentException("cannot read " + input);
            } else {
                files.add(input);
            }
        }
        ArticlePipeline pipeline = ServiceFactory.pipeline(common.config());
        SiteMemories memories = sameSite ? SiteMemories.oneSite() : SiteMemories.perSite();
        if (!files.isEmpty() && files.stream().allMatch(JsonLinesPages::isJsonLines)) {
            PrintStream lines = new PrintStream(System.out, true, StandardCharsets.UTF_8);
            return JsonLinesExtract.run(files, pipeline, common.config().storySettings(), lines) == 0 ? 0 : 1;
        }
        // One parse per page: each page is learned into its site's memory and extracted up to it as it is read; the
        // memory's line filter, language and classification run once every page of the site has been learned.
        Map<String, List<Entry>> bySite = new LinkedHashMap<>();
        for (Path file : files) {
            RawPage page = read(file, files.size() == 1 ? url : null);
            Entry entry;
            String siteKey;
            try {
                ArticlePipeline.Prepared prepared = pipeline.prepare(page, memories);
                entry = new Entry(file, prepared, null);
                siteKey = prepared.siteKey();
            } catch (RuntimeException e) {
                entry = new Entry(file, null, e);
                siteKey = "page:" + page.url();
            }
            bySite.computeIfAbsent(siteKey, k -> new ArrayList<>()).add(entry);
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        int failed = 0;
        for (Map.Entry<String, List<Entry>> site : bySite.entrySet()) {
            SiteMemory memory = memories.of(site.getKey());
            for (Entry entry : site.getValue()) {
                ObjectNode json = Json.MAPPER.createObjectNode();
                json.put("file", entry.file().toString());
                try {
                    if (entry.error() != null) {
                        throw entry.error();
                    }
                    Article a = pipeline.finish(entry.prepared(), memory);
                    json.setAll((ObjectNode) Json.MAPPER.valueToTree(a));
                    json.put("topic", a.topic());
                } catch (RuntimeException e) {
                    failed++;
                    json.put("error", e.getMessage() == null ? e.getClass().getName() : e.getMessage());
                }
                out.println(Json.toString(json));
            }
        }
        return failed == 0 ? 0 : 1;
    }

    private record Entry(Path file, ArticlePipeline.Prepared prepared, RuntimeException error) {}

    /** The page as a raw page read from a file; no content hash, which no article carries. */
    private static RawPage read(Path file, String url) throws IOException {
        PageFile page = PageFile.read(file);
        String pageUrl = url != null ? url : file.toAbsolutePath().normalize().toUri().toString();
        return new RawPage(RawPage.SCHEMA_VERSION, pageUrl, pageUrl, file.toString(), Instant.now(), 200, page.contentType(), "UTF-8",
                page.body(), null, null, null, null, null);
    }
}
