package org.livedash.transport;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
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
