package org.livedash.ui;

import org.livedash.i18n.Texts;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The keyboard shortcuts at a glance, over the dashboard (F1 or ?); Escape or a click closes it.
 * Filled from {@link Shortcuts}, so it lists exactly what the keys do.
 */
final class HelpOverlay extends StackPane {
  HelpOverlay(Shortcuts shortcuts) {
    setId("help-overlay");
    getStyleClass().add("help-overlay");
    GridPane grid = new GridPane();
    grid.setHgap(18);
    grid.setVgap(6);
    int row = 0;
    for (Shortcuts.Shortcut s : shortcuts.all()) {
      if (s.keysText() == null) {
        // A key of a group the help lists on one line ("1 … 5").
        continue;
      }
      Label keys = new Label(s.keysText());
      keys.getStyleClass().add("help-keys");
      grid.addRow(row++, keys, new Label(s.action()));
    }
    Label title = new Label(Texts.get("help.title"));
    title.getStyleClass().add("panel-title");
    Label charts = new Label(Texts.get("help.charts"));
    charts.getStyleClass().add("muted");
    charts.setWrapText(true);
    VBox card = new VBox(12, title, grid, charts);
    card.getStyleClass().add("help-card");
    card.setPadding(new Insets(20));
    card.setMaxSize(560, USE_PREF_SIZE);
    getChildren().add(card);
    StackPane.setAlignment(card, Pos.CENTER);
    setVisible(false);
    setOnMouseClicked(e -> setVisible(false));
  }

  void toggle() {
    setVisible(!isVisible());
    if (isVisible()) {
      toFront();
    }
  }
}
