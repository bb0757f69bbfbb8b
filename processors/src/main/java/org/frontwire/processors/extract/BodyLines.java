package org.frontwire.processors.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Line-level chrome decisions shared by the HTML and text paths: lexicon chrome lines, lines the site memory knows
 * as template, count-only lines, metadata lines (kept aside as source line and keywords), and section stops.
 */
final class BodyLines {
    private final ChromeLexicon lexicon = ChromeLexicon.get();
    private final SiteMemory memory;
    String sourceLine;
    String tagsLine;

    BodyLines(SiteMemory memory) {
        this.memory = memory;
    }

    /**
     * Keeps the body lines. A section stop ends the body when it lies in the last part of the text
     * ({@code cutShare} of all characters, 1.0 = anywhere after the first line); otherwise it is dropped alone.
     */
    List<String> filter(List<String> lines, String foldedTitle, double cutShare) {
        long total = 0;
        for (String l : lines) {
            total += l.length();
        }
        List<String> out = new ArrayList<>(lines.size());
        long seen = 0;
        for (String line : lines) {
            seen += line.length();
            String folded = TextNormalizer.fold(line);
            if (folded.isEmpty()) {
                continue;
            }
            int words = TextNormalizer.wordCount(line);
            if (words <= 8 && lexicon.isSectionStop(folded)) {
                if (!out.isEmpty() && seen - line.length() >= total * (1 - cutShare)) {
                    break;
                }
                continue;
            }
            ChromeLexicon.MetaLine meta = words <= 40 ? lexicon.metaLine(line) : null;
            if (meta != null) {
                if (meta.kind() == ChromeLexicon.MetaKind.SOURCE) {
                    if (sourceLine == null) {
                        sourceLine = meta.value();
                    }
                    continue;
                }
                if (tagsLine == null) {
                    tagsLine = meta.value();
                }
                if (!out.isEmpty() && seen >= total * (1 - cutShare)) {
                    break;
                }
                continue;
            }
            if (words <= 8 && lexicon.isChromeLine(folded)) {
                continue;
            }
            if (!foldedTitle.isEmpty() && folded.equals(foldedTitle)) {
                continue;
            }
            if (memory != null && memory.isTemplate(line)) {
                continue;
            }
            out.add(line);
        }
        return out;
    }
}
