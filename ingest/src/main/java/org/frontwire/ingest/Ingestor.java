package org.frontwire.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.frontwire.ingest.publish.RawPagePublisher;
import org.frontwire.ingest.source.LocalFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Finds pages in the given sources and publishes them to the raw-pages topic. */
public final class Ingestor implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Ingestor.class);

    private final IngestSettings settings;
    private final RawPagePublisher publisher;

    public Ingestor(IngestSettings settings, Map<String, Object> kafkaClientConfig) {
        this.settings = settings;
        this.publisher = new RawPagePublisher(kafkaClientConfig, settings.rawPagesTopic());
    }

    /** Ingests every source once. A source that fails is reported and does not stop the others. */
    public IngestReport ingestOnce(List<String> sources) {
        int published = 0;
        int failed = 0;
        List<String> problems = new ArrayList<>();
        for (String source : sources) {
            try {
                Path path = Path.of(source);
                if (!Files.exists(path)) {
                    throw new IOException("no such file or folder: " + source);
                }
                for (Path file : LocalFiles.pagesIn(path)) {
                    publisher.publish(LocalFiles.read(file, source));
                    published++;
                }
            } catch (IOException | RuntimeException e) {
                failed++;
                problems.add(source + ": " + e.getMessage());
                LOG.warn("source {} failed: {}", source, e.getMessage());
            }
        }
        publisher.flush();
        return new IngestReport(published, failed, problems);
    }

    /** Ingests the sources again and again until asked to stop. */
    public void runContinuously(List<String> sources, java.util.function.BooleanSupplier stopRequested) {
        while (!stopRequested.getAsBoolean()) {
            ingestOnce(sources);
            for (int i = 0; i < 600 && !stopRequested.getAsBoolean(); i++) {
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    public IngestSettings settings() {
        return settings;
    }

    @Override
    public void close() {
        publisher.close();
    }
}
