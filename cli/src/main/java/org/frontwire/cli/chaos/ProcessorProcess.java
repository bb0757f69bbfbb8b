package org.frontwire.cli.chaos;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.frontwire.cli.Frontwire;

/** {@code frontwire process} in a child JVM, so it can be killed with SIGKILL like a crashing service. */
final class ProcessorProcess {
    private final Process process;

    private ProcessorProcess(Process process) {
        this.process = process;
    }

    static ProcessorProcess start(List<String> args, Path log) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", System.getProperty("java.class.path"), Frontwire.class.getName(), "process"));
        command.addAll(args);
        Files.createDirectories(log.getParent());
        return new ProcessorProcess(new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start());
    }

    /** SIGKILL: no shutdown hook runs, no transaction is committed or aborted. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** SIGTERM: the clean shutdown path. */
    void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    boolean isAlive() {
        return process.isAlive();
    }
}
