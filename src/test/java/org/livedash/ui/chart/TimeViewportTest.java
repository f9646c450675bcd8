package org.livedash.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class TimeViewportTest {
  private static final long S = 1_000_000L;
  private final TimeViewport v = new TimeViewport(Duration.ofSeconds(60));

  @Test
  void followsTheNewestDataByDefault() {
    assertThat(v.isLive()).isTrue();
    assertThat(v.end(1_000 * S)).isEqualTo(1_000 * S);
    assertThat(v.start(1_000 * S)).isEqualTo(940 * S);
    assertThat(v.end(1_010 * S)).isEqualTo(1_010 * S);
  }

  @Test
  void zoomKeepsTheTimeUnderTheCursorAndLeavesLive() {
    v.zoom(0.5, 0.5, 1_000 * S);
    assertThat(v.isLive()).isFalse();
    assertThat(v.windowMicros()).isEqualTo(30 * S);
    assertThat(v.start(1_000 * S)).isEqualTo(955 * S);
    assertThat(v.end(2_000 * S)).isEqualTo(985 * S);
  }

  @Test
  void panMovesAFrozenWindow() {
    v.pan(-10 * S, 1_000 * S);
    assertThat(v.end(1_100 * S)).isEqualTo(990 * S);
    v.pan(-5 * S, 1_100 * S);
    assertThat(v.end(1_100 * S)).isEqualTo(985 * S);
  }

  @Test
  void boxZoomShowsExactlyTheBox() {
    v.zoomTo(970 * S, 950 * S);
    assertThat(v.start(0)).isEqualTo(950 * S);
    assertThat(v.end(0)).isEqualTo(970 * S);
  }

  @Test
  void pauseFreezesAndBackToLiveCatchesUp() {
    v.pause(1_000 * S);
    assertThat(v.isPaused()).isTrue();
    assertThat(v.end(1_050 * S)).isEqualTo(1_000 * S);
    v.backToLive();
    assertThat(v.isPaused()).isFalse();
    assertThat(v.end(1_050 * S)).isEqualTo(1_050 * S);
  }

  @Test
  void backToLiveRestoresTheChosenWindowAfterAZoom() {
    v.setWindow(java.time.Duration.ofMinutes(5));
    v.zoom(0.5, 1, 1_000 * S);
    assertThat(v.windowMicros()).isEqualTo(150 * S);
    v.backToLive();
    assertThat(v.isLive()).isTrue();
    assertThat(v.windowMicros()).isEqualTo(300 * S);
  }

  @Test
  void zoomStaysWithinASecondAndADay() {
    for (int i = 0; i < 50; i++) {
      v.zoom(0.5, 1, 1_000 * S);
    }
    assertThat(v.windowMicros()).isEqualTo(TimeViewport.MIN_WINDOW_MICROS);
    for (int i = 0; i < 50; i++) {
      v.zoom(2, 1, 1_000 * S);
    }
    assertThat(v.windowMicros()).isEqualTo(TimeViewport.MAX_WINDOW_MICROS);
  }
}
