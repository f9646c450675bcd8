package org.livedash.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.livedash.i18n.Texts;

/** The lesson end to end without a window, on the embedded demo feed, in both languages. */
class LessonRunTest {

  @AfterEach
  void english() {
    Texts.use(java.util.Locale.ENGLISH);
  }

  private static String run(Path out, String lang) {
    StringWriter console = new StringWriter();
    int code = Main.run(new PrintWriter(console), new PrintWriter(new StringWriter()),
        "--lesson", "--headless", "--lang", lang, "--lesson-step", "3s", "--demo-rate", "0.3",
        "--lesson-out", out.toString());
    assertThat(code).as(console.toString()).isZero();
    return console.toString();
  }

  @Test
  void walksTheFourStepsAndWritesTheHandoutWithWhatItMeasured(@TempDir Path dir)
      throws Exception {
    String console = run(dir, "en");
    assertThat(console).contains("1. Polling once a second", "4. Push: frames without requests");
    String handout = Files.readString(dir.resolve("handout.md"));
    assertThat(handout).startsWith("# Push against polling, seen on the wire")
        .contains("## 2. Long-polling: the server holds the request")
        .contains("Bytes are counted by the server")
        // The handshake, verbatim, with the key and the server's proof.
        .contains("GET /feed", "Sec-WebSocket-Key: ", "HTTP/1.1 101 Switching Protocols",
            "Sec-WebSocket-Accept: ")
        .contains("| HTTP polling every 1 s |", "| HTTP long-polling |", "| WebSocket push |");
    assertThat(handout).containsPattern("Measured in this step: \\d+ requests in");
    assertThat(handout).containsPattern("\\d+ updates in [0-9.]+ s, with no request at all");
    assertThat(Files.size(dir.resolve("latency-cdf.png"))).isPositive();
  }

  @Test
  void theHandoutIsInSpanishWhenTheLessonIs(@TempDir Path dir) throws Exception {
    run(dir, "es");
    String handout = Files.readString(dir.resolve("handout.md"));
    assertThat(handout).startsWith("# Push frente a consultas, visto en la red")
        .contains("## 3. El apretón de manos de WebSocket")
        .contains("| Consulta HTTP cada 1 s |")
        .containsPattern("Lo medido en este paso: \\d+ peticiones en");
  }
}
