package org.livedash.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneOffset;
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
 * Four units on a short chart: only the lanes that fit at a legible height are drawn, and the
 * units left out are named; on a tall chart every unit has its lane.
 */
@NeedsJavaFxText
@ExtendWith(ApplicationExtension.class)
class LaneLayoutTest {
  private static final long T0 = 1_700_000_000_000_000L;
  private static final List<String> UNITS = List.of("°C", "%RH", "hPa", "ppm");
  private final SeriesStore store = new SeriesStore(10_000);
  private LiveChart chart;
  private StackPane pane;

  @Start
  void start(Stage stage) {
    store.setCatalogue(UNITS.stream().map(u -> SeriesMeta.of(u, "s " + u, u,
        SeriesKind.SENSOR, 0, 100)).toList());
    chart = new LiveChart(ZoneOffset.UTC, new Crosshair());
    chart.setSeries(UNITS, List.of(Color.RED, Color.ORANGE, Color.GREEN, Color.BLUE));
    pane = new StackPane(chart);
    stage.setScene(new Scene(pane, 700, 500));
    stage.show();
    for (int i = 0; i < 50; i++) {
      long t = T0 + i * 100_000L;
      long seq = i + 1L;
      store.write(w -> {
        for (int k = 0; k < UNITS.size(); k++) {
          w.offer(UNITS.get(k), seq * 4 + k, t, 10 + k + Math.sin(seq));
        }
      });
    }
  }

  private LaneLayout drawnAt(double height) throws Exception {
    Callable<LaneLayout> draw = () -> {
      chart.setMinHeight(height);
      chart.setPrefHeight(height);
      chart.setMaxHeight(height);
      pane.layout();
      store.read(chart::prepare);
      chart.render();
      return chart.renderer().layout();
    };
    return WaitForAsyncUtils.asyncFx(draw).get();
  }

  @Test
  void aShortChartDrawsTheLanesThatFitAndNamesTheOthers() throws Exception {
    LaneLayout layout = drawnAt(150);
    assertThat(layout.lanes()).isNotEmpty().hasSizeLessThan(UNITS.size());
    assertThat(layout.lanes()).allSatisfy(l ->
        assertThat(l.height).isGreaterThanOrEqualTo(LaneLayout.MIN_LANE));
    int drawn = layout.lanes().size();
    assertThat(layout.leftOut()).containsExactlyElementsOf(UNITS.subList(drawn, UNITS.size()));
  }

  @Test
  void aTallChartGivesEveryUnitItsLane() throws Exception {
    LaneLayout layout = drawnAt(460);
    assertThat(layout.lanes()).extracting(l -> l.unit).containsExactlyElementsOf(UNITS);
    assertThat(layout.leftOut()).isEmpty();
  }
}
