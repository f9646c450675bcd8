package org.livedash.ui;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.livedash.feed.profile.Profile;
import org.livedash.feed.profile.ResolvedProfile;

/**
 * Chooses what to watch: a recent connection, a preset (the demo feed, public exchanges), a
 * saved profile, or a pasted LiveDash server address; shows what it is, the venue's limits and
 * any warning, asks for the symbols and for any secret the profile needs (kept for this run
 * only, never saved), and connects. Profiles are made and changed in the {@link ProfileEditor},
 * and imported or exported as JSON files.
 */
final class ConnectDialog {
  static final ButtonType CONNECT = new ButtonType("Connect", ButtonBar.ButtonData.OK_DONE);

  private ConnectDialog() {}

  /** One choice in the list: where it comes from, and the profile. */
  record Choice(String source, Profile profile) {}

  static void show(Window owner, ProfileShelf shelf, DashboardViewModel vm, Executor background) {
    Dialog<ButtonType> dialog = new Dialog<>();
    dialog.initOwner(owner);
    dialog.setTitle("Connect");
    dialog.setHeaderText("Choose a feed to watch");
    dialog.getDialogPane().setId("connect-dialog");
    dialog.setResizable(true);

    ListView<Choice> list = new ListView<>();
    list.setId("profile-list");
    list.setCellFactory(v -> new ListCell<>() {
      @Override
      protected void updateItem(Choice c, boolean empty) {
        super.updateItem(c, empty);
        setText(empty || c == null ? null : c.profile().name() + "  ·  " + c.source());
      }
    });
    refill(list, shelf);
    list.setPrefWidth(330);

    Label title = new Label();
    title.getStyleClass().add("title-4");
    Label description = new Label();
    description.setWrapText(true);
    Label address = new Label();
    address.setId("connect-address");
    address.getStyleClass().add("muted");
    address.setWrapText(true);
    TextField symbols = new TextField();
    symbols.setId("connect-symbols");
    symbols.setPromptText("BTCUSDT, ETHUSDT");
    Label warnings = new Label();
    warnings.setId("connect-warnings");
    warnings.setWrapText(true);
    warnings.getStyleClass().add("warning-text");
    Label error = new Label();
    error.setId("connect-error");
    error.setWrapText(true);
    error.getStyleClass().add("danger-text");
    GridPane secrets = new GridPane();
    secrets.setHgap(8);
    secrets.setVgap(6);
    Map<String, PasswordField> secretFields = new LinkedHashMap<>();
    TextField pasted = new TextField();
    pasted.setId("connect-url");
    pasted.setPromptText("or a LiveDash server: ws://host:port/feed");

    Runnable describe = () -> {
      Choice c = list.getSelectionModel().getSelectedItem();
      secrets.getChildren().clear();
      secretFields.clear();
      error.setText("");
      if (c == null) {
        return;
      }
      Profile p = c.profile();
      title.setText(p.name());
      description.setText(p.description() == null ? "" : p.description());
      symbols.setText(String.join(", ", p.symbols()));
      symbols.setDisable(p.symbols().isEmpty());
      address.setText(p.isEmbeddedDemo() ? "On this computer" : shown(p));
      int row = 0;
      for (String name : p.secretNames()) {
        PasswordField f = new PasswordField();
        f.setId("secret-" + name);
        f.setPromptText(vm.hasSecret(name) ? "known for this run" : "needed, not saved");
        secretFields.put(name, f);
        secrets.addRow(row++, new Label("Secret '" + name + "'"), f);
      }
      warnings.setText(warningsOf(p, parse(symbols.getText()).size()));
    };
    list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> describe.run());
    symbols.textProperty().addListener((o, a, b) -> {
      Choice c = list.getSelectionModel().getSelectedItem();
      if (c != null) {
        warnings.setText(warningsOf(c.profile(), parse(b).size()));
      }
    });
    list.getSelectionModel().selectFirst();

