package org.livedash.model;

/**
 * One series inside the {@link SeriesStore}: its description, its ring of samples, its first
 * value, and the hole and stream epochs its last sample was stored in. Guarded by the store's
 * lock.
 */
final class StoredSeries {
  final SeriesMeta meta;
  final SeriesRing ring;
  double openValue = Double.NaN;
  long holeEpoch;
  long streamEpoch;

  StoredSeries(SeriesMeta meta, SeriesRing ring, long holeEpoch, long streamEpoch) {
    this.meta = meta;
    this.ring = ring;
    this.holeEpoch = holeEpoch;
    this.streamEpoch = streamEpoch;
  }

  /** The same samples under a new description. */
  StoredSeries with(SeriesMeta newMeta) {
    StoredSeries e = new StoredSeries(newMeta, ring, holeEpoch, streamEpoch);
    e.openValue = openValue;
    return e;
  }
}
