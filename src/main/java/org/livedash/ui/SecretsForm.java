package org.livedash.ui;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import org.livedash.feed.profile.Profile;
import org.livedash.i18n.Texts;

/**
 * Asks for a profile's secrets in the connect dialog: a password field for each (an API key, a
 * broker's password), says which are known already (asked this run, or in the system keyring,
 * looked up off the JavaFX thread), and offers to keep new ones in the keyring — never in a
 * file.
 */
final class SecretsForm extends GridPane {
  private final FeedControl control;
  private final Map<String, PasswordField> fields = new LinkedHashMap<>();
  private final CheckBox keep = new CheckBox(Texts.get("connect.keep"));
  private Profile shown;

  SecretsForm(FeedControl control) {
    this.control = control;
    setHgap(8);
    setVgap(6);
    keep.setId("connect-keep-secrets");
  }

  /** Asks for {@code p}'s secrets (none for null). */
  void show(Profile p) {
    shown = p;
    getChildren().clear();
    fields.clear();
    keep.setSelected(false);
    keep.setVisible(false);
    keep.setManaged(false);
    if (p == null || p.secretNames().isEmpty()) {
      return;
    }
    int row = 0;
    for (String name : p.secretNames()) {
      PasswordField f = new PasswordField();
      f.setId("secret-" + name);
      f.setPromptText(Texts.get(control.hasSecret(p, name) ? "connect.knownRun"
          : "connect.needed"));
      fields.put(name, f);
      addRow(row++, new Label(Texts.get("connect.secret", name)), f);
    }
    add(keep, 1, row);
    // The keyring may take a moment (or ask to be unlocked): never on the JavaFX thread.
    control.recall(p).thenAccept(known -> javafx.application.Platform.runLater(() -> {
      if (shown != p) {
        return;
      }
      known.names().forEach(n -> {
        PasswordField f = fields.get(n);
        if (f != null) {
          f.setPromptText(Texts.get("connect.knownBlank"));
          f.setTooltip(new Tooltip(Texts.get("connect.found")));
        }
      });
      keep.setVisible(known.keyring());
      keep.setManaged(known.keyring());
    }));
  }

  /** The secrets typed in, by name. */
  Map<String, String> given() {
    Map<String, String> given = new LinkedHashMap<>();
    fields.forEach((name, f) -> {
      if (!f.getText().isEmpty()) {
        given.put(name, f.getText());
      }
    });
    return given;
  }

  /** Keeps what was typed in the keyring, when asked to. */
  void keepIfAsked(Profile p, Map<String, String> given) {
    if (keep.isSelected() && !given.isEmpty()) {
      control.keep(p, given);
    }
  }
}
