package org.livedash.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Dimension2D;
import org.junit.jupiter.api.Test;

class WindowSizeTest {
  @Test
  void aLargeScreenGetsTheDefaultSize() {
    assertThat(WindowSize.initial(2560, 1400)).isEqualTo(new Dimension2D(1480, 940));
    assertThat(WindowSize.maximise(2560, 1400)).isFalse();
  }

  @Test
  void aLaptopScreenIsUsedWhole() {
    assertThat(WindowSize.initial(1366, 740)).isEqualTo(new Dimension2D(1366, 740));
    assertThat(WindowSize.maximise(1366, 740)).isTrue();
  }

  @Test
  void neverSmallerThanTheLayoutIsMadeForUnlessTheScreenIs() {
    assertThat(WindowSize.initial(800, 600)).isEqualTo(new Dimension2D(800, 600));
    assertThat(WindowSize.initial(1024, 700).getWidth()).isEqualTo(1024);
  }

  @Test
  void aDialogFitsTheScreenItOpensOn() {
    assertThat(WindowSize.dialog(1060, 700, 1920, 1080)).isEqualTo(new Dimension2D(1060, 700));
    assertThat(WindowSize.dialog(1060, 700, 1024, 600)).isEqualTo(new Dimension2D(976, 552));
  }
}
