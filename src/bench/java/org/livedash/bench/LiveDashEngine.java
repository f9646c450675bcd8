package org.livedash.bench;

import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.paint.Color;
import org.livedash.model.SeriesKind;
import org.livedash.model.SeriesMeta;
import org.livedash.model.SeriesStore;
import org.livedash.ui.chart.ChartPalette;
import org.livedash.ui.chart.Crosshair;
import org.livedash.ui.chart.LiveChart;

/** The LiveDash chart, fed through the real store, as the application feeds it. */
final class LiveDashEngine implements ChartEngine {
  private SeriesStore store;
  private LiveChart chart;
  private BenchData data;
  private long seq;
  private long appendedUpTo;

  @Override
  public String name() {
    return "LiveDash";
  }

  @Override
  public Node create(BenchData d) {
    data = d;
    store = new SeriesStore(d.points);
    List<SeriesMeta> metas = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    List<Color> colors = new ArrayList<>();
    for (int s = 0; s < d.series; s++) {
      metas.add(SeriesMeta.of("s" + s, "Series " + s, "", SeriesKind.SENSOR, 0, 100));
      ids.add("s" + s);
      colors.add(ChartPalette.seriesColor(s));
    }
    store.setCatalogue(metas);
    appendNew();
    chart = new LiveChart(ZoneOffset.UTC, new Crosshair());
    chart.setSeries(ids, colors);
    chart.setWindow(Duration.ofNanos(d.points * BenchData.STEP_MICROS * 1000));
    return chart;
  }

  /** Moves points the data source produced since the last frame into the store. */
  private void appendNew() {
    long last = data.firstSample + data.points;
    int from = (int) Math.max(0, data.points - (last - appendedUpTo));
    store.write(w -> {
      for (int i = from; i < data.points; i++) {
        long t = data.timeMicrosOf(i);
        for (int s = 0; s < data.series; s++) {
          w.offer("s" + s, ++seq, t, data.valueAt(s, i));
        }
      }
    });
    appendedUpTo = last;
  }

  @Override
  public void frame() {
    appendNew();
    // Every frame is drawn, as if the window slid with the clock, to measure the real cost.
    chart.invalidate();
    store.read(chart::prepare);
    chart.render();
  }

  @Override
  public long redraws() {
    return chart.redraws();
  }

  /** The idle case: reads the store every frame but only redraws if something changed. */
  void idleFrame() {
    store.read(chart::prepare);
    chart.render();
  }
}
