package org.livedash.bench;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;

/**
 * JavaFX's own LineChart, tuned as far as it goes: no animation, no symbols, no auto-ranging,
 * data objects reused, and one {@code setAll} per series per frame.
 */
final class LineChartEngine implements ChartEngine {
  private BenchData data;
  private NumberAxis x;
  private long redraws;
  private final List<XYChart.Series<Number, Number>> series = new ArrayList<>();
  private final List<List<XYChart.Data<Number, Number>>> items = new ArrayList<>();

  @Override
  public String name() {
    return "LineChart (tuned)";
  }

  @Override
  public Node create(BenchData d) {
    data = d;
    x = new NumberAxis();
    NumberAxis y = new NumberAxis(0, 150, 25);
    x.setAutoRanging(false);
    y.setAutoRanging(false);
    x.setAnimated(false);
    y.setAnimated(false);
    LineChart<Number, Number> chart = new LineChart<>(x, y) {
      @Override
      protected void layoutPlotChildren() {
        redraws++;
        super.layoutPlotChildren();
      }
    };
    chart.setAnimated(false);
    chart.setCreateSymbols(false);
    chart.setLegendVisible(false);
    for (int s = 0; s < d.series; s++) {
      XYChart.Series<Number, Number> one = new XYChart.Series<>();
      List<XYChart.Data<Number, Number>> list = new ArrayList<>(d.points);
      for (int i = 0; i < d.points; i++) {
        list.add(new XYChart.Data<>(0, 0));
      }
      series.add(one);
      items.add(list);
      chart.getData().add(one);
    }
    frame();
    return chart;
  }

  @Override
  public long redraws() {
    return redraws;
  }

  @Override
  public void frame() {
    x.setLowerBound(data.timeOf(0));
    x.setUpperBound(data.timeOf(data.points - 1));
    x.setTickUnit((data.timeOf(data.points - 1) - data.timeOf(0)) / 8);
    for (int s = 0; s < data.series; s++) {
      List<XYChart.Data<Number, Number>> list = items.get(s);
      for (int i = 0; i < data.points; i++) {
        XYChart.Data<Number, Number> item = list.get(i);
        item.setXValue(data.timeOf(i));
        item.setYValue(data.valueAt(s, i));
      }
      series.get(s).getData().setAll(list);
    }
  }
}
