package org.livedash.transport;

import java.io.IOException;
import java.util.List;
import org.livedash.feed.FeedEndpoints;
import org.livedash.model.SeriesMeta;

/** Fetches the series catalogue before each connection; a function so tests can supply one. */
@FunctionalInterface
public interface CatalogueSource {
  /**
   * @throws IOException when the server cannot be reached or answers with an error
   * @throws org.livedash.feed.FeedFormatException when the answer is not a catalogue
   */
  List<SeriesMeta> fetch(FeedEndpoints endpoints) throws IOException, InterruptedException;
}
