package org.livedash.ui;

import org.livedash.i18n.Texts;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import javafx.beans.property.StringProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.livedash.model.AlarmWatch;
import org.livedash.model.EpochMicros;
import org.livedash.model.SeriesMeta;
import org.livedash.model.StoreView;
import org.livedash.ui.chart.Formats;
import org.livedash.ui.chart.SeriesDecimals;

/**
 * The bottom line of the window: the connection's detail, the last problem, a notice (an alarm,
 * a saved file) and what the feed is. Every part may be cut on a narrow window, so each carries
 * its whole text as a tooltip.
 */
final class StatusLine extends HBox {
  private static final DateTimeFormatter ALARM_TIME =
      DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT);
  private AlarmWatch.Alarm shownAlarm;
  private boolean shownStale;
  private final Label notice = new Label();

  StatusLine(DashboardViewModel vm) {
    Label detail = label("status-detail", "muted");
    detail.textProperty().bind(vm.statusDetailProperty());
    Label problem = label("problem-text", "problem");
    problem.textProperty().bind(vm.problemProperty());
    notice.setId("notice-text");
    notice.getStyleClass().add("muted");
    withTooltip(notice);
    Label feed = label("feed-description", "muted");
    feed.textProperty().bind(vm.feedDescriptionProperty());
    feed.setMinWidth(Region.USE_PREF_SIZE);
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    getChildren().addAll(detail, problem, notice, spacer, feed);
    getStyleClass().add("status-bar");
    setSpacing(16);
    setAlignment(Pos.CENTER_LEFT);
  }

  /** The notice's text: alarms and saved files are shown here. */
  StringProperty noticeText() {
    return notice.textProperty();
  }

  /** Styles the notice: an alarm that is on, one that is past, or plain information. */
  void styleNotice(String kind) {
    notice.getStyleClass().removeAll("alarm-notice", "past-notice");
    if (kind != null) {
      notice.getStyleClass().add(kind);
    }
  }

  private static Label label(String id, String style) {
    Label l = new Label();
    l.setId(id);
    l.getStyleClass().add(style);
    withTooltip(l);
    return l;
  }

  /** The whole text on hover, for when the label is cut. */
  static void withTooltip(Label label) {
    label.setTextOverrun(OverrunStyle.ELLIPSIS);
    label.setMinWidth(0);
    Tooltip tip = new Tooltip();
    tip.textProperty().bind(label.textProperty());
    label.setTooltip(tip);
  }

  /**
   * Puts the newest alarm in the status line: in red while it lasts, then marked as past with
   * when it ended and how far it went. A saved-file notice stays until a new alarm comes.
   */
  void showAlarm(StoreView r, boolean stale, SeriesDecimals decimals, ZoneId zone) {
    AlarmWatch.Alarm alarm = r.latestAlarm();
    if (alarm == null && shownAlarm != null) {
      // Another feed: the old one's alarms are not this one's.
      shownAlarm = null;
      notice.textProperty().set("");
      styleNotice(null);
      return;
    }
    if (alarm == null || alarm.equals(shownAlarm) && stale == shownStale) {
      return;
    }
    shownAlarm = alarm;
    shownStale = stale;
    SeriesMeta m = alarm.meta();
    int index = r.indexOf(m.id());
    int d = index < 0 ? 2 : decimals.of(m, r.ring(index));
    String start = ALARM_TIME.format(EpochMicros.toInstant(alarm.startMicros()).atZone(zone));
    String end = alarm.isOn() ? ""
        : ALARM_TIME.format(EpochMicros.toInstant(alarm.endedMicros()).atZone(zone));
    if (alarm.rule().kind() != org.livedash.model.AlertRule.Kind.LEVELS) {
      // A rule of the user's: said with the rule, its value and peak only when it has them.
      String rule = Texts.of(alarm.rule().describe(m.unit()));
      String value = Double.isFinite(alarm.value())
          ? Formats.value(alarm.value(), d) + m.unitSuffix() : "";
      String peak = Double.isFinite(alarm.peak())
          ? Formats.value(alarm.peak(), d) + m.unitSuffix() : "";
      notice.textProperty().set(alarm.isOn()
          ? Texts.get(value.isEmpty() ? "alert.on.noValue" : "alert.on", m.name(), rule, start,
              value)
          : Texts.get(peak.isEmpty() ? "alert.past.noValue" : "alert.past", m.name(), rule,
              start, end, peak));
      // A feed gone quiet leaves a rule's state unknown, but a silence is what it watches.
      boolean silence = alarm.rule().kind() == org.livedash.model.AlertRule.Kind.SILENCE;
      styleNotice(alarm.isOn() && (!stale || silence) ? "alarm-notice" : "past-notice");
    } else if (alarm.isOn()) {
      // With no data coming, whether the alarm still stands is unknown: say so.
      notice.textProperty().set(Texts.get(stale ? "alarm.on.silent" : "alarm.on", m.name(),
          start, Formats.value(alarm.value(), d), m.unit()));
      styleNotice(stale ? "past-notice" : "alarm-notice");
    } else {
      notice.textProperty().set(Texts.get("alarm.past", m.name(), start, end,
          Formats.value(alarm.peak(), d), m.unit()));
      styleNotice("past-notice");
    }
  }
}
