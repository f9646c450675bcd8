package org.livedash.record;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.livedash.model.EpochMicros;

/**
 * Any time range of a recording as CSV, whatever the window holds: one row a reading — its time
 * (ISO-8601 UTC to the microsecond), series, value, volume and the feed's number — in the order
 * recorded (another tool's JSON channels too, a row for each number of a message), streamed,
 * so a day of a fast feed needs no more memory than a minute of it.
 */
public final class RecordingCsv {
  private static final ObjectMapper JSON = new ObjectMapper();

  private RecordingCsv() {}

  /**
   * Writes the readings of {@code recording} stamped from {@code from} (inclusive) to {@code to}
   * (exclusive; either null for no bound), of {@code series} (empty: all), to {@code out};
   * returns how many.
   */
  public static long write(InputStream recording, Instant from, Instant to, Set<String> series,
      Writer out) throws IOException {
    return write(List.of(() -> recording), from, to, series, out);
  }

  /** A recording's file, opened when its turn comes. */
  @FunctionalInterface
  public interface Source {
    InputStream open() throws IOException;
  }

  /**
   * As {@link #write(InputStream, Instant, Instant, Set, Writer)}, over {@code recordings} one
   * after the other (a run's files), in one CSV with one header.
   */
  public static long write(List<Source> recordings, Instant from, Instant to,
      Set<String> series, Writer out) throws IOException {
    long fromMicros = from == null ? Long.MIN_VALUE : EpochMicros.of(from);
    long toMicros = to == null ? Long.MAX_VALUE : EpochMicros.of(to);
    CsvSchema schema = CsvSchema.builder().addColumn("time").addColumn("series")
        .addColumn("value").addColumn("volume").addColumn("seq").build().withHeader();
    long rows = 0;
    try (SequenceWriter csv = CsvMapper.builder()
        .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build()
        .writer(schema).writeValues(out)) {
      for (Source source : recordings) {
        try (McapReader reader = new McapReader(new BufferedInputStream(source.open(),
            1 << 16))) {
          rows += rows(reader, fromMicros, toMicros, series, csv);
        }
      }
    }
    return rows;
  }

  private static long rows(McapReader reader, long fromMicros, long toMicros, Set<String> series,
      SequenceWriter csv) throws IOException {
    long rows = 0;
    for (McapReader.Message m = reader.next(); m != null; m = reader.next()) {
      if (!m.channel().schemaName().equals("livedash.Reading")) {
        if (!m.channel().schemaName().startsWith("livedash.")
            && m.channel().messageEncoding().equals("json")) {
          rows += foreign(m, fromMicros, toMicros, series, csv);
        }
        continue;
      }
      String id = m.channel().seriesId();
      if (!series.isEmpty() && !series.contains(id)) {
        continue;
      }
      JsonNode r = JSON.readTree(m.data());
      long t = r.path("t").asLong(m.publishTimeNanos() / 1000);
      if (t < fromMicros || t >= toMicros) {
        continue;
      }
      csv.write(new Object[] {EpochMicros.iso(t), id,
          r.path("value").isNumber() ? r.get("value").asDouble() : "",
          r.path("volume").isNumber() ? r.get("volume").asDouble() : "",
          r.path("seq").asLong(-1)});
      rows++;
    }
    return rows;
  }

  /** Another tool's JSON message: a row for each of its numbers, named {@code topic:path}. */
  private static int foreign(McapReader.Message m, long fromMicros, long toMicros,
      Set<String> series, SequenceWriter csv) throws IOException {
    long t = m.timeMicros();
    if (t < fromMicros || t >= toMicros) {
      return 0;
    }
    String time = EpochMicros.iso(t);
    List<Object[]> rows = new ArrayList<>();
    JsonNumbers.ofMessage(m, (id, v) -> {
      if (series.isEmpty() || series.contains(id)) {
        rows.add(new Object[] {time, id, v, "", m.sequence()});
      }
    });
    for (Object[] row : rows) {
      csv.write(row);
    }
    return rows.size();
  }
}
