package org.frontwire.cli.child;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.frontwire.cli.Frontwire;

/** {@code frontwire process} in a child JVM, so it can be killed with SIGKILL like a crashing service. */
public final class ProcessorProcess {
    private final Process process;

    private ProcessorProcess(Process process) {
        this.process = process;
    }

    public static ProcessorProcess start(List<String> args, Path log) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", System.getProperty("java.class.path"), Frontwire.class.getName(), "process", "--http-port", "0"));
        command.addAll(args);
        Files.createDirectories(log.getParent());
        return new ProcessorProcess(new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start());
    }

    /** SIGKILL: no shutdown hook runs, no transaction is committed or aborted. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** SIGTERM: the clean shutdown path. Returns the exit code (143 after a SIGTERM), or -1 when it had to be killed. */
    public int stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return -1;
        }
        return process.exitValue();
    }

    public boolean isAlive() {
        return process.isAlive();
    }
}
