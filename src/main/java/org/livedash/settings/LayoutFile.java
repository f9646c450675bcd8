package org.livedash.settings;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Set;
import org.livedash.model.InvalidInputException;
import org.livedash.model.Layout;
import org.livedash.model.PaneTree;
import org.livedash.model.Reason;

/**
 * A layout as a JSON file (docs/layout.schema.json): written atomically, read with one line
 * for what is wrong in it. Fields it does not know are passed over, so a layout written by a
 * newer minor version still opens; a newer format is refused.
 */
public final class LayoutFile {
  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(SerializationFeature.INDENT_OUTPUT)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
  private static final Set<String> CHARTS = Set.of("sensors", "markets");
  private static final Set<String> STYLES = Set.of("line", "candles");
  private static final Set<String> SCALES = Set.of("values", "percent");
  private static final Set<String> AXES = Set.of("unit", "right", "own", "percent");
  private static final Set<String> KINDS = Set.of(Layout.Chart.TIME, Layout.Chart.TABLE,
      Layout.Chart.NUMBER);

  private LayoutFile() {}

  /**
   * The layout in {@code file}.
   *
   * @throws InvalidInputException with one line: no such file, not JSON, not a layout, a
   *     newer format, a chart, style or pane kind not known, panes arranged in no way known
   */
  public static Layout read(Path file) {
    Layout layout;
    try {
      layout = JSON.readValue(Files.readAllBytes(file), Layout.class);
    } catch (NoSuchFileException e) {
      throw new InvalidInputException(Reason.of("layout.noFile", file));
    } catch (JsonProcessingException e) {
      throw new InvalidInputException(Reason.of("layout.notJson", file,
          e.getOriginalMessage()));
    } catch (IOException e) {
      throw new InvalidInputException(Reason.of("layout.unreadable", file, Reason.why(e)));
    }
    if (layout == null || !Layout.KIND.equals(layout.livedash())) {
      throw new InvalidInputException(Reason.of("layout.notLayout", file));
    }
    if (layout.version() != null && layout.version() > Layout.VERSION) {
      throw new InvalidInputException(Reason.of("layout.newer", file, layout.version(),
          Layout.VERSION));
    }
    for (Layout.Chart c : layout.charts()) {
      if (!paneId(c.chart()) || c.style() != null && !STYLES.contains(c.style())
          || c.scale() != null && !SCALES.contains(c.scale())
          || c.kind() != null && !KINDS.contains(c.kind())
          || !AXES.containsAll(c.axes().values())) {
        throw new InvalidInputException(Reason.of("layout.badChart", file, c.chart(),
            c.style(), c.scale()));
      }
    }
    for (Layout.Derived d : layout.derived()) {
      if (d.chart() != null && !CHARTS.contains(d.chart())) {
        throw new InvalidInputException(Reason.of("layout.badChart", file, d.chart(), null,
            null));
      }
    }
    if (layout.panes() != null && !arranged(layout.panes())) {
      throw new InvalidInputException(Reason.of("layout.badPanes", file));
    }
    return layout;
  }

  /** A pane's id: a word the window can name its controls by, never a feed's series. */
  private static boolean paneId(String id) {
    return id != null && id.matches("[A-Za-z0-9_-]{1,40}");
  }

  private static boolean arranged(PaneTree tree) {
    if (tree.leaf()) {
      return paneId(tree.pane());
    }
    return (PaneTree.ROWS.equals(tree.split()) || PaneTree.COLUMNS.equals(tree.split()))
        && !tree.panes().isEmpty() && tree.panes().stream().allMatch(LayoutFile::arranged);
  }

  /** Writes {@code layout} to {@code file} atomically: the old file or the new, never a part. */
  public static void write(Path file, Layout layout) throws IOException {
    AtomicFile.write(file, JSON.writeValueAsBytes(layout));
  }
}
