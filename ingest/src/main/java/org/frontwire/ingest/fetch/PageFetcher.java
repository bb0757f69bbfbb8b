package org.frontwire.ingest.fetch;

import crawlercommons.robots.BaseRobotRules;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.frontwire.ingest.IngestSettings;
import org.frontwire.ingest.fetch.FetchResult.Outcome;

/**
 * Fetches one URL the careful way: SSRF guard and robots.txt on every hop, redirects followed by hand, retries with
 * back-off for 5xx and 429, size and time limits, content encodings undone, charset found. Politeness between
 * requests is the {@link PoliteScheduler}'s job: {@link #fetchPolitely} goes through it, following a redirect to
 * another host in that host's turn.
 */
public final class PageFetcher implements AutoCloseable {
    private final IngestSettings settings;
    private final HttpClient client;
    private final AddressGuard guard;
    private final RobotsCache robots;
    private final BodyDecoder decoder;

    public PageFetcher(IngestSettings settings) {
        this(settings, HostResolver.SYSTEM);
    }

    public PageFetcher(IngestSettings settings, HostResolver resolver) {
        this.settings = settings;
        this.client = HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
        this.guard = new AddressGuard(resolver, settings.allowPrivateAddresses());
        this.robots = new RobotsCache(uri -> fetchWithoutRobots(uri, Validators.NONE, ContentPolicy.ANY),
                settings.userAgent());
        this.decoder = new BodyDecoder(settings.maxBodyBytes(), settings.maxCompressionRatio());
    }

