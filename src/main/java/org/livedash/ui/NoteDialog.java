package org.livedash.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.livedash.i18n.Texts;
import org.livedash.model.EpochMicros;
import org.livedash.model.Layout;

/**
 * Asks for a note at a moment marked on a chart: its words, and how long it lasts (none: an
 * instant; seconds: a span from that moment).
 */
final class NoteDialog {
  private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("HH:mm:ss.SSS");

  private NoteDialog() {}

  /** The note the user wrote at {@code micros}, or none when cancelled or left empty. */
  static Optional<Layout.Annotation> ask(Window owner, long micros, ZoneId zone) {
    ButtonType add = new ButtonType(Texts.get("note.add"), ButtonBar.ButtonData.OK_DONE);
    Dialog<ButtonType> dialog = new Dialog<>();
    dialog.initOwner(owner);
    dialog.setTitle(Texts.get("note.title"));
    dialog.getDialogPane().setId("note-dialog");
    TextField text = new TextField();
    text.setId("note-text");
    text.setPrefColumnCount(30);
    Spinner<Integer> lasting = new Spinner<>(0, 86_400, 0, 10);
    lasting.setId("note-lasting");
    lasting.setEditable(true);
    GridPane form = new GridPane();
    form.setHgap(8);
    form.setVgap(8);
    form.addRow(0, new Label(Texts.get("note.at")),
        new Label(AT.format(EpochMicros.toInstant(micros).atZone(zone))));
    form.addRow(1, new Label(Texts.get("note.text")), text);
    form.addRow(2, new Label(Texts.get("note.lasting")), lasting);
    dialog.getDialogPane().setContent(form);
    dialog.getDialogPane().getButtonTypes().addAll(add, DialogButtons.cancel());
    Platform.runLater(text::requestFocus);
    Optional<ButtonType> answer = dialog.showAndWait();
    if (answer.isEmpty() || answer.get() != add || text.getText().isBlank()) {
      return Optional.empty();
    }
    int seconds = lasting.getValue() == null ? 0 : lasting.getValue();
    return Optional.of(new Layout.Annotation(micros,
        seconds > 0 ? micros + seconds * 1_000_000L : null, text.getText().strip()));
  }
}
