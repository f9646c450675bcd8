package org.livedash.transport.polling;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.Test;

/** The polling transport's byte counts against sums done by hand. */
class PollingAccountingTest {

  @Test
  void aPollRequestCostsItsRequestLineAndHeaders() {
    HttpRequest request = HttpRequest.newBuilder(
        URI.create("http://127.0.0.1:8080/api/updates?after=5&limit=5000"))
        .header("Accept", "application/json").GET().build();
    String byHand = "GET /api/updates?after=5&limit=5000 HTTP/1.1\r\n"
        + "Host: 127.0.0.1:8080\r\n"
        + "User-Agent: Java-http-client/" + System.getProperty("java.version") + "\r\n"
        + (Runtime.version().feature() < 19 ? "Content-Length: 0\r\n" : "")
        + "Accept: application/json\r\n"
        + "\r\n";
    assertThat(PollingTransport.requestBytes(request)).isEqualTo(byHand.length());
  }
}
