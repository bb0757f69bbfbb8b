package org.frontwire.processors.dashboard;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** The machine's Chromium, run headless once per call: a DOM dump or a screenshot of a page. */
final class HeadlessChromium {
    private static final List<String> CANDIDATES = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser",
            "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable");

    private final Path binary;
    private final Path workDir;

    private HeadlessChromium(Path binary, Path workDir) {
        this.binary = binary;
        this.workDir = workDir;
    }

    static Optional<HeadlessChromium> find(Path workDir) {
        return CANDIDATES.stream().map(Path::of).filter(Files::isExecutable).findFirst()
                .map(binary -> new HeadlessChromium(binary, workDir));
    }

    /** The DOM after the page's scripts ran for {@code virtualTimeMs} of virtual time. */
    String dumpDom(String url, int virtualTimeMs) throws IOException, InterruptedException {
        return run("dom", List.of("--dump-dom", "--virtual-time-budget=" + virtualTimeMs, url));
    }

    void screenshot(String url, Path png, int width, int height, int virtualTimeMs) throws IOException, InterruptedException {
        Files.deleteIfExists(png);
        run("shot", List.of("--screenshot=" + png.toAbsolutePath(), "--window-size=" + width + "," + height,
                "--hide-scrollbars", "--virtual-time-budget=" + virtualTimeMs, url));
        if (!Files.isRegularFile(png)) {
            throw new IOException("chromium wrote no screenshot to " + png);
        }
    }

    private String run(String name, List<String> args) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory(workDir, "chromium-" + name);
        List<String> command = new ArrayList<>(List.of(binary.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-dev-shm-usage", "--user-data-dir=" + profile));
        command.addAll(args);
        Path stdout = workDir.resolve(name + ".out");
        Path stderr = workDir.resolve(name + ".err");
        Process process = new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
        if (!process.waitFor(90, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException("chromium did not finish in 90 s: " + Files.readString(stderr));
        }
        if (process.exitValue() != 0) {
            throw new IOException("chromium exited " + process.exitValue() + ": " + Files.readString(stderr));
        }
        return Files.readString(stdout, StandardCharsets.UTF_8);
    }
}
