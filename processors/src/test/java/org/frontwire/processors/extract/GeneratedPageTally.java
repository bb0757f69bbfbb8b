package org.frontwire.processors.extract;

import java.util.Map;
import org.frontwire.processors.extract.TextPageGenerator.GeneratedPage;

/** F1, right titles and kept foreign articles over a group of generated pages (text or HTML). */
final class GeneratedPageTally {
    final WordShingleScore score = new WordShingleScore();
    int pages;
    int titles;
    int foreignKept;
    private final boolean standfirstIsText;

    /** @param standfirstIsText whether the standfirst under the headline is article text (HTML pages) or not (text pages, as the seeds say) */
    GeneratedPageTally(boolean standfirstIsText) {
        this.standfirstIsText = standfirstIsText;
    }

    /** Adds a page; returns its normalised true positives. */
    double add(GeneratedPage page, Extraction x, boolean foreign) {
        double tp = score.add(standfirstIsText ? expected(page) : page.article().text(), x.text())[0];
        pages++;
        if (page.article().headline().equals(x.title())) {
            titles++;
        }
        foreignKept += foreign ? 1 : 0;
        return tp;
    }

    /** The article's text as a reader sees it: the standfirst under the headline, where the site shows one, and the body. */
    static String expected(GeneratedPage page) {
        boolean standfirst = page.parts().stream().anyMatch(p -> p.role() == TextPageGenerator.Role.STANDFIRST);
        return standfirst ? page.article().standfirst() + "\n\n" + page.article().text() : page.article().text();
    }

    double titleShare() {
        return pages == 0 ? 0 : (double) titles / pages;
    }

    /** Prints the whole run's figures, then each group's. */
    static void report(String name, GeneratedPageTally all, Map<String, GeneratedPageTally> groups) {
        System.out.println(name + "  all    " + all);
        groups.forEach((k, v) -> System.out.println(name + "  " + k + "  " + v));
    }

    @Override
    public String toString() {
        return String.format("pages %3d  P %.3f  R %.3f  F1 %.3f  title %.3f  foreign kept %d", pages, score.precision(),
                score.recall(), score.f1(), titleShare(), foreignKept);
    }
}
