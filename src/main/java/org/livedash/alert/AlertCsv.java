package org.livedash.alert;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.livedash.model.AlarmWatch;
import org.livedash.model.EpochMicros;

/**
 * The alert log as CSV: one row an alert — when it began and cleared (ISO-8601 UTC to the
 * microsecond; cleared empty while on, or the end of its run when it was still on then), series,
 * rule (in English), value, peak, unit, whether its run ended before it cleared, and whether it
 * was acknowledged — oldest first.
 */
public final class AlertCsv {

  private AlertCsv() {}

  /** Writes {@code entries} to {@code out}. */
  public static void write(List<AlertLog.Entry> entries, Writer out) throws IOException {
    CsvSchema schema = CsvSchema.builder().addColumn("start").addColumn("series")
        .addColumn("name").addColumn("rule").addColumn("value").addColumn("peak")
        .addColumn("unit").addColumn("cleared").addColumn("run_ended").addColumn("acknowledged")
        .build().withHeader();
    try (SequenceWriter csv = CsvMapper.builder()
        .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build()
        .writer(schema).writeValues(out)) {
      for (AlertLog.Entry e : entries) {
        AlarmWatch.Alarm a = e.alert();
        csv.write(new Object[] {EpochMicros.iso(a.startMicros()), a.meta().id(), a.meta().name(),
            a.rule().describe(a.meta().unit()).english(), number(a.value()), number(a.peak()),
            a.meta().unit(), a.isOn() ? "" : EpochMicros.iso(a.endedMicros()), e.runEnded(),
            e.acknowledged()});
      }
    }
  }

  private static Object number(double v) {
    return Double.isFinite(v) ? v : "";
  }
}