    Button edit = new Button("Edit…");
    edit.setId("connect-edit");
    Button create = new Button("New profile…");
    create.setId("connect-new");
    Button importFile = new Button("Import…");
    Button exportFile = new Button("Export…");
    Button delete = new Button("Delete");
    delete.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(() -> {
      Choice c = list.getSelectionModel().getSelectedItem();
      return c == null || !c.source().equals("saved");
    }, list.getSelectionModel().selectedItemProperty()));
    Runnable[] close = new Runnable[1];
    java.util.function.Consumer<Profile> editAndMaybeConnect = start -> {
      ProfileEditorModel model = new ProfileEditorModel(start, () ->
          System.currentTimeMillis() * 1000);
      var tally = vm.mappingTally();
      String captured = tally == null ? "" : String.join("\n", tally.lastUnmatched());
      ProfileEditor.show(owner, model, captured, background).ifPresent(out -> {
        try {
          shelf.save(out.profile());
        } catch (IOException ex) {
          error.setText("could not save the profile: " + ex.getMessage());
          return;
        }
        refill(list, shelf);
        select(list, out.profile());
        if (out.connect() && connect(vm, shelf, out.profile(), Map.of(), error)) {
          close[0].run();
        }
      });
    };
    edit.setOnAction(e -> {
      Choice c = list.getSelectionModel().getSelectedItem();
      if (c != null && !c.profile().isLiveDash()) {
        editAndMaybeConnect.accept(c.profile());
      }
    });
    create.setOnAction(e -> editAndMaybeConnect.accept(null));
    importFile.setOnAction(e -> {
      FileChooser chooser = new FileChooser();
      chooser.setTitle("Import a profile");
      chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Profile", "*.json"));
      File f = chooser.showOpenDialog(owner);
      if (f != null) {
        try {
          Profile p = Profile.read(f.toPath());
          shelf.save(p);
          refill(list, shelf);
          select(list, p);
        } catch (IllegalArgumentException | IOException ex) {
          error.setText(ex.getMessage());
        }
      }
    });
    exportFile.setOnAction(e -> {
      Choice c = list.getSelectionModel().getSelectedItem();
      if (c == null) {
        return;
      }
      FileChooser chooser = new FileChooser();
      chooser.setTitle("Export the profile");
      chooser.setInitialFileName(c.profile().name().replaceAll("[^A-Za-z0-9]+", "-") + ".json");
      File f = chooser.showSaveDialog(owner);
      if (f != null) {
        try {
          Files.writeString(f.toPath(), c.profile().toJson());
        } catch (IOException ex) {
          error.setText("could not write " + f + ": " + ex.getMessage());
        }
      }
    });
    delete.setOnAction(e -> {
      Choice c = list.getSelectionModel().getSelectedItem();
      try {
        shelf.delete(c.profile());
        refill(list, shelf);
        list.getSelectionModel().selectFirst();
      } catch (IOException ex) {
        error.setText("could not delete: " + ex.getMessage());
      }
    });

    GridPane form = new GridPane();
    form.setHgap(8);
    form.setVgap(6);
    form.addRow(0, new Label("Symbols"), symbols);
    GridPane.setHgrow(symbols, Priority.ALWAYS);
    VBox details = new VBox(8, title, description, address, form, secrets, warnings, error);
    details.setPrefWidth(460);
    HBox.setHgrow(details, Priority.ALWAYS);
    VBox left = new VBox(8, list, new HBox(6, edit, create), new HBox(6, importFile,
        exportFile, delete));
    VBox.setVgrow(list, Priority.ALWAYS);
    VBox content = new VBox(10, new HBox(14, left, details), pasted);
    content.setPadding(new Insets(4));
    if (!shelf.problems().isEmpty()) {
      error.setText(String.join("\n", shelf.problems()));
    }
    dialog.getDialogPane().setContent(content);
    dialog.getDialogPane().getButtonTypes().addAll(CONNECT, ButtonType.CANCEL);
    dialog.getDialogPane().setPrefSize(860, 520);
    close[0] = () -> {
      dialog.setResult(ButtonType.CANCEL);
      dialog.close();
    };
    Button go = (Button) dialog.getDialogPane().lookupButton(CONNECT);
    go.setId("dialog-connect");
    go.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
      if (!pasted.getText().isBlank()) {
        if (!connect(vm, shelf, Profile.liveDash(pasted.getText().strip(),
            pasted.getText().strip()), Map.of(), error)) {
          e.consume();
        }
        return;
      }
      Choice c = list.getSelectionModel().getSelectedItem();
      if (c == null) {
        error.setText("choose a feed, or paste an address");
        e.consume();
        return;
      }
      Profile p = c.profile().symbols().isEmpty() ? c.profile()
          : c.profile().withSymbols(parse(symbols.getText()));
      Map<String, String> given = new LinkedHashMap<>();
      secretFields.forEach((name, f) -> {
        if (!f.getText().isEmpty()) {
          given.put(name, f.getText());
        }
      });
      if (!connect(vm, shelf, p, given, error)) {
        e.consume();
      }
    });
    dialog.showAndWait();
  }

  /** Connects and remembers the connection; false, with the reason shown, when it cannot. */
  private static boolean connect(DashboardViewModel vm, ProfileShelf shelf, Profile p,
      Map<String, String> secrets, Label error) {
    try {
      vm.connect(p, secrets);
      shelf.remember(p);
      return true;
    } catch (IllegalArgumentException ex) {
      error.setText(ex.getMessage());
      return false;
    }
  }

  private static void refill(ListView<Choice> list, ProfileShelf shelf) {
    List<Choice> all = new ArrayList<>();
    shelf.recent().forEach(p -> all.add(new Choice("recent", p)));
    shelf.presets().forEach(p -> all.add(new Choice("preset", p)));
    shelf.saved().forEach(p -> all.add(new Choice("saved", p)));
    list.getItems().setAll(all);
  }

  private static void select(ListView<Choice> list, Profile p) {
    list.getItems().stream().filter(c -> c.source().equals("saved")
        && c.profile().name().equals(p.name())).findFirst()
        .ifPresent(c -> list.getSelectionModel().select(c));
  }

  static List<String> parse(String symbols) {
    return Arrays.stream(symbols.split("[,\\s]+")).map(String::strip).filter(s -> !s.isEmpty())
        .toList();
  }

  private static String shown(Profile p) {
    try {
      return p.isLiveDash() ? p.url() : ResolvedProfile.of(p, n -> ResolvedProfile.MASK)
          .shownUrl();
    } catch (IllegalArgumentException e) {
      return p.url();
    }
  }

  private static String warningsOf(Profile p, int symbols) {
    return p.limits() == null ? "" : String.join("\n",
        p.limits().warnings(p.name(), symbols));
  }
}
