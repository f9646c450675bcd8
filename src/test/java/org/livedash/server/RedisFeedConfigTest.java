package org.livedash.server;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A Redis address refused says why in one line, and never shows a password it was given. */
class RedisFeedConfigTest {
  @ParameterizedTest
  @ValueSource(strings = {"http://admin:hunter2@cache.example:6379",
      "rediss//:hunter2@cache.example:6379", "redis://admin:hunter2@cache.example:6379",
      "tcp://:hunter2@cache.example"})
  void aRefusedAddressNeverShowsItsPassword(String address) {
    assertThatThrownBy(() -> new RedisFeedConfig(URI.create(address), "plant", null, 3_000))
        .isInstanceOf(IllegalArgumentException.class)
        .message().doesNotContain("hunter2").doesNotContain("\n");
  }

  @Test
  void aFeedNameOutsideTheAllowedLettersIsRefused() {
    assertThatThrownBy(() -> new RedisFeedConfig(URI.create("redis://h:1"), "a b", null, 3_000))
        .hasMessageContaining("--feed");
  }
}
