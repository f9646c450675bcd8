package org.livedash.report;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.livedash.i18n.Texts;

/**
 * What a report was measured on, written at its head so a file read a week later still says
 * it: when, which feed, how long each mode ran, and the settings (the feed's rate, the poll
 * intervals).
 *
 * @param at when the measurement ended
 * @param feed the feed, as the window or command line named it
 * @param settings the run's settings in one line (rate, modes), or empty
 */
public record ReportHeader(ZonedDateTime at, String feed, String settings) {
  /** The header's lines in the user's language; each mode's duration comes with its row. */
  String markdown() {
    String when = at.format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
        .withLocale(Texts.locale()));
    StringBuilder sb = new StringBuilder();
    sb.append(Texts.get("report.header.measured", when, at.getZone().getId(), feed))
        .append("\n");
    if (!settings.isBlank()) {
      sb.append("\n").append(Texts.get("report.header.settings", settings)).append("\n");
    }
    return sb.toString();
  }
}
