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
import org.livedash.cli.Main;

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
    String pdf = pdfText(dir);
    assertThat(pdf).contains("Push against polling, seen on the wire",
        "2. Long-polling: the server holds the request", "Sec-WebSocket-Accept: ",
        "HTTP long-polling", "WebSocket push", "Latency, source to receipt, per mode");
    assertThat(pdf).containsPattern("Measured in this step: \\d+ requests in");
  }

  /** The PDF handout's text; its pages rendered, the plot's colours found on the last. */
  private static String pdfText(Path dir) throws Exception {
    try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(
        dir.resolve("handout.pdf").toFile())) {
      org.apache.pdfbox.rendering.PDFRenderer renderer =
          new org.apache.pdfbox.rendering.PDFRenderer(doc);
      int coloured = 0;
      int inked = 0;
      for (int page = 0; page < doc.getNumberOfPages(); page++) {
        java.awt.image.BufferedImage image = renderer.renderImageWithDPI(page, 60);
        javax.imageio.ImageIO.write(image, "png", dir.resolve("handout-" + (page + 1) + ".png")
            .toFile());
        for (int y = 0; y < image.getHeight(); y += 2) {
          for (int x = 0; x < image.getWidth(); x += 2) {
            int rgb = image.getRGB(x, y);
            int r = rgb >> 16 & 0xff;
            int g = rgb >> 8 & 0xff;
            int b = rgb & 0xff;
            inked += r + g + b < 300 ? 1 : 0;
            coloured += Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b)) > 60 ? 1 : 0;
          }
        }
      }
      assertThat(doc.getNumberOfPages()).isBetween(1, 6);
      assertThat(inked).as("text on the pages").isGreaterThan(2_000);
      assertThat(coloured).as("the latency plot's curves").isGreaterThan(200);
      return new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
    }
  }

  @Test
  void theHandoutIsInSpanishWhenTheLessonIs(@TempDir Path dir) throws Exception {
    run(dir, "es");
    String handout = Files.readString(dir.resolve("handout.md"));
    assertThat(handout).startsWith("# Push frente a consultas, visto en la red")
        .contains("## 3. El apretón de manos de WebSocket")
        .contains("| Consulta HTTP cada 1 s |")
        .containsPattern("Lo medido en este paso: \\d+ peticiones en");
    assertThat(pdfText(dir)).contains("Push frente a consultas, visto en la red",
        "3. El apretón de manos de WebSocket", "Consulta HTTP cada 1 s");
  }
}
