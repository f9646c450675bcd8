package org.livedash.ui;

import java.util.function.Supplier;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.stage.Window;
import org.livedash.i18n.Texts;
import org.livedash.model.Reason;

/**
 * The window's settings: whether every feed is recorded and how much of the recordings is kept,
 * and whether alerts can reach the desktop here (and if not, why: another system, no session
 * bus), so a person learns it before an alert is missed rather than after.
 */
final class SettingsDialog {
  /** Bounds a person may set: an hour to a year, a tenth of a gigabyte to ten terabytes. */
  private static final double MOST_HOURS = 24 * 366;
  private static final double MOST_GIGABYTES = 10_000;

  private SettingsDialog() {}

  /** Shows the dialog; what is saved goes to {@code preferences}. */
  static void show(Window owner, Preferences preferences, Supplier<Reason> desktopProblem) {
    Preferences.Recording now = preferences.recording();
    ButtonType saveType = new ButtonType(Texts.get("settings.save"),
        ButtonBar.ButtonData.OK_DONE);
    Dialog<ButtonType> dialog = new Dialog<>();
    dialog.initOwner(owner);
    dialog.setTitle(Texts.get("settings.title"));
    dialog.getDialogPane().setId("settings-dialog");
    CheckBox record = new CheckBox(Texts.get("settings.record"));
    record.setId("settings-record");
    record.setSelected(now.enabled());
    Spinner<Double> hours = spinner("settings-keep-hours", 1, MOST_HOURS, now.keepHours(), 24);
    Spinner<Double> gigabytes = spinner("settings-keep-gigabytes", 0.1, MOST_GIGABYTES,
        now.keepGigabytes(), 1);
    HBox keep = new HBox(6, hours, new Label(Texts.get("settings.hours")), gigabytes,
        new Label(Texts.get("settings.gigabytes")));
    keep.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
    Reason problem = desktopProblem.get();
    Label desktop = note(problem == null ? Texts.get("settings.notificationsShown")
        : capitalised(Texts.of(problem)));
    desktop.setId("settings-notifications");
    GridPane form = new GridPane();
    form.setHgap(8);
    form.setVgap(8);
    form.add(heading(Texts.get("settings.recording")), 0, 0, 2, 1);
    form.add(record, 0, 1, 2, 1);
    Label keepLabel = new Label(Texts.get("settings.keep"));
    // Never cut: "Guardar como mucho" is longer than the column's other labels.
    keepLabel.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
    form.addRow(2, keepLabel, keep);
    form.add(note(Texts.get("settings.keepNote")), 1, 3);
    form.addRow(4, new Label(Texts.get("settings.folder")),
        note(preferences.recordingsFolder()));
    form.add(note(Texts.get("settings.nextStart")), 0, 5, 2, 1);
    form.add(heading(Texts.get("settings.notifications")), 0, 6, 2, 1);
    form.add(desktop, 0, 7, 2, 1);
    dialog.getDialogPane().setContent(form);
    dialog.getDialogPane().getButtonTypes().addAll(saveType, DialogButtons.cancel());
    Button save = (Button) dialog.getDialogPane().lookupButton(saveType);
    save.setId("settings-save");
    Label error = new Label();
    error.setId("settings-error");
    error.getStyleClass().add("danger-text");
    form.add(error, 0, 8, 2, 1);
    save.addEventFilter(ActionEvent.ACTION, e -> {
      try {
        // What was typed and not yet taken by the field (no Enter pressed) counts too.
        hours.commitValue();
        gigabytes.commitValue();
      } catch (RuntimeException notANumber) {
        error.setText(Texts.get("settings.notANumber"));
        e.consume();
      }
    });
    dialog.showAndWait().filter(saveType::equals).ifPresent(b -> preferences.keep(
        new Preferences.Recording(record.isSelected(), hours.getValue(), gigabytes.getValue())));
  }

  private static Spinner<Double> spinner(String id, double least, double most, double value,
      double step) {
    Spinner<Double> s = new Spinner<>(least, most, Math.max(least, Math.min(most, value)), step);
    s.setId(id);
    s.setEditable(true);
    s.setPrefWidth(110);
    return s;
  }

  /** A reason, which begins as a line of the log does, as a sentence of the dialog. */
  private static String capitalised(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  private static Label heading(String text) {
    Label l = new Label(text);
    l.getStyleClass().add("title-4");
    return l;
  }

  private static Label note(String text) {
    Label l = new Label(text);
    l.getStyleClass().add("muted");
    l.setWrapText(true);
    l.setMaxWidth(440);
    return l;
  }
}
