package org.livedash.ui;

import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Says which LiveDash this is, on which Java and JavaFX, and where its documentation lives. */
final class AboutDialog {
  private AboutDialog() {}

  static void show(Window owner, String version) {
    Alert alert = new Alert(Alert.AlertType.INFORMATION);
    alert.initOwner(owner);
    alert.setTitle("About LiveDash");
    alert.setHeaderText("LiveDash " + version);
    var icon = AboutDialog.class.getResourceAsStream("/assets/icons/livedash-64.png");
    if (icon != null) {
      alert.setGraphic(new ImageView(new Image(icon)));
    }
    Label text = new Label(String.join("\n",
        "A live dashboard for data pushed over WebSocket, with HTTP polling to compare.",
        "",
        "Java " + System.getProperty("java.version") + " · JavaFX "
            + System.getProperty("javafx.runtime.version", "?"),
        "",
        "The feed protocol, the architecture and the figures are documented in the docs/",
        "folder of the source and in the README shipped with the image."));
    text.setWrapText(true);
    VBox content = new VBox(text);
    content.setPadding(new Insets(4, 0, 0, 0));
    alert.getDialogPane().setContent(content);
    alert.getDialogPane().setId("about-dialog");
    alert.show();
  }
}
