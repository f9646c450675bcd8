package org.livedash.ui;

import java.util.Optional;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.stage.Window;
import org.livedash.i18n.Texts;
import org.livedash.ui.chart.ChartPicture;

/**
 * Asks how to export a chart as PNG before the file is chosen: its title (what it shows, from
 * which feed, when — editable) and its size — as shown, twice as sharp, or a size typed in.
 */
final class PictureDialog {
  private PictureDialog() {}

  static Optional<ChartPicture.Options> show(Window owner, String title, int shownWidth,
      int shownHeight) {
    ButtonType next = new ButtonType(Texts.get("picture.next"), ButtonBar.ButtonData.OK_DONE);
    Dialog<ButtonType> dialog = new Dialog<>();
    dialog.initOwner(owner);
    dialog.setTitle(Texts.get("picture.title"));
    dialog.getDialogPane().setId("picture-dialog");
    TextField name = new TextField(title);
    name.setId("picture-name");
    name.setPrefColumnCount(40);
    ToggleGroup sizes = new ToggleGroup();
    RadioButton shown = radio(sizes, "picture-1x",
        Texts.get("picture.shown", shownWidth, shownHeight));
    RadioButton sharp = radio(sizes, "picture-2x",
        Texts.get("picture.sharp", shownWidth * 2, shownHeight * 2));
    RadioButton custom = radio(sizes, "picture-custom", Texts.get("picture.custom"));
    shown.setSelected(true);
    TextField width = new TextField(Integer.toString(Math.max(1600, shownWidth)));
    TextField height = new TextField(Integer.toString(Math.max(600, shownHeight)));
    width.setId("picture-width");
    height.setId("picture-height");
    width.setPrefColumnCount(5);
    height.setPrefColumnCount(5);
    width.disableProperty().bind(custom.selectedProperty().not());
    height.disableProperty().bind(custom.selectedProperty().not());
    Label error = new Label();
    error.setId("picture-error");
    error.getStyleClass().add("danger-text");
    error.setWrapText(true);
    error.managedProperty().bind(error.textProperty().isNotEmpty());
    GridPane form = new GridPane();
    form.setHgap(8);
    form.setVgap(6);
    Label heading = new Label(Texts.get("picture.heading"));
    Label size = new Label(Texts.get("picture.size"));
    heading.setMinWidth(Label.USE_PREF_SIZE);
    size.setMinWidth(Label.USE_PREF_SIZE);
    form.addRow(0, heading, name);
    form.addRow(1, size, shown);
    form.add(sharp, 1, 2);
    form.add(new HBox(6, custom, width, new Label("×"), height), 1, 3);
    form.add(error, 0, 4, 2, 1);
    dialog.getDialogPane().setContent(form);
    dialog.getDialogPane().getButtonTypes().addAll(next, DialogButtons.cancel());
    ChartPicture.Options[] result = new ChartPicture.Options[1];
    Button ok = (Button) dialog.getDialogPane().lookupButton(next);
    ok.setId("picture-next");
    ok.addEventFilter(ActionEvent.ACTION, e -> {
      for (TextField f : custom.isSelected() ? new TextField[] {width, height}
          : new TextField[0]) {
        if (!f.getText().strip().matches("\\d{1,6}")) {
          error.setText(Texts.get("picture.notWhole", f.getText().strip()));
          e.consume();
          return;
        }
      }
      try {
        result[0] = custom.isSelected()
            ? new ChartPicture.Options(name.getText(), Integer.parseInt(width.getText().strip()),
                Integer.parseInt(height.getText().strip()), 1)
            : new ChartPicture.Options(name.getText(), shownWidth, shownHeight,
                sharp.isSelected() ? 2 : 1);
      } catch (IllegalArgumentException ex) {
        error.setText(Texts.get("picture.range", ChartPicture.MIN_SIDE, ChartPicture.MAX_SIDE,
            ChartPicture.MIN_HEIGHT));
        e.consume();
      }
    });
    Optional<ButtonType> pressed = dialog.showAndWait();
    return pressed.isPresent() && pressed.get() == next ? Optional.ofNullable(result[0])
        : Optional.empty();
  }

  private static RadioButton radio(ToggleGroup group, String id, String text) {
    RadioButton b = new RadioButton(text);
    b.setToggleGroup(group);
    b.setId(id);
    return b;
  }
}
