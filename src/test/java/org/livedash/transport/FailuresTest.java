package org.livedash.transport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ConnectException;
import java.nio.channels.ClosedChannelException;
import org.junit.jupiter.api.Test;

class FailuresTest {

  @Test
  void namesCommonNetworkFailuresInPlainWords() {
    assertThat(Failures.rootMessage(new IOException(new ConnectException())))
        .isEqualTo("connection refused");
    assertThat(Failures.rootMessage(new IOException(new ClosedChannelException())))
        .isEqualTo("connection closed");
  }

  @Test
  void otherwiseUsesTheDeepestMessage() {
    assertThat(Failures.rootMessage(new RuntimeException("outer", new IOException("inner"))))
        .isEqualTo("inner");
    assertThat(Failures.rootMessage(new IllegalStateException()))
        .isEqualTo("IllegalStateException");
  }
}
