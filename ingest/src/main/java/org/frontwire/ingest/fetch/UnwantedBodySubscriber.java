package org.frontwire.ingest.fetch;

import java.net.http.HttpResponse.BodySubscriber;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * The body of a response whose status or content type says it is not wanted (errors, redirects, PDFs): reads none of
 * it and cancels at once, which makes the HTTP client close the connection instead of draining the body.
 */
final class UnwantedBodySubscriber implements BodySubscriber<CappedBody> {
    private static final CappedBody NOTHING = new CappedBody(new byte[0], false);
    private final CompletableFuture<CappedBody> result = CompletableFuture.completedFuture(NOTHING);

    @Override
    public CompletionStage<CappedBody> getBody() {
        return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
        subscription.cancel();
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
        // cancelled on subscribe; whatever is still in flight is dropped
    }

    @Override
    public void onError(Throwable t) {
        // the body is not wanted, so neither is its failure
    }

    @Override
    public void onComplete() {
        // nothing to keep
    }
}
