package org.frontwire.cli.child;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A processor ({@code frontwire process}) in a child JVM, so it can be killed with SIGKILL like a crashing service, and its heap is
 * its own: {@value #HEAP}, and the options in the environment variable {@value #JAVA_OPTS_ENV}, by default
 * {@value #DEFAULT_JAVA_OPTS} (the throughput collector: on two cores shared with a broker, G1's concurrent work cost
 * the stream about a tenth of its rate).
 */
public final class ProcessorProcess {
    public static final String HEAP = "-Xmx512m";
    public static final String JAVA_OPTS_ENV = "FRONTWIRE_PROCESSOR_JAVA_OPTS";
    public static final String DEFAULT_JAVA_OPTS = "-XX:+UseParallelGC";
    private final Process process;

    private ProcessorProcess(Process process) {
        this.process = process;
    }

    /**
     * @param processMain the main class of the {@code process} command (its arguments follow)
     * @param args        options of the {@code process} command
     */
    public static ProcessorProcess start(Class<?> processMain, List<String> args, Path log) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), HEAP));
        String options = System.getenv(JAVA_OPTS_ENV);
        command.addAll(List.of((options == null || options.isBlank() ? DEFAULT_JAVA_OPTS : options).strip().split("\\s+")));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), processMain.getName(), "--http-port", "0"));
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

    /** The exit code of a process that has exited. */
    public int exitCode() {
        return process.exitValue();
    }

    /** CPU time the process has used so far, all its threads (zero where the system does not tell). */
    public java.time.Duration cpuTime() {
        return process.toHandle().info().totalCpuDuration().orElse(java.time.Duration.ZERO);
    }
}
