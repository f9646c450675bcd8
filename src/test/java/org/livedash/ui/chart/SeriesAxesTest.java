package org.livedash.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.livedash.model.SeriesKind;
import org.livedash.model.SeriesMeta;
import org.livedash.model.SeriesStore;
import org.livedash.testing.NeedsJavaFxText;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Each series where the user puts it: against a right axis over the top lane (two units read in
 * one place, each on its own scale), in a lane of its own, or as its % change.
 */
@NeedsJavaFxText
@ExtendWith(ApplicationExtension.class)
class SeriesAxesTest {
  private static final long T0 = 1_700_000_000_000_000L;
  private final SeriesStore store = new SeriesStore(10_000);
  private LiveChart chart;

  @Start
  void start(Stage stage) {
    store.setCatalogue(List.of(
        SeriesMeta.of("temp", "Temperature", "°C", SeriesKind.SENSOR, 0, 40),
        SeriesMeta.of("outside", "Outside", "°C", SeriesKind.SENSOR, 0, 40),
        new SeriesMeta("power", "Power", "kW", SeriesKind.SENSOR, 0, 100, Double.NaN, 405,
            Double.NaN, 408),
        SeriesMeta.of("flow", "Flow", "l/s", SeriesKind.SENSOR, 0, 10),
        SeriesMeta.of("ACME", "Acme", "USD", SeriesKind.STOCK, 0, 1)));
    chart = new LiveChart(ZoneOffset.UTC, new Crosshair());
    stage.setScene(new Scene(new StackPane(chart), 800, 500));
    stage.show();
    for (int i = 0; i < 100; i++) {
      long t = T0 + i * 100_000L;
      long seq = i * 5L;
      store.write(w -> {
        w.offer("temp", seq + 1, t, 20 + (seq % 7) * 0.1);
        w.offer("outside", seq + 2, t, 5 + (seq % 5) * 0.1);
        w.offer("power", seq + 3, t, 400 + (seq % 11));
        w.offer("flow", seq + 4, t, 2 + (seq % 3) * 0.01);
        w.offer("ACME", seq + 5, t, 180 + (seq % 13) * 0.1);
      });
    }
  }

  private LaneLayout drawn(List<String> ids, Map<String, SeriesAxis> axes) throws Exception {
    return drawn(ids, axes, Map.of());
  }

  private LaneLayout drawn(List<String> ids, Map<String, SeriesAxis> axes,
      Map<String, String> titles) throws Exception {
    return WaitForAsyncUtils.asyncFx(() -> {
      chart.setSeries(ids, ids.stream().map(id -> Color.GRAY).toList());
      chart.setAxes(axes, titles);
      store.read(chart::prepare);
      chart.render();
      return chart.renderer().layout();
    }).get();
  }

  @Test
  void aSeriesOnTheRightAxisIsDrawnOverTheTopLaneOnAScaleOfItsOwn() throws Exception {
    LaneLayout layout = drawn(List.of("temp", "power"), Map.of("power", SeriesAxis.RIGHT));
    assertThat(layout.lanes()).as("one lane: power is read against the right axis")
        .hasSize(1);
    UnitLane left = layout.lanes().get(0);
    UnitLane right = layout.overlays().get(0);
    assertThat(right.series).extracting(p -> p.id).containsExactly("power");
    assertThat(right.top).isEqualTo(left.top);
    assertThat(right.height).isEqualTo(left.height);
    assertThat(left.scale.max()).as("°C on the left").isLessThan(30);
    assertThat(right.scale.min()).as("kW on the right").isGreaterThan(350);
    // Power's line spans its lane, not flattened against the °C scale.
    assertThat(right.yOf(400) - right.yOf(410)).isGreaterThan(left.height / 10);
    assertThat(chart.renderer().marks().rightAxis().written()).as("its values and unit on the axis")
        .contains("kW").anyMatch(t -> t.startsWith("40"));
    double alarmAt = right.yOf(408);
    assertThat(chart.renderer().thresholdLabels()).as("its thresholds, on its own scale")
        .anyMatch(b -> Math.abs(b.y() + b.h() + ThresholdLabels.GAP - alarmAt) < 1.5
            || Math.abs(b.y() - ThresholdLabels.GAP - alarmAt) < 1.5);

    LaneLayout twoUnits = drawn(List.of("temp", "power", "flow"),
        Map.of("power", SeriesAxis.RIGHT, "flow", SeriesAxis.RIGHT));
    assertThat(twoUnits.overlays().get(0).series).extracting(p -> p.id)
        .as("one unit on the right axis").containsExactly("power");
    assertThat(twoUnits.lanes()).extracting(l -> l.label)
        .as("another unit placed right: a lane of its own").containsExactly("°C", "Flow · l/s");
  }

  @Test
  void aSeriesInALaneOfItsOwnOrAsItsPercentChangeLeavesItsUnitsLane() throws Exception {
    LaneLayout own = drawn(List.of("temp", "outside"), Map.of("outside", SeriesAxis.OWN));
    assertThat(own.lanes()).extracting(l -> l.label)
        .containsExactly("°C", "Outside · °C");
    assertThat(own.overlays()).isEmpty();

    LaneLayout percent = drawn(List.of("temp", "ACME"), Map.of("ACME", SeriesAxis.PERCENT));
    assertThat(percent.lanes()).extracting(l -> l.unit).containsExactly("°C", "%");
    assertThat(percent.lanes().get(1).scale.max()).as("changes, not prices").isLessThan(10);

    LaneLayout back = drawn(List.of("temp", "outside"), Map.of());
    assertThat(back.lanes()).as("each with its unit again").hasSize(1);
  }

  @Test
  void anAxisTitleIsSaidBesideItsUnitOnTheLaneAndOnTheRightAxis() throws Exception {
    LaneLayout titled = drawn(List.of("temp", "power"), Map.of("power", SeriesAxis.RIGHT),
        Map.of("°C", "Boiler", "kW", "Pump"));
    assertThat(chart.state().labelOf(titled.lanes().get(0))).isEqualTo("Boiler (°C)");
    assertThat(chart.renderer().marks().rightAxis().written()).contains("Pump (kW)");
    LaneLayout own = drawn(List.of("temp", "outside"), Map.of("outside", SeriesAxis.OWN),
        Map.of("°C", "Boiler"));
    assertThat(chart.state().labelOf(own.lanes().get(1))).as("a series' own lane: its name")
        .isEqualTo("Outside · °C");
  }
}
