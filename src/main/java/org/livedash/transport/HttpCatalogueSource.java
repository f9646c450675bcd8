package org.livedash.transport;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.livedash.feed.CatalogueCodec;
import org.livedash.feed.FeedEndpoints;
import org.livedash.model.SeriesMeta;

/** Reads {@code GET /api/series} with the shared HTTP client. */
public final class HttpCatalogueSource implements CatalogueSource {
  private final HttpClient http;
  private final CatalogueCodec codec = new CatalogueCodec();
  private final Duration timeout;

  public HttpCatalogueSource(HttpClient http, Duration timeout) {
    this.http = http;
    this.timeout = timeout;
  }

  @Override
  public List<SeriesMeta> fetch(FeedEndpoints endpoints) throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(endpoints.catalogue()).timeout(timeout).GET().build();
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IOException(endpoints.catalogue() + " answered HTTP " + response.statusCode());
    }
    return codec.decode(response.body());
  }
}
