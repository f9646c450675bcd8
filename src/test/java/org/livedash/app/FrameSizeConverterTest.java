package org.livedash.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

class FrameSizeConverterTest {
  private final FrameSizeConverter converter = new FrameSizeConverter();

  @ParameterizedTest
  @CsvSource({"16MiB,16777216", "512KiB,524288", "8m,8388608", "64 kb,65536",
      "1048576,1048576", "64MiB,67108864"})
  void readsBytesKibibytesAndMebibytes(String text, int bytes) {
    assertThat(converter.convert(text)).isEqualTo(bytes);
  }

  @ParameterizedTest
  @ValueSource(strings = {"65535", "65MiB", "2GiB", "-1MiB", "8 megs", ""})
  void refusesSizesOutOfRangeOrNotSizes(String text) {
    assertThatThrownBy(() -> converter.convert(text))
        .isInstanceOf(CommandLine.TypeConversionException.class)
        .hasMessageContaining("between 64KiB and 64MiB");
  }
}
