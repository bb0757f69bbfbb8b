package org.frontwire.cli.command;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.frontwire.cli.pages.JsonLinesPages;
import org.frontwire.processors.extract.SiteMemory;
import org.frontwire.processors.pipeline.ArticlePipeline;
import org.frontwire.processors.stories.StoryReplay;
import org.frontwire.processors.stories.StorySettings;
import org.frontwire.records.Article;
import org.frontwire.records.Json;

/**
 * {@code extract PAGES.jsonl}: each page through the processor's pipeline and then, in file order, through the
 * stream's story clustering; one line out per line in, keeping the input {@code id} (the article's own id becomes
 * {@code articleId}) and carrying {@code story}.
 */
final class JsonLinesExtract {
    private JsonLinesExtract() {}

    /** @return the number of lines that could not be processed */
    static int run(List<Path> files, ArticlePipeline pipeline, StorySettings settings, PrintStream out) throws IOException {
        List<JsonLinesPages.Line> lines = new ArrayList<>();
        for (Path f : files) {
            lines.addAll(JsonLinesPages.read(f, Instant.now()));
        }
        Map<String, SiteMemory> sites = new LinkedHashMap<>();
        for (JsonLinesPages.Line l : lines) {
            if (l.page() != null) {
                sites.computeIfAbsent(ArticlePipeline.siteKeyOf(l.page()), k -> SiteMemory.empty()).observe(ArticlePipeline.pageOf(l.page()));
            }
        }
        StoryReplay stories = settings.enabled() ? new StoryReplay(settings) : null;
        int failed = 0;
        for (JsonLinesPages.Line l : lines) {
            ObjectNode json = Json.MAPPER.createObjectNode();
            try {
                if (l.error() != null) {
                    throw new IllegalArgumentException(l.error());
                }
                Article a = pipeline.process(l.page(), sites.get(ArticlePipeline.siteKeyOf(l.page())), false);
                if (stories != null) {
                    a = stories.add(a);
                }
                json.setAll((ObjectNode) Json.MAPPER.valueToTree(a));
                json.put("topic", a.topic());
                if (l.id() != null) {
                    json.put("articleId", a.id());
                    json.put("id", l.id());
                }
            } catch (RuntimeException e) {
                failed++;
                if (l.id() != null) {
                    json.put("id", l.id());
                }
                json.put("line", l.number());
                json.put("error", e.getMessage() == null ? e.getClass().getName() : e.getMessage());
            }
            out.println(Json.toString(json));
        }
        return failed;
    }
}
