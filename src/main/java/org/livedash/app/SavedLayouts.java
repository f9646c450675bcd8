package org.livedash.app;

import java.io.IOException;
import java.nio.file.Path;
import org.livedash.model.Layout;
import org.livedash.settings.LayoutFile;
import org.livedash.ui.LayoutFiles;

/** The window's layouts as files: the settings' {@link LayoutFile} behind the UI's port. */
final class SavedLayouts implements LayoutFiles {
  @Override
  public void write(Path file, Layout layout) throws IOException {
    LayoutFile.write(file, layout);
  }

  @Override
  public Layout read(Path file) {
    return LayoutFile.read(file);
  }
}
