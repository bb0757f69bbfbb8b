package org.frontwire.ingest.fetch;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/** robots.txt rules per scheme+host+port, fetched once and kept for a while (shorter when the fetch failed). */
public final class RobotsCache {
    private static final Duration KEEP = Duration.ofHours(1);
    private static final Duration KEEP_FAILED = Duration.ofMinutes(1);

    private final Function<URI, FetchResult> fetcher;
    private final String agentName;
    private final SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
    private final Map<String, Entry> rules = new ConcurrentHashMap<>();

    private record Entry(BaseRobotRules rules, long expiresAtMillis, String unreachable) {
        Entry(BaseRobotRules rules, long expiresAtMillis) {
            this(rules, expiresAtMillis, null);
        }
    }

    /** @param fetcher fetches robots.txt itself, without asking robots.txt (it would recurse) */
    public RobotsCache(Function<URI, FetchResult> fetcher, String userAgent) {
        this.fetcher = fetcher;
        this.agentName = productToken(userAgent);
    }

    /** "FrontwireBot/0.1 (+https://…)" is matched in robots.txt as "frontwirebot". */
    static String productToken(String userAgent) {
        String token = userAgent.split("[/\\s]", 2)[0];
        return token.toLowerCase();
    }

    public BaseRobotRules rulesFor(URI uri) {
        String key = PageFetcher.hostKey(uri);
        Entry entry = rules.get(key);
        if (entry == null || entry.expiresAtMillis < System.currentTimeMillis()) {
            entry = load(uri);
            rules.put(key, entry);
        }
        return entry.rules;
    }

    /** Why the host could not be reached at all when its robots.txt was asked for, if that is what happened. */
    public Optional<String> unreachable(URI uri) {
        Entry entry = rules.get(PageFetcher.hostKey(uri));
        return entry == null ? Optional.empty() : Optional.ofNullable(entry.unreachable);
    }

    /** The crawl-delay robots.txt asked for, if its rules are loaded. */
    public Optional<Duration> crawlDelay(String hostKey) {
        Entry entry = rules.get(hostKey);
        if (entry == null || entry.rules.getCrawlDelay() == BaseRobotRules.UNSET_CRAWL_DELAY || entry.rules.getCrawlDelay() <= 0) {
            return Optional.empty();
        }
        return Optional.of(Duration.ofMillis(entry.rules.getCrawlDelay()));
    }

    public List<String> sitemaps(URI uri) {
        return rulesFor(uri).getSitemaps();
    }

    private Entry load(URI uri) {
        URI robots = uri.resolve("/robots.txt");
        FetchResult result = fetcher.apply(robots);
        long now = System.currentTimeMillis();
        if (result.fetched()) {
            SimpleRobotRules parsed = parser.parseContent(robots.toString(), result.bytes(),
                    result.mediaType() == null ? "text/plain" : result.mediaType(), List.of(agentName));
            return new Entry(parsed, now + KEEP.toMillis());
        }
        int status = result.status();
        if (status >= 400 && status < 500) {
            return new Entry(parser.failedFetch(status), now + KEEP.toMillis());
        }
        // 5xx, network failure, refusal: don't crawl the host for now (RFC 9309 §2.3.1.4)
        return new Entry(parser.failedFetch(503), now + KEEP_FAILED.toMillis(), status == 0 ? result.reason() : null);
    }
}
