package org.livedash.alert;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.livedash.model.AlarmWatch;
import org.livedash.model.AlertRule;
import org.livedash.model.EpochMicros;
import org.livedash.model.InvalidInputException;
import org.livedash.model.Reason;
import org.livedash.model.SeriesKind;
import org.livedash.model.SeriesMeta;

/**
 * An alert as JSON, one form for every reader: a line of {@code --alerts-out}, the input of an
 * {@code --on-alert} command, an event in a recording. {@code state} is {@code raised} or
 * {@code cleared}; times are µs since the epoch ({@code startMicros}, {@code endedMicros}) and
 * ISO-8601 in UTC ({@code start}, {@code ended}); a value that is not a number is null.
 */
public final class AlertJson {
  private static final ObjectMapper JSON = new ObjectMapper()
      .setSerializationInclusion(JsonInclude.Include.NON_NULL);

  private AlertJson() {}

  /** {@code alert} as a JSON object. */
  public static ObjectNode of(AlarmWatch.Alarm alert) {
    ObjectNode o = JSON.createObjectNode();
    o.put("state", alert.isOn() ? "raised" : "cleared");
    o.put("series", alert.meta().id());
    o.put("name", alert.meta().name());
    o.put("unit", alert.meta().unit());
    o.set("rule", JSON.valueToTree(alert.rule()));
    o.put("description", alert.rule().describe(alert.meta().unit()).english());
    o.put("startMicros", alert.startMicros());
    o.put("start", EpochMicros.toInstant(alert.startMicros()).toString());
    number(o, "value", alert.value());
    number(o, "peak", alert.peak());
    if (!alert.isOn()) {
      o.put("endedMicros", alert.endedMicros());
      o.put("ended", EpochMicros.toInstant(alert.endedMicros()).toString());
    }
    return o;
  }

  /** {@code alert} as one line of JSON, without its line end. */
  public static String line(AlarmWatch.Alarm alert) {
    return of(alert).toString();
  }

  /**
   * An alert read back from its JSON ({@link #of}), as a recording kept it.
   *
   * @throws InvalidInputException when it is not one
   */
  public static AlarmWatch.Alarm read(JsonNode node) {
    String id = node.path("series").asText("");
    if (id.isEmpty() || !node.path("startMicros").canConvertToLong()) {
      throw new InvalidInputException(Reason.of("alerts.notAnAlert"));
    }
    SeriesMeta meta = SeriesMeta.of(id, node.path("name").asText(id), node.path("unit").asText(""),
        SeriesKind.SENSOR, 0, 1);
    AlertRule rule = JSON.convertValue(node.path("rule"), AlertRule.class);
    long ended = "cleared".equals(node.path("state").asText())
        ? node.path("endedMicros").asLong() : Long.MIN_VALUE;
    return new AlarmWatch.Alarm(meta, rule, node.get("startMicros").asLong(),
        number(node.path("value")), number(node.path("peak")), ended);
  }

  /** The acknowledgement of {@code entry}'s alert, as a recording keeps it. */
  public static ObjectNode acknowledged(AlertLog.Entry entry) {
    ObjectNode o = JSON.createObjectNode();
    o.put("series", entry.alert().meta().id());
    o.set("rule", JSON.valueToTree(entry.alert().rule()));
    o.put("startMicros", entry.alert().startMicros());
    return o;
  }

  /** Which alert an acknowledgement ({@link #acknowledged}) is of. */
  public static AlertLog.Key acknowledgedKey(JsonNode node) {
    return new AlertLog.Key(node.path("series").asText(),
        JSON.convertValue(node.path("rule"), AlertRule.class), node.path("startMicros").asLong());
  }

  private static double number(JsonNode n) {
    return n.isNumber() ? n.asDouble() : Double.NaN;
  }

  private static void number(ObjectNode o, String field, double v) {
    if (Double.isFinite(v)) {
      o.put(field, v);
    } else {
      o.putNull(field);
    }
  }
}
