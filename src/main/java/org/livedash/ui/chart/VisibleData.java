package org.livedash.ui.chart;

import java.time.ZoneId;
import java.util.List;

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
    ZoneId zone) {}
