package org.livedash.cli;

import java.time.Duration;
import org.livedash.i18n.Texts;
import picocli.CommandLine;

/**
 * Reads a duration option as people write one: {@code 500ms}, {@code 1s}, {@code 2.5s},
 * {@code 1m}, or a bare number of ms; anything else, or not above zero, in one line.
 */
final class DurationConverter implements CommandLine.ITypeConverter<Duration> {
  @Override
  public Duration convert(String value) {
    String v = value.trim().toLowerCase(java.util.Locale.ROOT);
    double scale;
    String number;
    if (v.endsWith("ms")) {
      scale = 1;
      number = v.substring(0, v.length() - 2);
    } else if (v.endsWith("s")) {
      scale = 1000;
      number = v.substring(0, v.length() - 1);
    } else if (v.endsWith("m")) {
      scale = 60_000;
      number = v.substring(0, v.length() - 1);
    } else {
      scale = 1;
      number = v;
    }
    try {
      double ms = Double.parseDouble(number.trim()) * scale;
      if (!(ms > 0) || Double.isInfinite(ms)) {
        throw new CommandLine.TypeConversionException(Texts.get("cli.notPositiveTime", value));
      }
      return Duration.ofNanos(Math.round(ms * 1e6));
    } catch (NumberFormatException e) {
      throw new CommandLine.TypeConversionException(Texts.get("cli.notTime", value));
    }
  }
}
