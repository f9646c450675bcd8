package org.livedash.cli;

import org.livedash.i18n.Texts;
import org.livedash.model.FeedMode;
import picocli.CommandLine;

/** Reads {@code ws}, {@code poll} or {@code longpoll}. */
final class ModeConverter implements CommandLine.ITypeConverter<FeedMode> {
  @Override
  public FeedMode convert(String value) {
    for (FeedMode m : FeedMode.values()) {
      if (m.key().equalsIgnoreCase(value.trim())) {
        return m;
      }
    }
    throw new CommandLine.TypeConversionException(Texts.get("cli.notMode", value));
  }
}
