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

  @Test
  void aNameThatDoesNotResolveIsSaidSoEvenInsideAConnectException() {
    java.net.ConnectException wrapped = new java.net.ConnectException();
    wrapped.initCause(new java.nio.channels.UnresolvedAddressException());
    assertThat(Failures.rootMessage(new IOException(wrapped)))
        .startsWith("unknown host").contains("could not be resolved");
    assertThat(Failures.rootMessage(new IOException(new java.net.UnknownHostException("nowhere"))))
        .isEqualTo("unknown host nowhere (the name could not be resolved)");
  }
}
