package org.livedash.ui.chart;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.livedash.model.SeriesRing;
import org.livedash.model.StoreView;

/**
 * A copy of what a chart shows, taken under the store lock so it can be written to a file
 * without holding it.
 *
 * @param columns one heading per series ("Temperature (°C)")
 * @param times per series, the sample times in the visible range, epoch microseconds
 * @param values per series, the sample values, index for index with {@code times}
 * @param zone the zone the chart shows times in
 */
public record VisibleData(List<String> columns, List<long[]> times, List<double[]> values,
    ZoneId zone) {

  /** Copies the samples {@code chart} shows of every series; call inside the store's read. */
  public static VisibleData of(LiveChart chart, StoreView reader) {
    ChartState s = chart.state();
    return of(s.plotted, reader, s.startMicros, s.endMicros, s.zone);
  }

  /** Copies what the series show in {@code [start, end]}; call inside the store's read. */
  static VisibleData of(List<PlottedSeries> plotted, StoreView reader, long start,
      long end, ZoneId zone) {
    List<String> columns = new ArrayList<>();
    List<long[]> times = new ArrayList<>();
    List<double[]> values = new ArrayList<>();
    for (PlottedSeries p : plotted) {
      int index = reader.indexOf(p.id);
      if (index < 0) {
        continue;
      }
      SeriesRing ring = reader.ring(index);
      int from = ring.firstIndexAtOrAfter(start);
      int to = ring.firstIndexAtOrAfter(end + 1);
      long[] t = new long[to - from];
      double[] v = new double[to - from];
      for (int i = from; i < to; i++) {
        t[i - from] = ring.timeAt(i);
        v[i - from] = ring.valueAt(i);
      }
      columns.add(p.name() + (p.unit().isEmpty() ? "" : " (" + p.unit() + ")"));
      times.add(t);
      values.add(v);
    }
    return new VisibleData(columns, times, values, zone);
  }
}
