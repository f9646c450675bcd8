package org.livedash.ui;

import org.livedash.i18n.Texts;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.livedash.feed.profile.FeedLimits;
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
  /** Made with the dialog, in the language in use then. */
  private final ButtonType cancelType = DialogButtons.cancel();
  private final ButtonType connectType = new ButtonType(Texts.get("bar.connect"),
      ButtonBar.ButtonData.OK_DONE);

  /** One choice in the list: where it comes from, and the profile. */
  record Choice(String source, Profile profile) {}

  private final Window owner;
  private final ProfileShelf shelf;
  private final DashboardViewModel vm;
  private final Executor background;
  private final Dialog<ButtonType> dialog = new Dialog<>();
  private final ListView<Choice> list = new ListView<>();
  private final Label title = new Label();
  private final Label description = new Label();
  private final Label address = new Label();
  private final TextField symbols = new TextField();
  private final Label warnings = new Label();
  private final Label facts = new Label();
  private final Label error = new Label();
  private final SecretsForm secrets;
  private final TextField pasted = new TextField();
  /** What the details show: the choice, or a broker pasted. */
  private Profile described;
  private final GridPane symbolsRow = new GridPane();

  private ConnectDialog(Window owner, ProfileShelf shelf, DashboardViewModel vm,
      Executor background) {
    this.owner = owner;
    this.shelf = shelf;
    this.vm = vm;
    this.secrets = new SecretsForm(vm.control());
    this.background = background;
  }

  static void show(Window owner, ProfileShelf shelf, DashboardViewModel vm, Executor background) {
    new ConnectDialog(owner, shelf, vm, background).open();
  }

  /** Opens the dialog with the profile editor on {@code url}, no LiveDash feed: {@code why}. */
  static void showEditing(Window owner, ProfileShelf shelf, DashboardViewModel vm,
      Executor background, String url, String why) {
    ConnectDialog d = new ConnectDialog(owner, shelf, vm, background);
    d.pasted.setText(url);
    d.error.setText(why);
    d.dialog.setOnShown(e -> Platform.runLater(() -> d.edit(null, url, why)));
    d.open();
  }

  private void open() {
    dialog.initOwner(owner);
    dialog.setTitle(Texts.get("bar.connect"));
    dialog.setHeaderText(Texts.get("connect.header"));
    dialog.getDialogPane().setId("connect-dialog");
    dialog.setResizable(true);
    list.setId("profile-list");
    list.setCellFactory(v -> new ChoiceCell());
    list.setPrefWidth(300);
    list.setMinWidth(260);
    list.getSelectionModel().selectedItemProperty().addListener((o, a, b) ->
        describe(b == null ? null : b.profile()));
    symbols.textProperty().addListener((o, a, b) -> showWarnings());
    onShelf(() -> { }, () -> list.getSelectionModel().selectFirst());
    dialog.getDialogPane().setContent(content());
    dialog.getDialogPane().getButtonTypes().addAll(connectType, cancelType);
    WindowSize.fitDialog(dialog.getDialogPane(), 880, 540, 120);
    Button go = (Button) dialog.getDialogPane().lookupButton(connectType);
    go.setId("dialog-connect");
    go.addEventFilter(ActionEvent.ACTION, e -> {
      if (!connectChosen()) {
        e.consume();
      }
    });
    dialog.showAndWait();
  }

  private VBox content() {
    title.getStyleClass().add("title-4");
    description.setWrapText(true);
    address.setId("connect-address");
    address.getStyleClass().add("muted");
    address.setWrapText(true);
    symbols.setId("connect-symbols");
    symbols.setPromptText("BTCUSDT, ETHUSDT");
    warnings.setId("connect-warnings");
    warnings.setWrapText(true);
    warnings.getStyleClass().add("warning-text");
    facts.setId("connect-limits");
    facts.setWrapText(true);
    facts.getStyleClass().add("muted");
    error.setId("connect-error");
    error.setWrapText(true);
    error.getStyleClass().add("danger-text");
    pasted.setId("connect-url");
    pasted.setPromptText(Texts.get("connect.pastePrompt"));
    // A broker pasted is described as a choice is: its user's password is asked for here.
    pasted.textProperty().addListener((o, a, text) -> {
      if (isBroker(text.strip())) {
        list.getSelectionModel().clearSelection();
        describe(Profile.mqtt(text.strip()));
      } else if (described != null && described.isMqtt()) {
        describe(null);
      }
    });
    symbolsRow.setHgap(8);
    symbolsRow.addRow(0, new Label(Texts.get("connect.symbols")), symbols);
    GridPane.setHgrow(symbols, Priority.ALWAYS);
    VBox details = new VBox(8, title, description, address, symbolsRow, secrets, facts,
        warnings, error);
    details.setPrefWidth(460);
    HBox.setHgrow(details, Priority.ALWAYS);
    VBox left = new VBox(8, list, actions());
    VBox.setVgrow(list, Priority.ALWAYS);
    VBox content = new VBox(10, new HBox(14, left, details), pasted);
    content.setPadding(new Insets(4));
    return content;
  }

  private VBox actions() {
    Button edit = button("connect-edit", Texts.get("connect.edit"), () -> {
      Choice c = chosen();
      if (c != null && !c.profile().isLiveDash()) {
        edit(c.profile());
      }
    });
    Button create = button("connect-new", Texts.get("connect.new"), () -> edit(null));
    Button importFile = button("connect-import", Texts.get("connect.import"), this::importProfile);
    Button exportFile = button("connect-export", Texts.get("connect.export"), this::exportProfile);
    Button delete = button("connect-delete", Texts.get("connect.delete"), this::deleteProfile);
    delete.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
        () -> chosen() == null || !chosen().source().equals("saved"),
        list.getSelectionModel().selectedItemProperty()));
    return new VBox(6, new HBox(6, edit, create), new HBox(6, importFile, exportFile, delete));
  }

  private static Button button(String id, String text, Runnable action) {
    Button b = new Button(text);
    b.setId(id);
    b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
    b.setOnAction(e -> action.run());
    return b;
  }

  private static boolean isBroker(String text) {
    return text.toLowerCase(java.util.Locale.ROOT).matches("(?s)mqtts?://.*");
  }

  private Choice chosen() {
    return list.getSelectionModel().getSelectedItem();
  }

  /** Shows what {@code p} is, and asks for its secrets; a pasted broker's too. */
  private void describe(Profile p) {
    described = p;
    secrets.show(p);
    error.setText("");
    if (p == null) {
      return;
    }
    title.setText(p.name());
    description.setText(p.isMqtt() ? Texts.get("connect.broker")
        : p.description() == null ? "" : p.description());
    symbols.setText(String.join(", ", p.symbols()));
    symbolsRow.setVisible(!p.symbols().isEmpty());
    symbolsRow.setManaged(!p.symbols().isEmpty());
    address.setText(p.isEmbeddedDemo() ? Texts.get("connect.here") : shown(p));
    showWarnings();
  }

  private void showWarnings() {
    Choice c = chosen();
    FeedLimits limits = c == null ? null : c.profile().limits();
    warnings.setText(limits == null ? ""
        : Texts.lines(limits.warnings(parse(symbols.getText()).size())));
    facts.setText(limits == null ? "" : Texts.lines(limits.facts()));
  }

  /** Connects with what is chosen; false, with the reason shown, when it cannot. */
  private boolean connectChosen() {
    String url = pasted.getText().strip();
    Choice c = chosen();
    if (url.isEmpty() && c == null) {
      error.setText(Texts.get("connect.choose"));
      return false;
    }
    if (!url.isEmpty() && !isBroker(url)) {
      checkThenConnect(url);
      return false; // closed once it is known what the address speaks
    }
    Profile p = !url.isEmpty() ? Profile.mqtt(url) : c.profile().symbols().isEmpty() ? c.profile()
        : c.profile().withSymbols(parse(symbols.getText()));
    Map<String, String> given = secrets.given();
    if (!connect(p, given)) {
      return false;
    }
    secrets.keepIfAsked(p, given);
    return true;
  }

  /**
   * An address pasted: a LiveDash server is connected to; a feed of its own shape opens the
   * profile editor on it, saying why, to be sampled and mapped rather than retried for ever.
   */
  private void checkThenConnect(String url) {
    javafx.scene.Node go = dialog.getDialogPane().lookupButton(connectType);
    go.setDisable(true);
    error.setText("");
    vm.control().notLiveDash(url).whenComplete((why, failed) -> Platform.runLater(() -> {
      go.setDisable(false);
      if (why == null) {
        if (connect(Profile.liveDash(url, url), Map.of())) {
          dialog.setResult(cancelType);
          dialog.close();
        }
      } else {
        error.setText(Texts.of(why));
        edit(null, url, error.getText());
      }
    }));
  }

  private boolean connect(Profile p, Map<String, String> given) {
    try {
      vm.connect(p, given);
      background.execute(() -> shelf.remember(p));
      return true;
    } catch (IllegalArgumentException ex) {
      error.setText(Texts.message(ex));
      return false;
    }
  }

  private void edit(Profile start) {
    edit(start, null, null);
  }

  /** Edits {@code start} (null: a new one), at {@code url} if given, {@code why} said atop. */
  private void edit(Profile start, String url, String why) {
    ProfileEditorModel model = new ProfileEditorModel(start,
        () -> System.currentTimeMillis() * 1000);
    var tally = vm.mappingTally();
    String captured = tally == null || url != null ? ""
        : String.join("\n", tally.lastUnmatched());
    if (url != null) {
      model.urlProperty().set(url);
    }
    ProfileEditor.show(owner, model, why, captured, background, vm.control()::sample)
        .ifPresent(this::keep);
  }

  /** Saves what the editor made, and connects with it if asked. */
  private void keep(ProfileEditor.Outcome out) {
    onShelf(() -> shelf.save(out.profile()), () -> {
      select(out.profile());
      if (out.connect() && connect(out.profile(), Map.of())) {
        dialog.setResult(cancelType);
        dialog.close();
      }
    });
  }

  private void importProfile() {
    File f = ProfileFiles.toImport(owner);
    if (f == null) {
      return;
    }
    Profile[] read = new Profile[1];
    onShelf(() -> {
      read[0] = Profile.read(f.toPath());
      shelf.save(read[0]);
    }, () -> select(read[0]));
  }

  private void exportProfile() {
    Choice c = chosen();
    if (c == null) {
      return;
    }
    File f = ProfileFiles.toExport(owner, c.profile());
    if (f != null) {
      onShelf(() -> Files.writeString(f.toPath(), c.profile().toJson()), () -> { });
    }
  }

  private void deleteProfile() {
    Profile p = chosen().profile();
    onShelf(() -> shelf.delete(p), () -> list.getSelectionModel().selectFirst());
  }

  /** Work on the profiles' files, which may throw. */
  @FunctionalInterface
  private interface ShelfWork {
    void run() throws IOException;
  }

  /**
   * Does {@code work} on the profiles' files and reads the lists again, off the JavaFX thread;
   * then shows them and runs {@code then}, or says in one line what went wrong.
   */
  private void onShelf(ShelfWork work, Runnable then) {
    CompletableFuture.supplyAsync(() -> {
      try {
        work.run();
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      return choices();
    }, background).whenComplete((all, e) -> Platform.runLater(() -> {
      if (e != null) {
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        error.setText(cause instanceof java.io.UncheckedIOException u
            ? u.getCause().getMessage() : cause.getMessage());
        return;
      }
      list.getItems().setAll(all);
      then.run();
      if (!shelf.problems().isEmpty()) {
        error.setText(String.join("\n", shelf.problems()));
      }
    }));
  }

  private List<Choice> choices() {
    List<Choice> all = new ArrayList<>();
    List<Profile> recent = shelf.recent();
    recent.forEach(p -> all.add(new Choice("recent", p)));
    // A preset used as it is, already at the top among the recent ones, is not listed twice.
    Set<String> used = new HashSet<>();
    recent.forEach(p -> used.add(p.toJson()));
    shelf.presets().stream().filter(p -> !used.contains(p.toJson()))
        .forEach(p -> all.add(new Choice("preset", p)));
    shelf.saved().forEach(p -> all.add(new Choice("saved", p)));
    return all;
  }

  private void select(Profile p) {
    list.getItems().stream().filter(c -> c.source().equals("saved")
        && c.profile().name().equals(p.name())).findFirst()
        .ifPresent(c -> list.getSelectionModel().select(c));
  }

  static List<String> parse(String text) {
    return Arrays.stream(text.split("[,\\s]+")).map(String::strip).filter(s -> !s.isEmpty())
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
}
