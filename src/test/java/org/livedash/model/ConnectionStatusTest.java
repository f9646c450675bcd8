package org.livedash.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConnectionStatusTest {

  @Test
  void aRefusalIsKnownByWhatHappenedNotByTheWordsOfItsDetail() {
    ConnectionStatus refused = ConnectionStatus.refused(FeedMode.WS,
        Reason.of("verbatim", "detenido: el servidor rechazó este cliente (HTTP 401)"));
    assertThat(refused.refusal()).isTrue();
    assertThat(refused.state()).isEqualTo(ConnectionState.DOWN);
    assertThat(refused.withLastMessage(42).refusal()).as("kept as the status moves on").isTrue();
    assertThat(ConnectionStatus.down(FeedMode.WS,
        Reason.of("verbatim", "stopped: the server refused this client"))
        .refusal()).as("a stop the user chose, whatever its words").isFalse();
  }
}
