package org.livedash.model;

/**
 * What the UI reads of a {@link SeriesStore}: its series, their rings, the alarms and the
 * restart marks. Handed out by {@link SeriesStore#read} and valid only inside that call, under
 * the store's read lock.
 */
public final class StoreView {
  private final SeriesIndex series;
  private final AlarmWatch alarms;
  private final RestartMarks restarts;

  StoreView(SeriesIndex series, AlarmWatch alarms, RestartMarks restarts) {
    this.series = series;
    this.alarms = alarms;
    this.restarts = restarts;
  }

  public int seriesCount() {
    return series.size();
  }

  public SeriesMeta meta(int index) {
    return series.at(index).meta;
  }

  public SeriesRing ring(int index) {
    return series.at(index).ring;
  }

  /** The first value seen for the series this session, the base of its change figure. */
  public double openValue(int index) {
    return series.at(index).openValue;
  }

  /** Every reading judged against its thresholds, as it was stored. */
  public AlarmWatch alarms() {
    return alarms;
  }

  /** Index of a series, or -1. */
  public int indexOf(String id) {
    return series.indexOf(id);
  }

  /** How many restart marks {@link #restartMark} can return (the newest ones). */
  public int restartMarkCount() {
    return restarts.count();
  }

  /** The time of the i-th newest feed restart on this endpoint, epoch microseconds. */
  public long restartMark(int i) {
    return restarts.mark(i);
  }
}
