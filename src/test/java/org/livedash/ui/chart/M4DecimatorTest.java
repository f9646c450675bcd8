package org.livedash.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.livedash.model.SeriesRing;

class M4DecimatorTest {

  @Test
  void keepsFirstMinMaxAndLastOfEachColumn() {
    SeriesRing ring = new SeriesRing(100);
    double[] values = {5, 1, 9, 4, 7, 3, 8, 2};
    for (int i = 0; i < values.length; i++) {
      ring.append(i * 10L, values[i]);
    }
    ColumnBuffer out = new ColumnBuffer();
    // 80 us in 2 columns: samples 0..3 in column 0, 4..7 in column 1.
    M4Decimator.decimate(ring, 0, 80, 2, 1_000, out);
    assertThat(out.first[0]).isEqualTo(5);
    assertThat(out.min[0]).isEqualTo(1);
    assertThat(out.max[0]).isEqualTo(9);
    assertThat(out.last[0]).isEqualTo(4);
    assertThat(out.first[1]).isEqualTo(7);
    assertThat(out.min[1]).isEqualTo(2);
    assertThat(out.max[1]).isEqualTo(8);
    assertThat(out.last[1]).isEqualTo(2);
    assertThat(out.lowest()).isEqualTo(1);
    assertThat(out.highest()).isEqualTo(9);
    assertThat(out.latest()).isEqualTo(2);
  }

  @Test
  void costFollowsColumnsNotPoints() {
    SeriesRing ring = new SeriesRing(100_000);
    for (int i = 0; i < 100_000; i++) {
      ring.append(i, Math.sin(i / 100.0));
    }
    ColumnBuffer out = new ColumnBuffer();
    M4Decimator.decimate(ring, 0, 100_000, 500, 10, out);
    int present = 0;
    for (int c = 0; c < out.columns(); c++) {
      present += out.present(c) ? 1 : 0;
    }
    assertThat(out.columns()).isEqualTo(500);
    assertThat(present).isEqualTo(500);
  }

  @Test
  void marksABreakWhereSamplesAreTooFarApart() {
    SeriesRing ring = new SeriesRing(10);
    ring.append(0, 1);
    ring.append(10, 1);
    ring.append(90, 1);
    ColumnBuffer out = new ColumnBuffer();
    M4Decimator.decimate(ring, 0, 100, 10, 20, out);
    assertThat(out.breakBefore[9]).isTrue();
    assertThat(out.breakBefore[1]).isFalse();
  }

  @Test
  void joinsTheLineToTheSamplesJustOutsideTheWindow() {
    SeriesRing ring = new SeriesRing(10);
    ring.append(0, 1);
    ring.append(50, 2);
    ring.append(100, 3);
    ColumnBuffer out = new ColumnBuffer();
    M4Decimator.decimate(ring, 20, 80, 6, 1_000, out);
    assertThat(out.before).isEqualTo(1);
    assertThat(out.after).isEqualTo(3);
  }
}
