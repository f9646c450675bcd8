package org.livedash.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneOffset;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.livedash.model.SeriesKind;
import org.livedash.model.SeriesMeta;
import org.livedash.model.SeriesStore;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.livedash.testing.NeedsJavaFxText;

/**
 * Three prices in one unit but of very different sizes (97 000, 3 600 and 231 USD) are each
 * drawn in a lane of their own, readable at once; prices of like sizes share their unit's lane.
 */
@NeedsJavaFxText
@ExtendWith(ApplicationExtension.class)
class PricesOfDifferentSizesTest {
  private static final long T0 = 1_700_000_000_000_000L;
  private final SeriesStore store = new SeriesStore(10_000);
  private LiveChart chart;

  @Start
  void start(Stage stage) {
    store.setCatalogue(List.of(
        SeriesMeta.of("BTCUSDT", "BTCUSDT", "USD", SeriesKind.STOCK, 0, 1),
        SeriesMeta.of("ETHUSDT", "ETHUSDT", "USD", SeriesKind.STOCK, 0, 1),
        SeriesMeta.of("SOLUSDT", "SOLUSDT", "USD", SeriesKind.STOCK, 0, 1),
        SeriesMeta.of("BNBUSDT", "BNBUSDT", "USD", SeriesKind.STOCK, 0, 1)));
    chart = new LiveChart(ZoneOffset.UTC, new Crosshair());
    stage.setScene(new Scene(new StackPane(chart), 800, 500));
    stage.show();
    for (int i = 0; i < 100; i++) {
      long t = T0 + i * 100_000L;
      long seq = i * 4L;
      double wiggle = Math.sin(i / 7.0);
      store.write(w -> {
        w.offer("BTCUSDT", seq + 1, t, 97_000 + 50 * wiggle);
        w.offer("ETHUSDT", seq + 2, t, 3_600 + 4 * wiggle);
        w.offer("SOLUSDT", seq + 3, t, 231 + 0.5 * wiggle);
        w.offer("BNBUSDT", seq + 4, t, 310 + 0.6 * wiggle);
      });
    }
  }

  private List<UnitLane> drawn(List<String> ids) throws Exception {
    return WaitForAsyncUtils.asyncFx(() -> {
      chart.setSeries(ids, ids.stream().map(id -> Color.GRAY).toList());
      store.read(chart::prepare);
      chart.render();
      return chart.renderer().layout().lanes();
    }).get();
  }

  @Test
  void pricesOfVeryDifferentSizesGetALaneEachScaledToThemselves() throws Exception {
    List<UnitLane> lanes = drawn(List.of("BTCUSDT", "ETHUSDT", "SOLUSDT"));
    assertThat(lanes).hasSize(3);
    assertThat(lanes).extracting(l -> l.label)
        .containsExactly("BTCUSDT · USD", "ETHUSDT · USD", "SOLUSDT · USD");
    UnitLane sol = lanes.get(2);
    assertThat(sol.scale.min()).isGreaterThan(200);
    assertThat(sol.scale.max()).isLessThan(260);
    // The line is not flat: its values span a good part of its lane.
    assertThat(sol.yOf(230.5) - sol.yOf(231.5)).isGreaterThan(sol.height / 10);
  }

  @Test
  void asAPercentChangeTheyShareOneScaleStartingAtZero() throws Exception {
    WaitForAsyncUtils.asyncFx(() -> chart.setNormalised(true)).get();
    List<UnitLane> lanes = drawn(List.of("BTCUSDT", "ETHUSDT", "SOLUSDT"));
    assertThat(lanes).as("one lane, in %: series of any size on one scale").hasSize(1);
    assertThat(lanes.get(0).label).contains("%");
    // Each series moves a few hundredths of a percent (50 of 97 000, 0.5 of 231): a scale of
    // their changes, not of their values.
    assertThat(lanes.get(0).scale.max()).isLessThan(1);
    assertThat(lanes.get(0).scale.min()).isGreaterThan(-1);
    ColumnBuffer sol = chart.state().plotted.get(2).columns;
    int first = 0;
    while (!sol.present(first)) {
      first++;
    }
    assertThat(sol.first[first]).as("the left edge is the base: 0 %").isZero();
    WaitForAsyncUtils.asyncFx(() -> chart.setNormalised(false)).get();
    assertThat(drawn(List.of("BTCUSDT", "ETHUSDT", "SOLUSDT"))).hasSize(3);
  }

  @Test
  void theSplitCanBeTurnedOffToShareTheUnitsAxis() throws Exception {
    WaitForAsyncUtils.asyncFx(() -> chart.setSplitBySize(false)).get();
    List<UnitLane> lanes = drawn(List.of("BTCUSDT", "ETHUSDT", "SOLUSDT"));
    assertThat(lanes).hasSize(1);
    assertThat(lanes.get(0).series).hasSize(3);
  }

  @Test
  void pricesOfLikeSizesShareTheirUnitsLane() throws Exception {
    List<UnitLane> lanes = drawn(List.of("SOLUSDT", "BNBUSDT"));
    assertThat(lanes).hasSize(1);
    assertThat(lanes.get(0).label).isEqualTo("USD");
    assertThat(lanes.get(0).series).hasSize(2);
  }
}
