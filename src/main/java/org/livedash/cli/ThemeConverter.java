package org.livedash.cli;

import org.livedash.client.LaunchOptions;
import org.livedash.i18n.Texts;
import picocli.CommandLine;

/** Reads {@code light} or {@code dark}. */
final class ThemeConverter implements CommandLine.ITypeConverter<LaunchOptions.Theme> {
  @Override
  public LaunchOptions.Theme convert(String value) {
    try {
      return LaunchOptions.Theme.valueOf(value.trim().toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new CommandLine.TypeConversionException(Texts.get("cli.notTheme", value));
    }
  }
}
