package org.frontwire.cli.command;

import java.io.PrintStream;
import org.frontwire.ingest.IngestReport;

/** The exit status of a one-pass command: a source that gave nothing is a failure, said in one line. */
final class LostSources {
    private LostSources() {}

    static int exitCode(IngestReport report, PrintStream err) {
        int lost = report.lostSources();
        if (lost == 0) {
            return 0;
        }
        err.printf("frontwire: %d %s gave nothing (failed, refused or empty); see the source problems above%n",
                lost, lost == 1 ? "source" : "sources");
        return 1;
    }
}
