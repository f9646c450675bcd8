package org.livedash.transport;

import org.livedash.model.Reason;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Reads an HTTP response body into memory, but never more than a limit: a server that answers
 * with more (a bug, or an attack) fails the request with {@link TooLarge} after reading at most
 * the limit, instead of filling the heap. Every body the client reads goes through it.
 */
public final class BoundedBody {
  private BoundedBody() {}

  /** The body as bytes, failing past {@code maxBytes}. */
  public static HttpResponse.BodyHandler<byte[]> ofBytes(int maxBytes) {
    return info -> new Collector(maxBytes);
  }

  /** The answer was larger than the client accepts. */
  public static final class TooLarge extends ReasonedIOException {
    private static final long serialVersionUID = 1L;

    TooLarge(int maxBytes) {
      super(Reason.of("poll.tooLarge", maxBytes / 1024));
    }
  }

  private static final class Collector implements HttpResponse.BodySubscriber<byte[]> {
    private final int maxBytes;
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private Flow.Subscription subscription;

    Collector(int maxBytes) {
      this.maxBytes = maxBytes;
    }

    @Override
    public CompletionStage<byte[]> getBody() {
      return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
      subscription = s;
      s.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
      if (result.isDone()) {
        return;
      }
      for (ByteBuffer b : items) {
        if ((long) out.size() + b.remaining() > maxBytes) {
          subscription.cancel();
          result.completeExceptionally(new TooLarge(maxBytes));
          return;
        }
        byte[] chunk = new byte[b.remaining()];
        b.get(chunk);
        out.write(chunk, 0, chunk.length);
      }
    }

    @Override
    public void onError(Throwable error) {
      result.completeExceptionally(error);
    }

    @Override
    public void onComplete() {
      result.complete(out.toByteArray());
    }
  }
}
