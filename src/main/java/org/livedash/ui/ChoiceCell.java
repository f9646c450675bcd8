package org.livedash.ui;

import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/** A choice of the connect dialog: the profile's name, and where it comes from, dimmed. */
final class ChoiceCell extends ListCell<ConnectDialog.Choice> {
  private final Label name = new Label();
  private final Label source = new Label();
  private final HBox box;

  ChoiceCell() {
    source.getStyleClass().add("muted");
    javafx.scene.layout.Region gap = new javafx.scene.layout.Region();
    HBox.setHgrow(gap, Priority.ALWAYS);
    box = new HBox(8, name, gap, source);
    name.setMinWidth(0);
    source.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
  }

  @Override
  protected void updateItem(ConnectDialog.Choice c, boolean empty) {
    super.updateItem(c, empty);
    if (empty || c == null) {
      setGraphic(null);
      return;
    }
    name.setText(c.profile().name());
    source.setText(c.source());
    setGraphic(box);
  }
}
