package org.livedash.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import org.livedash.model.SeriesKind;
import org.livedash.model.SeriesMeta;
import org.livedash.model.SeriesStore;

/** The tiles, one per series, sensors and stocks in rows of their own. */
final class TileBoard extends VBox {
  private static final int COLUMNS = 6;
  private final Map<String, SeriesTile> tiles = new HashMap<>();
  private Consumer<SeriesMeta> onTileClicked = m -> {};
  private java.util.function.BiConsumer<SeriesMeta, Double> onAlarm = (m, v) -> {};

  TileBoard() {
    getStyleClass().add("tile-board");
    setSpacing(6);
  }

  void setOnTileClicked(Consumer<SeriesMeta> handler) {
    onTileClicked = handler;
  }

  /** Called when a sensor's reading enters its alarm band. */
  void setOnAlarm(java.util.function.BiConsumer<SeriesMeta, Double> handler) {
    onAlarm = handler;
  }

  /** Builds the tiles for a catalogue. */
  void setCatalogue(List<SeriesMeta> catalogue, java.util.function.Function<String, Color> colors) {
    getChildren().clear();
    tiles.clear();
    for (SeriesKind kind : SeriesKind.values()) {
      List<SeriesMeta> ofKind = catalogue.stream().filter(m -> m.kind() == kind).toList();
      if (ofKind.isEmpty()) {
        continue;
      }
      Label heading = new Label(kind == SeriesKind.SENSOR ? "Sensors" : "Markets");
      heading.getStyleClass().add("section-title");
      GridPane grid = new GridPane();
      grid.setHgap(8);
      grid.setVgap(8);
      for (int c = 0; c < Math.min(COLUMNS, ofKind.size()); c++) {
        ColumnConstraints cc = new ColumnConstraints();
        cc.setPercentWidth(100.0 / Math.min(COLUMNS, ofKind.size()));
        cc.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().add(cc);
      }
      for (int i = 0; i < ofKind.size(); i++) {
        SeriesMeta meta = ofKind.get(i);
        SeriesTile tile = new SeriesTile(meta, colors.apply(meta.id()));
        tile.setOnMouseClicked(e -> onTileClicked.accept(meta));
        tile.setOnAlarm((m, v) -> onAlarm.accept(m, v));
        tiles.put(meta.id(), tile);
        grid.add(tile, i % COLUMNS, i / COLUMNS);
      }
      getChildren().addAll(heading, grid);
    }
  }

  void setPlotted(String id, boolean plotted) {
    SeriesTile t = tiles.get(id);
    if (t != null) {
      t.setPlotted(plotted);
    }
  }

  /** Shows the newest values; call inside {@link SeriesStore#read}. */
  void update(SeriesStore.Reader reader) {
    for (int i = 0; i < reader.seriesCount(); i++) {
      SeriesTile tile = tiles.get(reader.meta(i).id());
      if (tile != null) {
        tile.update(reader.ring(i), reader.openValue(i));
      }
    }
  }
}
