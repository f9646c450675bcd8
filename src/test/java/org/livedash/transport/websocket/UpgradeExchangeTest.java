package org.livedash.transport.websocket;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The accept key rule, against RFC 6455's own example (section 1.3). */
class UpgradeExchangeTest {

  @Test
  void derivesTheAcceptKeyAsRfc6455Does() {
    assertThat(UpgradeExchange.expectedAccept("dGhlIHNhbXBsZSBub25jZQ=="))
        .isEqualTo("s3pPLMBiTxaQ9kYGzzhZRbK+xOo=");
    assertThat(UpgradeExchange.expectedAccept(null)).isNull();
  }
}
