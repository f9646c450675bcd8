package org.livedash.record;

import java.nio.file.Path;

/**
 * How one run's recording is named across files: past its chunk limit, {@code feed.mcap} goes on
 * in {@code feed-2.mcap}, then {@code feed-3.mcap}, each file whole.
 */
final class RunFiles {
  private RunFiles() {}

  /**
   * Whether {@code next} goes on with the run {@code file} recorded: {@code feed.mcap} is
   * followed by {@code feed-2.mcap}, {@code feed-2.mcap} by {@code feed-3.mcap}.
   */
  static boolean continues(Path file, Path next) {
    String name = file.getFileName().toString();
    String following = next.getFileName().toString();
    String stem = name.endsWith(".mcap") ? name.substring(0, name.length() - 5) : name;
    if (following.equals(sibling(file, 2).getFileName().toString())) {
      return true;
    }
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("(.*)-(\\d+)").matcher(stem);
    return m.matches() && following.equals(m.group(1) + "-" + (Long.parseLong(m.group(2)) + 1)
        + ".mcap");
  }

  /** The file after {@code first}: {@code feed.mcap}, then {@code feed-2.mcap}, … */
  static Path sibling(Path first, int n) {
    String name = first.getFileName().toString();
    int dot = name.endsWith(".mcap") ? name.length() - 5 : name.length();
    return first.resolveSibling(name.substring(0, dot) + "-" + n + name.substring(dot));
  }
}
