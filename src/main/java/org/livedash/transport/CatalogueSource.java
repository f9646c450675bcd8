package org.livedash.transport;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.livedash.feed.FeedEndpoints;
import org.livedash.model.SeriesMeta;

/**
 * Fetches the series catalogue before each connection, without blocking the caller (so a
 * Disconnect never waits behind a slow server); a function so tests can supply one.
 */
@FunctionalInterface
public interface CatalogueSource {
  /**
   * The catalogue, or a future failed with an {@link java.io.IOException} when the server cannot
   * be reached or answers with an error, or a {@link org.livedash.feed.FeedFormatException} when
   * the answer is not a catalogue.
   */
  CompletableFuture<List<SeriesMeta>> fetch(FeedEndpoints endpoints);
}