    /** scheme://host:port, the unit of politeness and of robots.txt. */
    public static String hostKey(URI uri) {
        String scheme = uri.getScheme() == null ? "http" : uri.getScheme().toLowerCase(Locale.ROOT);
        int port = uri.getPort() >= 0 ? uri.getPort() : scheme.equals("https") ? 443 : 80;
        return scheme + "://" + (uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT)) + ":" + port;
    }

    /** The delay to keep between two requests to the host: the configured one, or robots.txt's longer crawl-delay. */
    public Duration politenessDelay(String hostKey) {
        Duration configured = settings.politenessDelay();
        return robots.crawlDelay(hostKey)
                .map(d -> d.compareTo(settings.maxCrawlDelay()) > 0 ? settings.maxCrawlDelay() : d)
                .filter(d -> d.compareTo(configured) > 0)
                .orElse(configured);
    }

    public RobotsCache robots() {
        return robots;
    }

    public FetchResult fetch(URI uri, Validators validators, ContentPolicy policy) {
        return fetch(uri, validators, policy, settings.obeyRobots());
    }

    FetchResult fetchWithoutRobots(URI uri, Validators validators, ContentPolicy policy) {
        return fetch(uri, validators, policy, false);
    }

    private FetchResult fetch(URI requested, Validators validators, ContentPolicy policy, boolean obeyRobots) {
        return follow(new Redirects(requested), requested, validators, policy, obeyRobots, false).result();
    }

    /**
     * Fetches the URL in its host's turn of the scheduler; a redirect to another host is followed in that host's turn,
     * so it waits for that host's politeness delay (and is checked against its robots.txt like every hop).
     */
    public CompletableFuture<FetchResult> fetchPolitely(PoliteScheduler scheduler, URI uri, Validators validators,
                                                        ContentPolicy policy) {
        return continueOn(scheduler, new Redirects(uri), uri, validators, policy);
    }

    private CompletableFuture<FetchResult> continueOn(PoliteScheduler scheduler, Redirects chain, URI uri,
                                                      Validators validators, ContentPolicy policy) {
        return scheduler.submit(hostKey(uri), () -> follow(chain, uri, validators, policy, settings.obeyRobots(), true))
                .thenCompose(step -> step.otherHost() == null ? CompletableFuture.completedFuture(step.result())
                        : continueOn(scheduler, chain, step.otherHost(), validators, policy));
    }

    /** The hops of one fetch so far; used by one thread at a time. */
    private static final class Redirects {
        final URI requested;
        final Set<URI> visited = new HashSet<>();
        int hops;

        Redirects(URI requested) {
            this.requested = requested;
        }
    }

    /** A fetch's outcome, or the next hop when it leads to another host. */
    private record Step(FetchResult result, URI otherHost) {}

    private Step follow(Redirects chain, URI start, Validators validators, ContentPolicy policy, boolean obeyRobots,
                        boolean stopAtOtherHost) {
        URI requested = chain.requested;
        String host = hostKey(start);
        URI current = start;
        while (true) {
            if (!chain.visited.add(current)) {
                return new Step(FetchResult.failed(requested, 0, "redirect loop at " + current), null);
            }
            try {
                guard.check(current);
            } catch (FetchRefusedException e) {
                return new Step(FetchResult.refused(requested, e.getMessage()), null);
            } catch (IOException e) {
                return new Step(FetchResult.failed(requested, 0, "cannot resolve " + current.getHost() + ": " + e.getMessage()), null);
            }
            if (obeyRobots) {
                BaseRobotRules rules = robots.rulesFor(current);
                if (rules.isDeferVisits()) {
                    Optional<String> unreachable = robots.unreachable(current);
                    if (unreachable.isPresent()) {
                        return new Step(FetchResult.failed(requested, 0, unreachable.get()), null);
                    }
                    return new Step(FetchResult.refused(requested, "robots.txt of " + current.getHost()
                            + " is unavailable; not crawling it for now"), null);
                }
                if (!rules.isAllowed(current.toString())) {
                    return new Step(FetchResult.refused(requested, "disallowed by robots.txt: " + current), null);
                }
            }
            Attempt attempt = exchangeWithRetries(requested, current, chain.hops == 0 ? validators : Validators.NONE, policy);
            if (attempt.redirectTo == null) {
                return new Step(attempt.result, null);
            }
            if (chain.hops >= settings.maxRedirects()) {
                return new Step(FetchResult.failed(requested, attempt.result.status(), "too many redirects (more than "
                        + settings.maxRedirects() + ") from " + requested), null);
            }
            chain.hops++;
            current = attempt.redirectTo;
            if (stopAtOtherHost && !hostKey(current).equals(host)) {
                return new Step(null, current);
            }
        }
    }

    private Attempt exchangeWithRetries(URI requested, URI uri, Validators validators, ContentPolicy policy) {
        for (int attempt = 0; ; attempt++) {
            Attempt a = exchange(requested, uri, validators, policy);
            if (!a.retryable) {
                return a;
            }
            if (attempt >= settings.maxRetries()) {
                return Attempt.done(FetchResult.failed(requested, a.result.status(), a.result.reason() + "; gave up after "
                        + (attempt + 1) + " attempts"));
            }
            Duration wait = a.retryAfter != null ? a.retryAfter : settings.retryBackoff().multipliedBy(1L << attempt);
            if (wait.compareTo(settings.maxRetryAfter()) > 0) {
                return Attempt.done(FetchResult.failed(requested, a.result.status(), a.result.reason() + "; server asks to wait "
                        + wait.toSeconds() + " s, more than the " + settings.maxRetryAfter().toSeconds() + " s allowed"));
            }
            try {
                Thread.sleep(wait.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Attempt.done(FetchResult.failed(requested, a.result.status(), "interrupted while waiting to retry"));
            }
        }
    }

    private record Attempt(FetchResult result, boolean retryable, Duration retryAfter, URI redirectTo) {
        static Attempt done(FetchResult r) {
            return new Attempt(r, false, null, null);
        }

        static Attempt retry(FetchResult r, Duration retryAfter) {
            return new Attempt(r, true, retryAfter, null);
        }
    }

    private Attempt exchange(URI requested, URI uri, Validators validators, ContentPolicy policy) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .GET()
                .timeout(settings.readTimeout())
                .header("User-Agent", settings.userAgent())
                .header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5")
                .header("Accept-Encoding", "gzip, deflate, br");
        if (validators.etag() != null) {
            request.header("If-None-Match", validators.etag());
        }
        if (validators.lastModified() != null) {
            request.header("If-Modified-Since", validators.lastModified());
        }
        long maxBytes = settings.maxBodyBytes();
        HttpResponse.BodyHandler<CappedBody> handler = info -> {
            boolean wanted = info.statusCode() / 100 == 2
                    && policy.accepts(ContentPolicy.mediaType(info.headers().firstValue("Content-Type").orElse(null)));
            return wanted ? new CappedBodySubscriber(maxBytes) : new UnwantedBodySubscriber();
        };
        CompletableFuture<HttpResponse<CappedBody>> call = client.sendAsync(request.build(), handler);
        HttpResponse<CappedBody> response;
        try {
            response = call.get(settings.readTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            call.cancel(true);
            return Attempt.done(FetchResult.failed(requested, 0, "timed out after " + settings.readTimeout().toMillis()
                    + " ms reading " + uri));
        } catch (InterruptedException e) {
            call.cancel(true);
            Thread.currentThread().interrupt();
            return Attempt.done(FetchResult.failed(requested, 0, "interrupted"));
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof HttpTimeoutException) {
                return Attempt.done(FetchResult.failed(requested, 0, "timed out after "
                        + settings.readTimeout().toMillis() + " ms waiting for " + uri));
            }
            String message = cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
            return Attempt.retry(FetchResult.failed(requested, 0, "cannot fetch " + uri + ": " + message), null);
        }
        return interpret(requested, uri, response, policy);
    }

    private Attempt interpret(URI requested, URI uri, HttpResponse<CappedBody> response, ContentPolicy policy) {
        int status = response.statusCode();
        HttpHeaders headers = response.headers();
        if (status >= 300 && status < 400 && status != 304) {
            Optional<String> location = headers.firstValue("Location");
            if (location.isEmpty()) {
                return Attempt.done(FetchResult.failed(requested, status, "HTTP " + status + " without Location from " + uri));
            }
            URI next;
            try {
                next = uri.resolve(location.get().trim().replace(" ", "%20"));
            } catch (IllegalArgumentException e) {
                return Attempt.done(FetchResult.failed(requested, status, "bad redirect Location " + location.get()));
            }
            return new Attempt(FetchResult.failed(requested, status, "redirect to " + next), false, null, next);
        }
        String etag = headers.firstValue("ETag").orElse(null);
        String lastModified = headers.firstValue("Last-Modified").orElse(null);
        if (status == 304) {
            return Attempt.done(new FetchResult(Outcome.NOT_MODIFIED, requested, uri, status, null, null, null,
                    etag, lastModified, false, null));
        }
        if (status == 429 || status >= 500) {
            return Attempt.retry(FetchResult.failed(requested, status, "HTTP " + status + " from " + uri),
                    retryAfter(headers.firstValue("Retry-After").orElse(null)));
        }
        if (status < 200 || status >= 300) {
            return Attempt.done(FetchResult.failed(requested, status, "HTTP " + status + " from " + uri));
        }
        String contentType = headers.firstValue("Content-Type").orElse(null);
        String mediaType = ContentPolicy.mediaType(contentType);
        if (!policy.accepts(mediaType)) {
            return Attempt.done(new FetchResult(Outcome.REFUSED, requested, uri, status, mediaType, null, null, etag,
                    lastModified, false, "content type " + mediaType + " is not HTML, XHTML or text: " + uri));
        }
        CappedBody body = response.body();
        byte[] bytes;
        try {
            bytes = decoder.decode(body.bytes(), headers.firstValue("Content-Encoding").orElse(null));
        } catch (FetchRefusedException e) {
            return Attempt.done(new FetchResult(Outcome.REFUSED, requested, uri, status, mediaType, null, null, etag,
                    lastModified, body.truncated(), e.getMessage() + ": " + uri));
        } catch (IOException e) {
            if (!body.truncated()) {
                return Attempt.done(FetchResult.failed(requested, status, "cannot decode body of " + uri + ": " + e.getMessage()));
            }
            return Attempt.done(new FetchResult(Outcome.REFUSED, requested, uri, status, mediaType, null, null, etag,
                    lastModified, true, "compressed body larger than " + settings.maxBodyBytes() + " bytes: " + uri));
        }
        boolean truncated = body.truncated();
        if (bytes.length > settings.maxBodyBytes()) {
            bytes = java.util.Arrays.copyOf(bytes, (int) settings.maxBodyBytes());
            truncated = true;
        }
        DecodedText text = isText(mediaType) ? CharsetSniffer.decode(bytes, contentType) : null;
        return Attempt.done(new FetchResult(Outcome.FETCHED, requested, uri, status, mediaType, bytes, text, etag,
                lastModified, truncated, null));
    }

    private static boolean isText(String mediaType) {
        return mediaType == null || mediaType.startsWith("text/") || mediaType.endsWith("+xml")
                || mediaType.equals("application/xml") || mediaType.equals("application/xhtml+xml");
    }

    static Duration retryAfter(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(value.trim())));
        } catch (NumberFormatException notSeconds) {
            try {
                ZonedDateTime at = ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME);
                Duration d = Duration.between(ZonedDateTime.now(at.getZone()), at);
                return d.isNegative() ? Duration.ZERO : d;
            } catch (RuntimeException e) {
                return null;
            }
        }
    }

    @Override
    public void close() {
        // HttpClient is closeable only from Java 21; its threads are daemons and go with it.
    }
}
