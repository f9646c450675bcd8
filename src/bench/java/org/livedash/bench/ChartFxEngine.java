package org.livedash.bench;

import io.fair_acc.chartfx.XYChart;
import io.fair_acc.chartfx.axes.spi.DefaultNumericAxis;
import io.fair_acc.dataset.spi.DoubleDataSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.scene.Node;

/**
 * ChartFx (io.fair-acc) as shipped: XYChart with its default renderer and data reduction. Its
 * data sets are locked by the chart while it lays out and renders, so, as its own examples do,
 * new data is handed to the data sets from a worker thread; the chart redraws on the next pulse.
 */
final class ChartFxEngine implements ChartEngine {
  private BenchData data;
  private final List<DoubleDataSet> sets = new ArrayList<>();
  private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "chartfx-feeder");
    t.setDaemon(true);
    return t;
  });
  private final AtomicBoolean busy = new AtomicBoolean();
  private long redraws;
  private double[][] xs;
  private double[][] ys;

  @Override
  public String name() {
    return "ChartFx 11.3";
  }

  @Override
  public Node create(BenchData d) {
    data = d;
    xs = new double[d.series][d.points];
    ys = new double[d.series][d.points];
    XYChart chart = new XYChart(new DefaultNumericAxis("time"), new DefaultNumericAxis("value")) {
      @Override
      protected void redrawCanvas() {
        redraws++;
        super.redrawCanvas();
      }
    };
    for (int s = 0; s < d.series; s++) {
      DoubleDataSet set = new DoubleDataSet("s" + s, d.points);
      sets.add(set);
      chart.getDatasets().add(set);
    }
    for (int s = 0; s < d.series; s++) {
      for (int i = 0; i < d.points; i++) {
        xs[s][i] = d.timeOf(i);
        ys[s][i] = d.valueAt(s, i);
      }
      sets.get(s).set(xs[s], ys[s], d.points, true);
    }
    return chart;
  }

  @Override
  public long redraws() {
    return redraws;
  }

  @Override
  public void frame() {
    if (!busy.compareAndSet(false, true)) {
      return;
    }
    for (int s = 0; s < data.series; s++) {
      for (int i = 0; i < data.points; i++) {
        xs[s][i] = data.timeOf(i);
        ys[s][i] = data.valueAt(s, i);
      }
    }
    worker.execute(() -> {
      for (int s = 0; s < data.series; s++) {
        sets.get(s).set(xs[s], ys[s], data.points, true);
      }
      busy.set(false);
    });
  }
}
