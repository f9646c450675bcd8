package org.livedash.server.mqtt;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RetainedSeenTest {
  private final RetainedSeen seen = new RetainedSeen();

  private boolean isNew(String payload, boolean retained) {
    return seen.isNew("t", payload.getBytes(StandardCharsets.UTF_8), retained);
  }

  @Test
  void aRetainedMessageSentAgainOnResubscribingIsNoNewReading() {
    assertThat(isNew("70.5", true)).isTrue();
    assertThat(isNew("71.0", false)).isTrue();
    assertThat(isNew("70.5", true)).as("the old retained one, again").isFalse();
  }

  @Test
  void aDeviceThatRetainsEveryReadingIsNotReadTwice() {
    assertThat(isNew("1", false)).isTrue();
    assertThat(isNew("2", false)).isTrue();
    assertThat(isNew("2", true)).as("its last reading, retained by the broker").isFalse();
  }

  @Test
  void aRetainedReadingPublishedWhileAwayIsNews() {
    assertThat(isNew("1", true)).isTrue();
    assertThat(isNew("2", false)).isTrue();
    assertThat(isNew("3", true)).isTrue();
    assertThat(isNew("2", false)).as("live readings always count").isTrue();
  }
}
