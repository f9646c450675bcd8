package org.livedash.ui;

import java.io.IOException;
import java.util.List;
import org.livedash.feed.profile.Profile;

/**
 * Where the connect dialog finds profiles and keeps them: the presets LiveDash ships, the
 * user's own saved profiles, and the connections made lately. The application keeps them in
 * the platform's configuration directory; tests give their own.
 */
public interface ProfileShelf {
  List<Profile> presets();

  /** The user's saved profiles, by name. */
  List<Profile> saved();

  /** The connections made lately, the newest first. */
  List<Profile> recent();

  /** Saves a profile under its name, replacing one of the same name. */
  void save(Profile profile) throws IOException;

  /** Removes a saved profile. */
  void delete(Profile profile) throws IOException;

  /** Notes a connection made with this profile, at the top of the recent ones. */
  void remember(Profile profile);

  /**
   * The profile named {@code name}: the user's own saved one, else a preset; null when there is
   * none. Reads the saved files: off the JavaFX thread.
   */
  default Profile named(String name) {
    for (Profile p : saved()) {
      if (p.name().equals(name)) {
        return p;
      }
    }
    for (Profile p : presets()) {
      if (p.name().equals(name)) {
        return p;
      }
    }
    return null;
  }

  /** What could not be read (a broken file kept aside), in one line each. */
  default List<String> problems() {
    return List.of();
  }
}
