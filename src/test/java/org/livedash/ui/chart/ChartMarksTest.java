package org.livedash.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;
import org.livedash.model.SeriesRing;

class ChartMarksTest {
  private static final long S = 1_000_000L;

  @Test
  void theCandleUnderTheCrosshairIsReadOutWithTheSeriesDecimals() {
    ChartState state = new ChartState();
    PlottedSeries acme = new PlottedSeries("ACME", Color.RED);
    acme.decimals = 2;
    state.plotted.add(acme);
    SeriesRing ring = new SeriesRing(100, true);
    double[] prices = {100, 103.5, 99.25, 101};
    for (int i = 0; i < prices.length; i++) {
      ring.append(10 * S + i * S, prices[i], 500 * (i + 1), false);
    }
    ring.append(16 * S, 102, 100, false);
    state.candles.build(ring, 10 * S, 20 * S, 5 * S);
    ChartMarks marks = new ChartMarks(state, new ChartRenderer(state));

    state.crosshairMicros = 12 * S;
    assertThat(marks.candleReadout())
        .isEqualTo("O 100.00  H 103.50  L 99.25  C 101.00  V 5,000");
    state.crosshairMicros = 16 * S;
    assertThat(marks.candleReadout()).startsWith("O 102.00").endsWith("V 100");
    state.crosshairMicros = Crosshair.NONE;
    assertThat(marks.candleReadout()).isNull();
  }
}
