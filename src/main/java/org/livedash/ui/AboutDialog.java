package org.livedash.ui;

import org.livedash.i18n.Texts;
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
    Alert alert = new Alert(Alert.AlertType.INFORMATION, "", DialogButtons.ok());
    alert.initOwner(owner);
    alert.setTitle(Texts.get("bar.about"));
    alert.setHeaderText("LiveDash " + version);
    var icon = AboutDialog.class.getResourceAsStream("/assets/icons/livedash-64.png");
    if (icon != null) {
      alert.setGraphic(new ImageView(new Image(icon)));
    }
    Label text = new Label(String.join("\n",
        Texts.get("about.what"),
        "",
        "Java " + System.getProperty("java.version") + " · JavaFX "
            + System.getProperty("javafx.runtime.version", "?"),
        "",
        Texts.get("about.docs")));
    text.setWrapText(true);
    VBox content = new VBox(text);
    content.setPadding(new Insets(4, 0, 0, 0));
    alert.getDialogPane().setContent(content);
    alert.getDialogPane().setId("about-dialog");
    alert.show();
  }
}
