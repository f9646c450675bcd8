package org.livedash.transport;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.livedash.feed.FeedFormatException;
import org.livedash.model.Reason;
import org.livedash.feed.CatalogueCodec;
import org.livedash.feed.FeedEndpoints;
import org.livedash.model.SeriesMeta;

/** Reads {@code GET /api/series} with the shared HTTP client, bounded in size. */
public final class HttpCatalogueSource implements CatalogueSource {
  /** Largest catalogue read: 10 000 series of a few hundred bytes each fit. */
  static final int MAX_BODY_BYTES = 4 * 1024 * 1024;

  private final HttpClient http;
  private final CatalogueCodec codec = new CatalogueCodec();
  private final Duration timeout;
  private final Credentials credentials;

  public HttpCatalogueSource(HttpClient http, Duration timeout, Credentials credentials) {
    this.http = http;
    this.timeout = timeout;
    this.credentials = credentials;
  }

  /**
   * Why the server at {@code endpoints} does not speak the LiveDash protocol — it answered the
   * catalogue's request with a status a LiveDash server does not give for it (404, 426, …) or
   * with a body that is no catalogue — or null when it may: it answered a catalogue, refused
   * the credentials, was busy or in trouble, or could not be reached (a connection says which).
   * An address typed in is so told apart from a feed of its own shape, read with a profile.
   */
  public CompletableFuture<Reason> notLiveDash(FeedEndpoints endpoints) {
    return fetch(endpoints).handle((series, failed) -> failed == null ? null
        : whyNotLiveDash(failed instanceof java.util.concurrent.CompletionException
            && failed.getCause() != null ? failed.getCause() : failed));
  }

  /**
   * Why a catalogue's request that failed with {@code cause} says its server is no LiveDash
   * server (a status none gives for it, a body that is no catalogue), or null when it may be one.
   */
  static Reason whyNotLiveDash(Throwable cause) {
    if (cause instanceof HttpStatusFailure status) {
      return status.couldBeLiveDash() ? null : status.reason();
    }
    return cause instanceof FeedFormatException notACatalogue
        ? Reason.of("connect.notCatalogue", notACatalogue.reason()) : null;
  }

  @Override
  public CompletableFuture<List<SeriesMeta>> fetch(FeedEndpoints endpoints) {
    HttpRequest request = credentials.applyTo(
        HttpRequest.newBuilder(endpoints.catalogue()).timeout(timeout).GET()).build();
    return http.sendAsync(request, BoundedBody.ofBytes(MAX_BODY_BYTES))
        .thenApply(response -> {
          if (response.statusCode() != 200) {
            throw new java.util.concurrent.CompletionException(
                new HttpStatusFailure(endpoints.catalogue(), response.statusCode()));
          }
          return codec.decode(response.body());
        });
  }
}
