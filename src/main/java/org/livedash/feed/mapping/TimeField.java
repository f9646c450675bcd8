package org.livedash.feed.mapping;

import org.livedash.model.InvalidInputException;
import org.livedash.model.Reason;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** A message's time in one unit, turned into epoch microseconds. */
enum TimeField {
  SECONDS(1_000_000L),
  MILLIS(1_000L),
  MICROS(1L),
  NANOS(-1_000L),
  ISO(0);

  /** Not a time: counted by the caller. */
  static final long NONE = Long.MIN_VALUE;

  /** Microseconds per unit; negative: units per microsecond. */
  private final long scale;

  TimeField(long scale) {
    this.scale = scale;
  }

  static TimeField of(String unit) {
    return switch (unit == null ? "" : unit.toLowerCase(Locale.ROOT)) {
      case "s" -> SECONDS;
      case "ms" -> MILLIS;
      case "us", "µs" -> MICROS;
      case "ns" -> NANOS;
      case "iso" -> ISO;
      default -> throw new InvalidInputException(Reason.of("rule.timeUnit", unit));
    };
  }

  /** The time in epoch microseconds, or {@link #NONE}. */
  long micros(JsonNode node) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return NONE;
    }
    if (this == ISO) {
      return node.isTextual() ? iso(node.textValue()) : NONE;
    }
    if (node.isIntegralNumber() && node.canConvertToLong()) {
      return scaled(node.longValue());
    }
    if (node.isNumber() || node.isTextual()) {
      // Fractions ("1700000000.123456" s) are exact in decimal, not in a double.
      String text = node.isTextual() ? node.textValue().strip() : node.asText();
      if (Double.isNaN(JsonNumbers.parse(text))) {
        return NONE;
      }
      try {
        BigDecimal micros = new BigDecimal(text);
        micros = scale > 0 ? micros.movePointRight(digits(scale))
            : micros.movePointLeft(digits(-scale));
        return micros.setScale(0, java.math.RoundingMode.FLOOR).longValueExact();
      } catch (ArithmeticException | NumberFormatException e) {
        return NONE;
      }
    }
    return NONE;
  }

  private long scaled(long v) {
    if (scale > 0) {
      return Math.abs(v) > Long.MAX_VALUE / scale ? NONE : v * scale;
    }
    return Math.floorDiv(v, -scale);
  }

  private static int digits(long powerOfTen) {
    return (int) Math.round(Math.log10(powerOfTen));
  }

  private static long iso(String text) {
    try {
      Instant at;
      try {
        at = OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
      } catch (DateTimeParseException withoutZone) {
        at = LocalDateTime.parse(text, DateTimeFormatter.ISO_LOCAL_DATE_TIME)
            .toInstant(ZoneOffset.UTC);
      }
      return Math.addExact(Math.multiplyExact(at.getEpochSecond(), 1_000_000L),
          at.getNano() / 1_000L);
    } catch (DateTimeParseException | ArithmeticException e) {
      return NONE;
    }
  }
}
