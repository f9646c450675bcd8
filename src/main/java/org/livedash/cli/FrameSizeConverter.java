package org.livedash.cli;

import org.livedash.i18n.Texts;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.livedash.feed.FeedCodec;
import picocli.CommandLine;

/**
 * Reads {@code --max-frame-size}: a size in bytes, KiB or MiB ({@code 16MiB}, {@code 512KiB},
 * {@code 8m}, {@code 1048576}), between 1 MiB — a server may send frames that large, and a
 * client that refused them would ask for the same backlog for ever — and the most the decoder
 * allows. One clear line for anything else.
 */
final class FrameSizeConverter implements CommandLine.ITypeConverter<Integer> {
  static final int MIN_BYTES = FeedCodec.SERVER_FRAME_BYTES;
  private static final Pattern SIZE =
      Pattern.compile("(\\d{1,9})\\s*(|b|k|kb|kib|m|mb|mib)", Pattern.CASE_INSENSITIVE);

  @Override
  public Integer convert(String value) {
    Matcher m = SIZE.matcher(value.trim());
    if (m.matches()) {
      long bytes = Long.parseLong(m.group(1)) * switch (m.group(2).toLowerCase(Locale.ROOT)) {
        case "k", "kb", "kib" -> 1024L;
        case "m", "mb", "mib" -> 1024L * 1024;
        default -> 1L;
      };
      if (bytes >= MIN_BYTES && bytes <= FeedCodec.MAX_FRAME_CHARS) {
        return (int) bytes;
      }
    }
    throw new CommandLine.TypeConversionException(Texts.get("cli.frameSize", value,
        FeedCodec.MAX_FRAME_CHARS / (1024 * 1024)));
  }
}
