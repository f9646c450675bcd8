package org.livedash.ui.chart;

import org.livedash.i18n.Texts;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;
import javax.imageio.ImageIO;
import org.livedash.model.EpochMicros;

/**
 * Writes what the user sees to files: a PNG of a chart or of the whole window, and a CSV of a
 * chart's visible range with one row per instant and one column per series. Runs off the JavaFX
 * thread; the image or data is captured on it first.
 */
public final class ChartExport {
  /** ISO-8601 with a numeric offset, to the microsecond: 2026-11-24T02:46:30.123456+01:00. */
  static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSxxx", Locale.ROOT);

  private ChartExport() {}

  public static void writePng(Image image, Path file) throws IOException {
    BufferedImage buffered = SwingFXUtils.fromFXImage(image, null);
    if (!ImageIO.write(buffered, "png", file.toFile())) {
      throw new IOException(Texts.get("chartPicture.noPng"));
    }
  }

  public static void writeCsv(VisibleData data, Path file, boolean carry) throws IOException {
    try (Writer out = Files.newBufferedWriter(file)) {
      writeCsv(data, out, carry);
    }
  }

  /**
   * Merges the series on their timestamps: each row is one instant at which at least one series
   * has a sample. The others are left empty there, or, with {@code carry}, repeat their last
   * value (empty until their first sample in the range).
   */
  public static void writeCsv(VisibleData data, Writer out, boolean carry) throws IOException {
    CsvSchema.Builder schema = CsvSchema.builder().addColumn("time");
    data.columns().forEach(schema::addColumn);
    CsvMapper mapper = CsvMapper.builder()
        .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build();
    int n = data.columns().size();
    int[] cursor = new int[n];
    DateTimeFormatter time = TIME.withZone(data.zone());
    try (SequenceWriter rows = mapper.writer(schema.build().withHeader()).writeValues(out)) {
      while (true) {
        long next = Long.MAX_VALUE;
        for (int s = 0; s < n; s++) {
          long[] t = data.times().get(s);
          if (cursor[s] < t.length) {
            next = Math.min(next, t[cursor[s]]);
          }
        }
        if (next == Long.MAX_VALUE) {
          return;
        }
        Object[] row = new Object[n + 1];
        row[0] = time.format(EpochMicros.toInstant(next));
        for (int s = 0; s < n; s++) {
          long[] t = data.times().get(s);
          if (cursor[s] < t.length && t[cursor[s]] == next) {
            row[s + 1] = data.values().get(s)[cursor[s]];
            cursor[s]++;
          } else {
            row[s + 1] = carry && cursor[s] > 0 ? data.values().get(s)[cursor[s] - 1] : "";
          }
        }
        rows.write(row);
      }
    }
  }
}
