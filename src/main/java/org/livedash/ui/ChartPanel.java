package org.livedash.ui;

import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.geometry.Pos;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import org.livedash.model.SeriesMeta;
import org.livedash.ui.chart.LiveChart;

/**
 * A titled chart with its controls: which series to plot (a menu of the catalogue) and the time
 * window (presets from 10 seconds to an hour).
 */
final class ChartPanel extends VBox {
  private static final Map<String, Duration> WINDOWS = new LinkedHashMap<>();

  static {
    WINDOWS.put("10 s", Duration.ofSeconds(10));
    WINDOWS.put("1 min", Duration.ofMinutes(1));
    WINDOWS.put("5 min", Duration.ofMinutes(5));
    WINDOWS.put("15 min", Duration.ofMinutes(15));
    WINDOWS.put("1 h", Duration.ofHours(1));
  }

  private final LiveChart chart;
  private final MenuButton seriesMenu = new MenuButton("Series");
  private final List<String> selected = new ArrayList<>();
  private Function<String, Color> colors = id -> Color.GRAY;
  private Runnable onSelectionChanged = () -> {};

  ChartPanel(String title, ZoneId zone) {
    chart = new LiveChart(zone);
    getStyleClass().add("chart-panel");
    Label heading = new Label(title);
    heading.getStyleClass().add("panel-title");
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    HBox windows = new HBox();
    windows.getStyleClass().add("segmented");
    ToggleGroup group = new ToggleGroup();
    for (Map.Entry<String, Duration> e : WINDOWS.entrySet()) {
      ToggleButton b = new ToggleButton(e.getKey());
      b.setToggleGroup(group);
      b.getStyleClass().add("small");
      b.setOnAction(a -> {
        if (!b.isSelected()) {
          b.setSelected(true);
        }
        chart.setWindow(e.getValue());
      });
      b.setSelected(e.getValue().equals(chart.window()));
      windows.getChildren().add(b);
    }
    seriesMenu.getStyleClass().add("small");
    HBox header = new HBox(10, heading, seriesMenu, spacer, windows);
    header.setAlignment(Pos.CENTER_LEFT);
    VBox.setVgrow(chart, Priority.ALWAYS);
    getChildren().addAll(header, chart);
    setSpacing(6);
  }

  LiveChart chart() {
    return chart;
  }

  /** Fills the series menu from the catalogue, keeping the selection where it still applies. */
  void setCatalogue(List<SeriesMeta> catalogue, Function<String, Color> colorOf,
      List<String> defaultSelection) {
    this.colors = colorOf;
    seriesMenu.getItems().clear();
    List<String> ids = catalogue.stream().map(SeriesMeta::id).toList();
    selected.retainAll(ids);
    if (selected.isEmpty()) {
      defaultSelection.stream().filter(ids::contains).forEach(selected::add);
    }
    for (SeriesMeta m : catalogue) {
      CheckMenuItem item = new CheckMenuItem(m.name() + (m.unit().isEmpty() ? ""
          : " (" + m.unit() + ")"));
      item.setId("plot-" + m.id());
      item.setSelected(selected.contains(m.id()));
      item.setOnAction(a -> toggle(m.id()));
      seriesMenu.getItems().add(item);
    }
    apply();
  }

  boolean isPlotted(String id) {
    return selected.contains(id);
  }

  /** Adds the series to the chart, or removes it if it is there. */
  void toggle(String id) {
    if (!selected.remove(id)) {
      selected.add(id);
    }
    seriesMenu.getItems().forEach(i -> {
      if (i instanceof CheckMenuItem c && c.getId().equals("plot-" + id)) {
        c.setSelected(selected.contains(id));
      }
    });
    apply();
  }

  void setOnSelectionChanged(Runnable r) {
    onSelectionChanged = r;
  }

  private void apply() {
    chart.setSeries(List.copyOf(selected), selected.stream().map(colors).toList());
    onSelectionChanged.run();
  }
}
