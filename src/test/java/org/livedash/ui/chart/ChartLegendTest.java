package org.livedash.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
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
 * Many series with long names on a narrow chart: the legend takes as many rows as they need,
 * the plot starts below them, no entry runs into another or into the zone's name, and past three
 * rows the rest are counted.
 */
@NeedsJavaFxText
@ExtendWith(ApplicationExtension.class)
class ChartLegendTest {
  private static final long T0 = 1_700_000_000_000_000L;
  private static final String[] FIELDS = {"temperature", "humidity", "pressure", "battery",
      "voltage", "linkquality", "illuminance", "co2", "noise"};
  private final SeriesStore store = new SeriesStore(10_000);
  private LiveChart chart;

  @Start
  void start(Stage stage) {
    List<SeriesMeta> metas = new ArrayList<>();
    for (String f : FIELDS) {
      metas.add(SeriesMeta.of("hall_sensor:" + f, "hall_sensor " + f, "u", SeriesKind.SENSOR,
          0, 100));
    }
    store.setCatalogue(metas);
    chart = new LiveChart(ZoneOffset.UTC, new Crosshair());
    stage.setScene(new Scene(new StackPane(chart), 560, 400));
    stage.show();
    for (int i = 0; i < 100; i++) {
      long t = T0 + i * 100_000L;
      long seq = i + 1L;
      store.write(w -> {
        for (int k = 0; k < FIELDS.length; k++) {
          w.offer("hall_sensor:" + FIELDS[k], seq * FIELDS.length + k, t, 1234.5 + k);
        }
      });
    }
  }

  private <T> T fx(Callable<T> action) throws Exception {
    return WaitForAsyncUtils.asyncFx(action).get();
  }

  private List<ChartLegend.Entry> plot(int count) throws Exception {
    return fx(() -> {
      List<String> ids = new ArrayList<>();
      List<Color> colors = new ArrayList<>();
      for (int k = 0; k < count; k++) {
        ids.add("hall_sensor:" + FIELDS[k]);
        colors.add(Color.hsb(k * 40, 0.7, 0.9));
      }
      chart.setSeries(ids, colors);
      store.read(chart::prepare);
      chart.render();
      return chart.renderer().legend().entries();
    });
  }

  @Test
  void oneSeriesTakesOneRowAndThePlotStartsWhereItAlwaysDid() throws Exception {
    List<ChartLegend.Entry> entries = plot(1);
    assertThat(entries).hasSize(1);
    assertThat(chart.renderer().top()).isEqualTo(ChartRenderer.TOP);
  }

  @Test
  void longNamesGoOnMoreRowsWithoutRunningIntoEachOtherOrTheZone() throws Exception {
    List<ChartLegend.Entry> entries = plot(5);
    assertThat(entries).hasSize(5);
    assertThat(entries).extracting(ChartLegend.Entry::text)
        .allSatisfy(t -> assertThat(t).startsWith("hall_sensor ").endsWith(" u"));
    int rows = entries.stream().mapToInt(ChartLegend.Entry::row).max().orElseThrow() + 1;
    assertThat(rows).isGreaterThan(1);
    assertThat(chart.renderer().top())
        .isEqualTo(ChartRenderer.TOP + (rows - 1) * ChartLegend.ROW);
    double zoneLeft = ChartRenderer.LEFT + chart.renderer().plotW() - 20;
    for (ChartLegend.Entry a : entries) {
      assertThat(a.x() + a.width()).as(a.text()).isLessThanOrEqualTo(zoneLeft);
      for (ChartLegend.Entry b : entries) {
        if (a != b && a.row() == b.row()) {
          assertThat(a.x() + a.width() <= b.x() || b.x() + b.width() <= a.x())
              .as(a.text() + " beside " + b.text()).isTrue();
        }
      }
    }
  }

  @Test
  void pastThreeRowsTheRestAreCounted() throws Exception {
    List<ChartLegend.Entry> entries = plot(FIELDS.length);
    ChartLegend.Entry last = entries.get(entries.size() - 1);
    assertThat(last.color()).isNull();
    int shown = entries.size() - 1;
    assertThat(last.text()).isEqualTo("+" + (FIELDS.length - shown) + " more");
    assertThat(last.row()).isEqualTo(2);
  }
}
