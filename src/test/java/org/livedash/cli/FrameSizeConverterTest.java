package org.livedash.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

class FrameSizeConverterTest {
  private final FrameSizeConverter converter = new FrameSizeConverter();

  @ParameterizedTest
  @CsvSource({"16MiB,16777216", "1024KiB,1048576", "8m,8388608", "2048 kb,2097152",
      "1048576,1048576", "64MiB,67108864"})
  void readsBytesKibibytesAndMebibytes(String text, int bytes) {
    assertThat(converter.convert(text)).isEqualTo(bytes);
  }

  @ParameterizedTest
  @ValueSource(strings = {"65535", "512KiB", "1048575", "65MiB", "2GiB", "-1MiB", "8 megs",
      ""})
  void refusesSizesOutOfRangeOrNotSizes(String text) {
    assertThatThrownBy(() -> converter.convert(text))
        .isInstanceOf(CommandLine.TypeConversionException.class)
        .hasMessageContaining("between 1MiB (servers send frames up to that size) and 64MiB");
  }
}
