package org.livedash.ui;

import java.io.IOException;
import java.nio.file.Path;
import org.livedash.model.Layout;

/** Where layouts are written and read: the UI's port, the settings' layout file behind it. */
public interface LayoutFiles {
  void write(Path file, Layout layout) throws IOException;

  /**
   * The layout in {@code file}.
   *
   * @throws org.livedash.model.InvalidInputException with one line when it cannot be used
   */
  Layout read(Path file);
}
