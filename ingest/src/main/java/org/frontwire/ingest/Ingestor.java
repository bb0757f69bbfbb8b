package org.frontwire.ingest;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.OptionalLong;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.apache.kafka.common.TopicPartition;
import org.frontwire.ingest.fetch.ContentPolicy;
import org.frontwire.ingest.fetch.FetchResult;
import org.frontwire.ingest.fetch.HostResolver;
import org.frontwire.ingest.fetch.PageFetcher;
import org.frontwire.ingest.fetch.PoliteScheduler;
import org.frontwire.ingest.fetch.UrlNormalizer;
import org.frontwire.ingest.fetch.Validators;
import org.frontwire.config.FrontwireTopic;
import org.frontwire.config.TopicSetup;
import org.frontwire.ingest.frontier.Frontier;
import org.frontwire.ingest.metrics.IngestMetrics;
import org.frontwire.ingest.publish.RawPagePublisher;
import org.frontwire.ingest.seen.SeenUrlStore;
import org.frontwire.ingest.source.DiscoveredUrl;
import org.frontwire.ingest.source.FeedReader;
import org.frontwire.ingest.source.FetchedKind;
import org.frontwire.ingest.source.FolderWatcher;
import org.frontwire.ingest.source.ItemBudget;
import org.frontwire.ingest.source.LocalFiles;
import org.frontwire.ingest.source.SeedList;
import org.frontwire.ingest.source.SitemapReader;
import org.frontwire.ingest.source.SourceKind;
import org.frontwire.ingest.source.WarcPages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Finds pages in the given sources and publishes the new and changed ones to the raw-pages topic. */
public final class Ingestor implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Ingestor.class);
    private static final int MAX_SITEMAP_DEPTH = 3;
    private static final Duration HAND_OVER_WAIT = Duration.ofMinutes(2);

    private final IngestSettings settings;
    private final Map<String, Object> kafkaClientConfig;
    private final RawPagePublisher publisher;
    private final SeenUrlStore seen;
    private final PageFetcher fetcher;
    private final PoliteScheduler scheduler;
    private final PageIngest pages;
    private final IngestMetrics metrics;
    private final Map<String, Validators> sourceValidators = new ConcurrentHashMap<>();

    public Ingestor(IngestSettings settings, Map<String, Object> kafkaClientConfig) {
        this(settings, kafkaClientConfig, HostResolver.SYSTEM);
    }

    /** @param resolver how host names are resolved for the SSRF guard */
    public Ingestor(IngestSettings settings, Map<String, Object> kafkaClientConfig, HostResolver resolver) {
        this(settings, kafkaClientConfig, resolver, IngestMetrics.unregistered());
    }

    /** @param metrics where fetches, refusals, failures and publications are counted */
    public Ingestor(IngestSettings settings, Map<String, Object> kafkaClientConfig, HostResolver resolver,
                    IngestMetrics metrics) {
        this.settings = settings;
        this.metrics = metrics;
        this.kafkaClientConfig = new HashMap<>(kafkaClientConfig);
        TopicSetup.ensure(kafkaClientConfig, settings.topics(),
                List.of(FrontwireTopic.RAW_PAGES, FrontwireTopic.INGEST_SEEN, FrontwireTopic.INGEST_FRONTIER), Duration.ofSeconds(30));
        this.publisher = new RawPagePublisher(kafkaClientConfig, settings.rawPagesTopic());
        this.seen = new SeenUrlStore(kafkaClientConfig, settings.seenTopic());
        this.seen.load(Duration.ofMinutes(2));
        this.fetcher = new PageFetcher(settings, resolver);
        this.scheduler = new PoliteScheduler(settings.fetchThreads(), fetcher::politenessDelay);
        this.pages = new PageIngest(fetcher, scheduler, seen, publisher, metrics);
    }

    /** Ingests every source once. A source that fails is reported and does not stop the others. */
    public IngestReport ingestOnce(List<String> sources) {
        PassCounts tally = new PassCounts();
        PendingSteps work = new PendingSteps();
        for (String source : sources) {
            readSource(source, tally, work, page -> work.add(pages.fetchAndPublish(page, tally)), uri -> true);
        }
        work.awaitAll();
        publisher.flush();
        seen.flush();
        return tally.report();
    }

    /**
     * Polls every source at its interval until {@code stopRequested}; folders are watched for new files. Page URLs
     * found by feeds, sitemaps and seed lists go through the frontier topic, so instances in the same consumer group
     * share the fetching, each host being fetched by one instance.
     */
    public void runContinuously(List<String> sources, BooleanSupplier stopRequested) {
        Map<String, Long> due = new HashMap<>();
        Map<String, FolderWatcher> watchers = new HashMap<>();
        try (Frontier frontier = new Frontier(kafkaClientConfig, settings.frontierTopic(), settings.consumerGroup())) {
            Frontier.Listener handOver = handOver(frontier);
            int assignmentsSeen = 0;
            Predicate<URI> pollsHere = uri -> pollsHere(frontier, fetcher, scheduler, uri);
            Thread fetching = new Thread(() -> frontier.consume(stopRequested, this::fetchFromFrontier, handOver),
                    "frontwire-frontier");
            fetching.setDaemon(true);
            fetching.start();
            while (!stopRequested.getAsBoolean()) {
                int assignments = frontier.assignments();
                if (assignments != assignmentsSeen) {
                    assignmentsSeen = assignments;
                    due.clear(); // hosts moved: poll the sources of the hosts this instance has now
                }
                long now = System.nanoTime();
                for (String source : sources) {
                    if (SourceKind.of(source) == SourceKind.FOLDER) {
                        FolderWatcher watcher = watchers.computeIfAbsent(source, s -> FolderWatcher.open(Path.of(s)));
                        List<Path> changed = watcher.changedFiles();
                        if (!changed.isEmpty()) {
                            ingestFiles(source, changed);
                        }
                        continue;
                    }
                    Long next = due.get(source);
                    if (next == null || next - now <= 0) {
                        due.put(source, now + settings.pollInterval().toNanos());
                        PassCounts tally = new PassCounts();
                        PendingSteps work = new PendingSteps();
                        readSource(source, tally, work, frontier::offer, pollsHere);
                        work.awaitAll();
                        publisher.flush();
                        frontier.flush();
                        logPass(source, tally.report());
                    }
                }
                sleep(Duration.ofMillis(200));
            }
            try {
                fetching.join(settings.readTimeout().toMillis() + 5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        } finally {
            watchers.values().forEach(FolderWatcher::close);
            publisher.flush();
            seen.flush();
        }
    }

    /**
     * How hosts move between instances. Taking a host over, this instance reads the seen-URL topic to its end before
     * fetching any URL of newly assigned partitions and waits the host's politeness delay after the hand-over before
     * asking it. Giving hosts up, it makes its seen records durable before committing frontier offsets (so the next
     * owner finds them) and lets its requests to those hosts (source polls too) finish first.
     */
    private Frontier.Listener handOver(Frontier frontier) {
        return new Frontier.Listener() {
            @Override
            public void partitionsAssigned(Collection<TopicPartition> partitions) {
                try {
                    int applied = seen.catchUp(Duration.ofMinutes(1));
                    LOG.info("frontier: {} partitions assigned; {} seen-URL records of other instances read",
                            partitions.size(), applied);
                } catch (RuntimeException e) {
                    LOG.warn("could not read the seen-URL topic to its end ({}); unchanged pages of new hosts may be "
                            + "published again", e.getMessage());
                }
            }

            @Override
            public void hostAcquired(String hostKey, long assignedAtNanos) {
                scheduler.notBefore(hostKey, assignedAtNanos + fetcher.politenessDelay(hostKey).toNanos());
            }

            @Override
            public void partitionsRevoked(Collection<TopicPartition> partitions) {
                Set<Integer> gone = new HashSet<>();
                partitions.forEach(p -> gone.add(p.partition()));
                if (!scheduler.awaitIdle(host -> gone.contains(frontier.partitionOf(host)), HAND_OVER_WAIT)) {
                    LOG.warn("requests to hosts of revoked partitions {} still running after {}", gone, HAND_OVER_WAIT);
                }
            }

            @Override
            public void beforeCommit() {
                publisher.flush();
                seen.flush();
            }
        };
    }

    /**
     * Whether this instance polls a source URL now: only the owner of the source's host does, after the host's delay
     * since it got the host.
     */
    private static boolean pollsHere(Frontier frontier, PageFetcher fetcher, PoliteScheduler scheduler, URI uri) {
        String host = PageFetcher.hostKey(uri);
        OptionalLong since = frontier.ownedSince(host);
        if (since.isEmpty()) {
            return false;
        }
        scheduler.notBefore(host, since.getAsLong() + fetcher.politenessDelay(host).toNanos());
        return true;
    }

    private void ingestFiles(String source, List<Path> files) {
        PassCounts tally = new PassCounts();
        PendingSteps work = new PendingSteps();
        for (Path file : files) {
            try {
                work.add(pages.publishIfChanged(LocalFiles.read(file, source), null, tally));
            } catch (IOException e) {
                tally.failed(file.toString(), e.getMessage());
            }
        }
        work.awaitAll();
        publisher.flush();
        logPass(source, tally.report());
    }

    private CompletableFuture<Void> fetchFromFrontier(DiscoveredUrl page) {
        PassCounts tally = new PassCounts();
        return pages.fetchAndPublish(page, tally).whenComplete((ok, e) -> {
            IngestReport r = tally.report();
            if (!r.problems().isEmpty()) {
                LOG.debug("{}: {}", page.url(), r.problems());
            }
        });
    }

    private static void logPass(String source, IngestReport report) {
        LOG.info("{}: {} published, {} unchanged, {} refused, {} failed", source, report.published(),
                report.unchanged(), report.refused(), report.failed());
    }

    /** @param pollsHere whether this instance fetches a source URL (or seed-list URL); the URLs they lead to follow */
    private void readSource(String source, PassCounts tally, PendingSteps work, Consumer<DiscoveredUrl> pageSink,
                            Predicate<URI> pollsHere) {
        try {
            switch (SourceKind.of(source)) {
                case URL -> {
                    if (pollsHere(source, pollsHere)) {
                        readUrlSource(source, tally, work, pageSink, 0, newBudget());
                    }
                }
                case FOLDER, PAGE_FILE -> {
                    List<Path> files = LocalFiles.pagesIn(Path.of(source));
                    if (files.isEmpty()) {
                        tally.sourceFailed(source, "no pages (.html, .htm, .txt) in this folder");
                    }
                    for (Path file : files) {
                        work.add(pages.publishIfChanged(LocalFiles.read(file, source), null, tally));
                    }
                }
                case WARC -> {
                    int skipped = WarcPages.read(Path.of(source), source, settings.maxBodyBytes(),
                            page -> work.add(pages.publishIfChanged(page, null, tally)));
                    LOG.info("{}: {} records were not HTML/text responses", source, skipped);
                }
                case SEED_LIST -> {
                    for (String url : SeedList.read(Path.of(source))) {
                        if (pollsHere(url, pollsHere)) {
                            readUrlSource(url, tally, work, pageSink, 0, newBudget());
                        }
                    }
                }
                case MISSING -> tally.sourceFailed(source, "no such file or folder, and not an http(s) URL");
                case UNKNOWN_FILE -> tally.sourceFailed(source,
                        "not a page (.html/.htm/.txt), archive (.warc/.warc.gz) or URL list (.urls/.lst)");
            }
        } catch (IOException | RuntimeException e) {
            tally.sourceFailed(source, e.getMessage() == null ? e.toString() : e.getMessage());
        }
    }

    private static boolean pollsHere(String source, Predicate<URI> pollsHere) {
        String url = UrlNormalizer.normalize(source);
        if (url == null) {
            return true; // reported as not a valid URL by readUrlSource
        }
        try {
            return pollsHere.test(URI.create(url));
        } catch (IllegalArgumentException e) {
            return true;
        }
    }

    /** Fetches a URL and decides by what came back: feed → items, sitemap → URLs, page → the page itself. */
    private ItemBudget newBudget() {
        return new ItemBudget(settings.maxItemsPerSource());
    }

    private void readUrlSource(String source, PassCounts tally, PendingSteps work, Consumer<DiscoveredUrl> pageSink, int depth,
                               ItemBudget budget) {
        String url = UrlNormalizer.normalize(source);
        if (url == null) {
            tally.sourceFailed(source, "not a valid URL");
            return;
        }
        URI uri = URI.create(url);
        Validators validators = sourceValidators.getOrDefault(url,
                seen.get(url).map(e -> new Validators(e.etag(), e.lastModified())).orElse(Validators.NONE));
        work.add(metrics.fetch(uri, () -> fetcher.fetchPolitely(scheduler, uri, validators, ContentPolicy.SOURCES))
                .thenAccept(result -> {
                    try {
                        onSourceFetched(source, url, uri, result, tally, work, pageSink, depth, budget);
                    } catch (IOException | RuntimeException e) {
                        tally.sourceFailed(source, e.getMessage() == null ? e.toString() : e.getMessage());
                    }
                }));
    }

    private void onSourceFetched(String source, String url, URI uri, FetchResult result, PassCounts tally, PendingSteps work,
                                 Consumer<DiscoveredUrl> pageSink, int depth, ItemBudget budget) throws IOException {
        switch (result.outcome()) {
            case NOT_MODIFIED -> {
                if (seen.get(url).isPresent()) {
                    tally.unchanged.incrementAndGet();
                }
                return;
            }
            case FAILED -> {
                tally.sourceFailed(source, result.reason());
                return;
            }
            case REFUSED -> {
                tally.sourceRefused(source, result.reason());
                return;
            }
            default -> {
            }
        }
        FetchedKind kind = FetchedKind.sniff(result.mediaType(), result.bytes());
        if (kind != FetchedKind.PAGE && result.truncated()) {
            tally.sourceFailed(source, "the " + kind.name().toLowerCase(java.util.Locale.ROOT) + " was cut at "
                    + settings.maxBodyBytes() + " bytes (ingest.max-body-bytes) and is not read; raise the limit to read it");
            return;
        }
        switch (kind) {
            case FEED -> {
                rememberValidators(url, result);
                takeItems(source, FeedReader.items(result.bytes(), result.finalUri().toString()), budget, tally, pageSink);
            }
            case SITEMAP -> {
                rememberValidators(url, result);
                SitemapReader.Contents contents = SitemapReader.read(result.bytes(), result.mediaType(),
                        result.finalUri().toString());
                takeItems(url, contents.pages(), budget, tally, pageSink);
                if (depth >= MAX_SITEMAP_DEPTH && !contents.sitemaps().isEmpty()) {
                    tally.sourceFailed(source, "sitemap indexes nested deeper than " + MAX_SITEMAP_DEPTH);
                    return;
                }
                for (String child : contents.sitemaps()) {
                    readUrlSource(child, tally, work, pageSink, depth + 1, budget);
                }
            }
            case PAGE -> {
                work.add(pages.handle(DiscoveredUrl.of(url, source), url, result, tally));
                if (depth == 0 && isSiteRoot(uri)) {
                    for (String sitemap : fetcher.robots().sitemaps(uri)) {
                        readUrlSource(sitemap, tally, work, pageSink, 1, budget);
                    }
                }
            }
        }
    }

    /** Passes on the newest items the poll's budget still allows and reports the others as skipped. */
    private static void takeItems(String source, List<DiscoveredUrl> items, ItemBudget budget, PassCounts tally,
                                  Consumer<DiscoveredUrl> pageSink) {
        List<DiscoveredUrl> taken = budget.take(items);
        taken.forEach(pageSink);
        if (taken.size() < items.size()) {
            tally.skipped(source, (items.size() - taken.size()) + " of " + items.size() + " items skipped: at most "
                    + budget.max() + " per poll of a source (ingest.max-items-per-source), the newest taken");
        }
    }

    private void rememberValidators(String url, FetchResult result) {
        if (result.etag() != null || result.lastModified() != null) {
            sourceValidators.put(url, new Validators(result.etag(), result.lastModified()));
        }
    }

    /** A site's home page stands for the site: its robots.txt sitemaps are read too. */
    private static boolean isSiteRoot(URI uri) {
        String path = uri.getPath();
        return (path == null || path.isEmpty() || path.equals("/")) && uri.getQuery() == null;
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public IngestSettings settings() {
        return settings;
    }

    public IngestMetrics metrics() {
        return metrics;
    }

    /** URLs read back from the seen-URL topic plus those published since. */
    public int seenUrls() {
        return seen.size();
    }

    @Override
    public void close() {
        scheduler.close();
        fetcher.close();
        publisher.close();
        seen.close();
    }
}
