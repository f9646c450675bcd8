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
import org.livedash.testing.NeedsJavaFxText;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What happened to the feed is marked where it happened: a hole with how many updates it lost,
 * an alarm of a series plotted along the plot's foot while it lasted.
 */
@NeedsJavaFxText
@ExtendWith(ApplicationExtension.class)
class FeedEventMarksTest {
  private static final long T0 = System.currentTimeMillis() * 1000 - 20_000_000L;
  private final SeriesStore store = new SeriesStore(10_000, () -> T0 + 20_000_000L);
  private LiveChart chart;

  @Start
  void start(Stage stage) {
    store.setCatalogue(List.of(
        new SeriesMeta("temp", "Temperature", "°C", SeriesKind.SENSOR, 0, 40, Double.NaN, 27,
            Double.NaN, 30),
        SeriesMeta.of("power", "Power", "kW", SeriesKind.SENSOR, 0, 100)));
    chart = new LiveChart(ZoneOffset.UTC, new Crosshair());
    stage.setScene(new Scene(new StackPane(chart), 900, 400));
    stage.show();
    store.write(w -> {
      long seq = 0;
      for (int i = 0; i < 100; i++) {
        long t = T0 + i * 100_000L;
        // Ten readings past the alarm level in the middle of the run.
        w.offer("temp", ++seq, t, i >= 40 && i < 50 ? 33 : 22);
        w.offer("power", ++seq, t, 50);
        if (i == 70) {
          seq += 25;
        }
      }
    });
  }

  private List<String> drawn(List<String> ids) throws Exception {
    return WaitForAsyncUtils.asyncFx(() -> {
      chart.setWindow(java.time.Duration.ofSeconds(30));
      chart.setSeries(ids, ids.stream().map(id -> Color.GRAY).toList());
      store.read(chart::prepare);
      chart.render();
      return chart.renderer().events().events();
    }).get();
  }

  @Test
  void aHoleIsMarkedWithWhatItLostAndAnAlarmOfASeriesPlottedAlongTheFoot() throws Exception {
    List<String> marks = drawn(List.of("temp"));
    assertThat(marks).contains("25 updates missed", "Temperature alarm");
    assertThat(drawn(List.of("power"))).as("another series' alarm is not this chart's")
        .containsExactly("25 updates missed");
  }
}
