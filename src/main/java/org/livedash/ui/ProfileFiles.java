package org.livedash.ui;

import java.io.File;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.livedash.feed.profile.Profile;
import org.livedash.i18n.Texts;

/** The file a person picks to import a profile from, or to export one to (JSON files). */
final class ProfileFiles {
  private ProfileFiles() {}

  /** The profile file to import, or null when none was picked. */
  static File toImport(Window owner) {
    FileChooser chooser = new FileChooser();
    chooser.setTitle(Texts.get("connect.importTitle"));
    chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
        Texts.get("connect.profile"), "*.json"));
    return chooser.showOpenDialog(owner);
  }

  /** The file to export {@code profile} to, named after it at first; null when none. */
  static File toExport(Window owner, Profile profile) {
    FileChooser chooser = new FileChooser();
    chooser.setTitle(Texts.get("connect.exportTitle"));
    chooser.setInitialFileName(profile.name().replaceAll("[^A-Za-z0-9]+", "-") + ".json");
    return chooser.showSaveDialog(owner);
  }
}
