package org.livedash.ui.chart;

import java.util.concurrent.CompletableFuture;
import org.livedash.model.SeriesRing;

/**
 * Where a chart finds what its ring no longer holds: a series' samples recorded earlier, read
 * off the JavaFX thread.
 */
public interface RecordedHistory {
  /** No recording to read from. */
  RecordedHistory NONE =
      (id, from, to, column) -> CompletableFuture.completedFuture(new SeriesRing(1));

  /**
   * Series {@code id}'s recorded samples from {@code fromMicros} to {@code toMicros}, as a ring
   * of their own (empty when none were recorded there), for pixel columns of {@code
   * columnMicros} each (where they are a bucket wide, buckets may stand for the samples);
   * completes off the JavaFX thread.
   */
  CompletableFuture<SeriesRing> read(String id, long fromMicros, long toMicros,
      long columnMicros);
}
