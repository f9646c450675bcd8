package org.livedash.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChartExportTest {

  @Test
  void mergesSeriesOnTimeWithIsoTimesAndOneColumnEach() throws Exception {
    long t0 = 1_700_000_000_000_000L;
    VisibleData data = new VisibleData(
        List.of("Temperature (°C)", "Power, total (kW)"),
        List.of(new long[] {t0, t0 + 500_000}, new long[] {t0 + 250, t0 + 500_000}),
        List.of(new double[] {21.5, 21.75}, new double[] {30, 31.25}),
        ZoneOffset.ofHours(1));
    StringWriter out = new StringWriter();
    ChartExport.writeCsv(data, out, false);
    assertThat(out.toString().lines().toList()).containsExactly(
        "time,Temperature (°C),\"Power, total (kW)\"",
        "2023-11-14T23:13:20.000000+01:00,21.5,",
        "2023-11-14T23:13:20.000250+01:00,,30.0",
        "2023-11-14T23:13:20.500000+01:00,21.75,31.25");
    StringWriter carried = new StringWriter();
    ChartExport.writeCsv(data, carried, true);
    assertThat(carried.toString().lines().toList()).containsExactly(
        "time,Temperature (°C),\"Power, total (kW)\"",
        "2023-11-14T23:13:20.000000+01:00,21.5,",
        "2023-11-14T23:13:20.000250+01:00,21.5,30.0",
        "2023-11-14T23:13:20.500000+01:00,21.75,31.25");
  }
}
