package org.livedash.ui;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.livedash.feed.profile.Profile;
import org.livedash.i18n.Texts;

/**
 * Adds a feed beside the ones shown: a LiveDash server's address typed, the demo, or a profile
 * (a preset or one saved) picked by name. The dialog stays open until the feed has started, and
 * says in one line why one could not.
 */
final class AddFeedDialog {
  private AddFeedDialog() {}

  /**
   * Shows the dialog over {@code owner}; the feed chosen is added to {@code feeds}. The profiles
   * offered are read on {@code reads} (the saved ones are files).
   */
  static void show(Window owner, FeedList feeds, ProfileShelf shelf,
      java.util.concurrent.Executor reads) {
    ButtonType addType = new ButtonType(Texts.get("feeds.addButton"),
        ButtonBar.ButtonData.OK_DONE);
    Dialog<ButtonType> dialog = new Dialog<>();
    dialog.initOwner(owner);
    dialog.setTitle(Texts.get("feeds.addTitle"));
    dialog.getDialogPane().setId("add-feed-dialog");
    ComboBox<String> what = new ComboBox<>();
    what.setId("add-feed-what");
    what.setEditable(true);
    what.setPrefWidth(420);
    what.setPromptText(Texts.get("feeds.addPrompt"));
    what.getItems().setAll(List.of("demo"));
    reads.execute(() -> {
      List<String> names = choices(shelf);
      Platform.runLater(() -> what.getItems().setAll(names));
    });
    Label problem = new Label();
    problem.setId("add-feed-problem");
    problem.getStyleClass().add("muted");
    problem.setWrapText(true);
    problem.setMaxWidth(420);
    Label about = new Label(Texts.get("feeds.addWhat"));
    about.setWrapText(true);
    about.setMaxWidth(420);
    about.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
    VBox content = new VBox(8, about, what, problem);
    dialog.getDialogPane().setContent(content);
    dialog.getDialogPane().getButtonTypes().addAll(addType, ButtonType.CANCEL);
    Node add = dialog.getDialogPane().lookupButton(addType);
    add.addEventFilter(ActionEvent.ACTION, e -> {
      // Closed only once the feed has started; a reason stays in the dialog.
      e.consume();
      String text = what.getEditor().getText();
      if (text == null || text.isBlank()) {
        problem.getStyleClass().setAll("label", "danger-text");
        problem.setText(Texts.get("feeds.addNothing"));
        return;
      }
      add.setDisable(true);
      problem.getStyleClass().setAll("label", "muted");
      problem.setText(Texts.get("feeds.adding", text.strip()));
      feeds.add(text.strip()).whenComplete((feed, failure) -> Platform.runLater(() -> {
        add.setDisable(false);
        if (failure == null) {
          dialog.close();
        } else {
          Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
          problem.getStyleClass().setAll("label", "danger-text");
          problem.setText(Texts.message(cause));
        }
      }));
    });
    dialog.show();
    Platform.runLater(what::requestFocus);
  }

  /** The demo, then every preset and saved profile by name, each once. */
  private static List<String> choices(ProfileShelf shelf) {
    Set<String> names = new LinkedHashSet<>(List.of("demo"));
    if (shelf != null) {
      for (Profile p : shelf.presets()) {
        names.add(p.name());
      }
      for (Profile p : shelf.saved()) {
        names.add(p.name());
      }
    }
    return new ArrayList<>(names);
  }
}
