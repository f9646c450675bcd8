package org.livedash.ui;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Pos;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.livedash.i18n.Texts;
import org.livedash.ui.chart.LiveChart;

/** A chart's style: a line or candles, and the candles' interval (1 s, 5 s, 1 min). */
final class StyleChoice extends HBox {
  private static final Map<String, Duration> CANDLES = new LinkedHashMap<>();

  static {
    CANDLES.put("1 s", Duration.ofSeconds(1));
    CANDLES.put("5 s", Duration.ofSeconds(5));
    CANDLES.put("1 min", Duration.ofMinutes(1));
  }

  private final ToggleGroup group = new ToggleGroup();
  private final ToggleButton line = new ToggleButton(null, new FontIcon(Feather.TRENDING_UP));
  private final ToggleButton candle = new ToggleButton(null, new FontIcon(Feather.BAR_CHART_2));

  /** Draws {@code chart} as chosen; its controls named by {@code key}. */
  StyleChoice(String key, LiveChart chart) {
    super(6);
    line.setTooltip(new Tooltip(Texts.get("chart.line")));
    candle.setTooltip(new Tooltip(Texts.get("chart.candles")));
    candle.setId(key + "-candles");
    for (ToggleButton b : List.of(line, candle)) {
      b.setToggleGroup(group);
      b.getStyleClass().add("small");
    }
    line.setSelected(true);
    ChoiceBox<String> interval = new ChoiceBox<>();
    interval.getItems().addAll(CANDLES.keySet());
    interval.setValue("5 s");
    interval.getStyleClass().add("small");
    interval.setTooltip(new Tooltip(Texts.get("chart.candleInterval")));
    interval.setOnAction(e -> chart.setCandleInterval(CANDLES.get(interval.getValue())));
    interval.disableProperty().bind(candle.selectedProperty().not());
    group.selectedToggleProperty().addListener((o, old, now) -> {
      if (now == null) {
        group.selectToggle(old);
        return;
      }
      chart.setStyle(now == candle ? LiveChart.Style.CANDLES : LiveChart.Style.LINE);
    });
    getChildren().addAll(new HBox(line, candle), interval);
    setAlignment(Pos.CENTER_LEFT);
  }

  /** Candles, or a line. */
  void useCandles(boolean candles) {
    group.selectToggle(candles ? candle : line);
  }
}
