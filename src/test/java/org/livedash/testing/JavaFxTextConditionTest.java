package org.livedash.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JavaFxTextConditionTest {

  @Test
  void onlyLinuxNeedsPangoAndAnyDirectoryOfTheLoaderMayHoldIt(@TempDir Path dir)
      throws Exception {
    assertThat(JavaFxTextCondition.reason("Mac OS X", List.of(), null, () -> false)).isNull();
    assertThat(JavaFxTextCondition.reason("Windows 11", List.of(), null, () -> false))
        .isNull();
    Files.createFile(dir.resolve(JavaFxTextCondition.PANGO));
    assertThat(JavaFxTextCondition.reason("Linux", List.of(dir.toString()), null,
        () -> false)).isNull();
    assertThat(JavaFxTextCondition.reason("Linux", List.of(), "/nowhere:" + dir, () -> false))
        .isNull();
    assertThat(JavaFxTextCondition.reason("Linux", List.of(), null, () -> true)).isNull();
  }

  @Test
  void withoutPangoTheReasonSaysWhatToInstall() {
    assertThat(JavaFxTextCondition.reason("Linux", List.of("/nowhere"), null, () -> false))
        .contains(JavaFxTextCondition.PANGO).contains("libgtk-3-0");
  }
}
