package org.livedash.ui;

import org.livedash.i18n.Texts;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.livedash.model.StatsSnapshot;
import org.livedash.ui.chart.Formats;

/**
 * One column of the stats panel: a mode's figures as display strings, one read-only property per
 * row, so the panel binds labels once and the view model only sets text.
 */
public final class StatsColumn {
  /** The rows of the panel, in display order, with their labels. */
  public enum Row {
    UPDATES_PER_SECOND("stats.row.updatespersecond"),
    LATENCY_P50("stats.row.latencyp50"),
    LATENCY_P99("stats.row.latencyp99"),
    LATENCY_MAX("stats.row.latencymax"),
    DRAWN_P50("stats.row.drawnp50"),
    BYTES_PER_SECOND("stats.row.bytespersecond"),
    BYTES_PER_UPDATE("stats.row.bytesperupdate"),
    BYTES_BY("stats.row.bytesby"),
    /** The server's reports of its counts: left out of the figures, yet on the wire. */
    REPORTS("stats.row.reports"),
    REQUESTS_PER_SECOND("stats.row.requestspersecond"),
    EMPTY_POLLS("stats.row.emptypolls"),
    REJECTED("stats.row.rejected"),
    /** Readings put in place though late, and readings set aside as stamped ahead of now. */
    LATE_AHEAD("stats.row.lateahead"),
    GAPS("stats.row.gaps"),
    DUPLICATES("stats.row.duplicates"),
    FROM_HISTORY("stats.row.fromhistory"),
    /** What the history loaded on connecting weighed: traffic, left out of the rates above. */
    HISTORY_BYTES("stats.row.historybytes"),
    TIME("stats.row.time");

    /** The row's text in the bundles. */
    private final String label;

    Row(String label) {
      this.label = label;
    }

    public String label() {
      return Texts.get(label);
    }
  }

  private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("–");
  private final ReadOnlyStringWrapper[] cells = new ReadOnlyStringWrapper[Row.values().length];

  StatsColumn() {
    for (int i = 0; i < cells.length; i++) {
      cells[i] = new ReadOnlyStringWrapper("–");
    }
  }

  public ReadOnlyStringProperty titleProperty() {
    return title.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty cell(Row row) {
    return cells[row.ordinal()].getReadOnlyProperty();
  }

  /**
   * Shows a segment's figures.
   *
   * @param rate the updates per second to show: over the last seconds for the current segment,
   *     the average over its time for a past one
   * @param bytesRate the bytes received per second, taken the same way: so the current one
   *     falls to 0 in an outage, and a history loaded on connecting weighs for seconds only
   */
  void show(String heading, StatsSnapshot s, double rate, double bytesRate) {
    title.set(heading);
    set(Row.UPDATES_PER_SECOND, Formats.rate(rate));
    set(Row.LATENCY_P50, Formats.millis(s.latencyP50Ms()));
    set(Row.LATENCY_P99, Formats.millis(s.latencyP99Ms()));
    set(Row.LATENCY_MAX, Formats.millis(s.latencyMaxMs()));
    set(Row.DRAWN_P50, Formats.millis(s.drawnP50Ms()));
    set(Row.BYTES_PER_SECOND, Formats.bytes(bytesRate));
    set(Row.BYTES_PER_UPDATE, Formats.bytes(s.bytesPerUpdate()));
    // The server's counts when it is a LiveDash server, else the client's estimate: say which,
    // and what the server's reports cost on top, left out of the counts by design.
    set(Row.BYTES_BY, Double.isNaN(s.bytesPerUpdate()) ? "–"
        : Texts.get(s.bytesCounted() ? "bytes.counted" : "bytes.estimated"));
    set(Row.REPORTS, s.bytesCounted() && s.wire().reportsIn() > 0
        ? "+" + Formats.percent(s.wire().reportsShare()) : "–");
    set(Row.REQUESTS_PER_SECOND, Formats.rate(s.requestsPerSecond()));
    set(Row.EMPTY_POLLS, Formats.count(s.emptyPolls()));
    set(Row.REJECTED, Formats.count(s.rejected()));
    set(Row.LATE_AHEAD, Formats.count(s.late()) + " / " + Formats.count(s.quarantined()));
    set(Row.GAPS, Formats.count(s.gaps()));
    set(Row.DUPLICATES, Formats.count(s.duplicates()));
    set(Row.FROM_HISTORY, Formats.count(s.caughtUp()));
    set(Row.HISTORY_BYTES, Formats.bytes(s.historyBytesIn()));
    set(Row.TIME, Formats.duration(s.activeSeconds()));
  }

  void clear(String heading) {
    title.set(heading);
    for (ReadOnlyStringWrapper c : cells) {
      c.set("–");
    }
  }

  private void set(Row row, String text) {
    cells[row.ordinal()].set(text);
  }
}
