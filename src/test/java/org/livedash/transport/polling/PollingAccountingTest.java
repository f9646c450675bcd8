package org.livedash.transport.polling;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** The polling transport's byte counts against the bytes this JVM's client really sends. */
class PollingAccountingTest {

  @Test
  void aPollRequestCostsExactlyTheBytesTheClientPutsOnTheWire() throws Exception {
    try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
          + server.getLocalPort() + "/api/updates?after=5&limit=5000"))
          .header("Accept", "application/json").GET().build();
      HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
      CompletableFuture<HttpResponse<Void>> sent =
          client.sendAsync(request, HttpResponse.BodyHandlers.discarding());
      String onTheWire;
      try (Socket s = server.accept()) {
        onTheWire = head(s.getInputStream());
        s.getOutputStream().write("HTTP/1.1 204 No Content\r\nConnection: close\r\n\r\n"
            .getBytes(StandardCharsets.US_ASCII));
      }
      sent.join();
      assertThat(PollingTransport.requestBytes(request)).as(onTheWire)
          .isEqualTo(onTheWire.length());
      assertThat(JavaClientHeaders.sendEmptyContentLength())
          .isEqualTo(JavaClientHeaders.sendsEmptyContentLength(onTheWire));
    }
  }

  @Test
  void anEmptyContentLengthIsFoundWhateverItsCase() {
    assertThat(JavaClientHeaders.sendsEmptyContentLength(
        "GET / HTTP/1.1\r\ncontent-length: 0\r\nHost: a\r\n\r\n")).isTrue();
    assertThat(JavaClientHeaders.sendsEmptyContentLength(
        "GET / HTTP/1.1\r\nContent-Length: 12\r\nHost: a\r\n\r\n")).isFalse();
    assertThat(JavaClientHeaders.sendsEmptyContentLength(
        "GET / HTTP/1.1\r\nHost: a\r\nX-Content-Length: 0\r\n\r\n")).isFalse();
  }

  private static String head(InputStream in) throws Exception {
    StringBuilder head = new StringBuilder();
    int b;
    while (!head.toString().endsWith("\r\n\r\n") && (b = in.read()) >= 0) {
      head.append((char) b);
    }
    return head.toString();
  }
}
