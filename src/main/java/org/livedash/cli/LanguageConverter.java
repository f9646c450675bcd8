package org.livedash.cli;

import org.livedash.i18n.Texts;
import picocli.CommandLine;

/** {@code --lang}: en or es. */
final class LanguageConverter implements CommandLine.ITypeConverter<java.util.Locale> {
  @Override
  public java.util.Locale convert(String value) {
    try {
      return org.livedash.i18n.Texts.parse(value);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.TypeConversionException(Texts.message(e));
    }
  }
}
