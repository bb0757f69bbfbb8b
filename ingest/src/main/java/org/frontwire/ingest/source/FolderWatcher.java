package org.frontwire.ingest.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** Reports the pages of a folder: all of them first, then those created or modified since the last call. */
public final class FolderWatcher implements AutoCloseable {
    private final Path root;
    private final WatchService watcher;
    private boolean first = true;

    private FolderWatcher(Path root, WatchService watcher) {
        this.root = root;
        this.watcher = watcher;
    }

    public static FolderWatcher open(Path root) {
        try {
            FolderWatcher w = new FolderWatcher(root, FileSystems.getDefault().newWatchService());
            w.registerTree(root);
            return w;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot watch " + root, e);
        }
    }

    private void registerTree(Path dir) throws IOException {
        try (Stream<Path> dirs = Files.walk(dir)) {
            for (Path d : dirs.filter(Files::isDirectory).toList()) {
                d.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY);
            }
        }
    }

    public List<Path> changedFiles() {
        try {
            if (first) {
                first = false;
                drain();
                return LocalFiles.pagesIn(root);
            }
            return drain();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + root, e);
        }
    }

    private List<Path> drain() throws IOException {
        Set<Path> changed = new LinkedHashSet<>();
        WatchKey key;
        try {
            while ((key = watcher.poll()) != null) {
                Path dir = (Path) key.watchable();
                for (WatchEvent<?> event : key.pollEvents()) {
                    if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                        changed.addAll(LocalFiles.pagesIn(root));
                        continue;
                    }
                    Path path = dir.resolve((Path) event.context());
                    if (Files.isDirectory(path)) {
                        registerTree(path);
                        changed.addAll(LocalFiles.pagesIn(path));
                    } else if (LocalFiles.isPage(path)) {
                        changed.add(path);
                    }
                }
                key.reset();
            }
        } catch (ClosedWatchServiceException e) {
            return List.of();
        }
        return new ArrayList<>(changed);
    }

    @Override
    public void close() {
        try {
            watcher.close();
        } catch (IOException ignored) {
            // nothing left to release
        }
    }
}
