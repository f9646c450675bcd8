package org.livedash.model;

import java.util.function.Consumer;

/**
 * What a window reads its series from, once a frame: one feed's {@link SeriesStore}, or the
 * stores of every feed it shows ({@link StoreSet}), read as one.
 */
public interface StoreReader {
  /** Changes whenever a series or a sample changes; read without a lock to skip idle frames. */
  long version();

  /** Gives a consistent view of every series; do not keep the view past the call. */
  void read(Consumer<StoreView> body);
}
