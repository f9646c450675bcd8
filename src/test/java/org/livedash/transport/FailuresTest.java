package org.livedash.transport;

import static org.assertj.core.api.Assertions.assertThat;

import org.livedash.i18n.Texts;
import java.io.IOException;
import java.net.ConnectException;
import java.nio.channels.ClosedChannelException;
import org.junit.jupiter.api.Test;

class FailuresTest {

  @Test
  void namesCommonNetworkFailuresInPlainWords() {
    assertThat(words(new IOException(new ConnectException())))
        .isEqualTo("connection refused");
    assertThat(words(new IOException(new ClosedChannelException())))
        .isEqualTo("connection closed");
  }

  @Test
  void otherwiseUsesTheDeepestMessage() {
    assertThat(words(new RuntimeException("outer", new IOException("inner"))))
        .isEqualTo("inner");
    assertThat(words(new IllegalStateException()))
        .isEqualTo("IllegalStateException");
  }

  @Test
  void aNameThatDoesNotResolveIsSaidSoEvenInsideAConnectException() {
    java.net.ConnectException wrapped = new java.net.ConnectException();
    wrapped.initCause(new java.nio.channels.UnresolvedAddressException());
    assertThat(words(new IOException(wrapped)))
        .startsWith("unknown host").contains("could not be resolved");
    assertThat(words(new IOException(new java.net.UnknownHostException("nowhere"))))
        .isEqualTo("unknown host nowhere (the name could not be resolved)");
  }

  private static String words(Throwable t) {
    return Texts.of(Failures.rootMessage(t));
  }
}
