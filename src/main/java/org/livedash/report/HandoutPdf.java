package org.livedash.report;

import org.livedash.i18n.Texts;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * The handout as an A4 PDF (Apache PDFBox): headings, wrapped paragraphs, the handshake in a
 * fixed-width font, the comparison as a ruled table and the latency plot, flowing over as many
 * pages as they take. It uses the PDF's standard fonts, whose Latin alphabet covers English and
 * Spanish; a sign they lack is written as its nearest plain form ("≥" as ">=").
 */
final class HandoutPdf {
  private static final float MARGIN = 56;
  private static final float BODY = 10.5f;
  private static final float CODE = 8f;
  private static final float TABLE = 9f;
  private static final PDFont SANS = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
  private static final PDFont BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
  private static final PDFont MONO = new PDType1Font(Standard14Fonts.FontName.COURIER);

  private final PDDocument doc;
  private final float width;
  private PDPageContentStream out;
  private float y;

  private HandoutPdf(PDDocument doc) {
    this.doc = doc;
    this.width = PDRectangle.A4.getWidth() - 2 * MARGIN;
  }

  /** Writes {@code blocks} as a PDF titled {@code title} to {@code file}. */
  static void write(List<HandoutBlock> blocks, String title, Path file) throws IOException {
    try (PDDocument doc = new PDDocument()) {
      PDDocumentInformation info = doc.getDocumentInformation();
      info.setTitle(title);
      info.setCreator("LiveDash");
      HandoutPdf pdf = new HandoutPdf(doc);
      pdf.newPage();
      for (HandoutBlock block : blocks) {
        pdf.add(block);
      }
      pdf.out.close();
      doc.save(file.toFile());
    }
  }

  private void add(HandoutBlock block) throws IOException {
    if (block instanceof HandoutBlock.Heading h) {
      float size = h.level() == 1 ? 18 : 13;
      space(h.level() == 1 ? 0 : 10);
      // A heading never ends a page: it keeps a few lines of what follows with it.
      need(size * 1.3f + 4 * BODY * 1.4f);
      lines(wrap(h.text(), BOLD, size, width), BOLD, size, MARGIN);
      space(4);
    } else if (block instanceof HandoutBlock.Paragraph p) {
      lines(wrap(p.text(), SANS, BODY, width), SANS, BODY, MARGIN);
      space(6);
    } else if (block instanceof HandoutBlock.Code c) {
      List<String> lines = new ArrayList<>();
      int columns = (int) (width / (MONO.getStringWidth("M") / 1000 * CODE));
      for (String line : c.lines()) {
        for (int i = 0; i == 0 || i < line.length(); i += columns) {
          lines.add(line.substring(i, Math.min(line.length(), i + columns)));
        }
      }
      lines(lines, MONO, CODE, MARGIN);
      space(6);
    } else if (block instanceof HandoutBlock.Table t) {
      table(t);
      space(8);
    } else if (block instanceof HandoutBlock.Plot p) {
      plot(p);
    }
  }

  private void table(HandoutBlock.Table t) throws IOException {
    int n = t.headings().size();
    float[] widths = new float[n];
    for (int c = 0; c < n; c++) {
      widths[c] = textWidth(t.headings().get(c), BOLD, TABLE);
      for (List<String> row : t.rows()) {
        widths[c] = Math.max(widths[c], textWidth(row.get(c), SANS, TABLE));
      }
    }
    float total = 0;
    for (float w : widths) {
      total += w;
    }
    float gap = Math.max(4, (width - total) / n);
    float scale = total + gap * n > width ? width / (total + gap * n) : 1;
    float lead = TABLE * 1.5f;
    need(lead * (t.rows().size() + 2));
    row(t.headings(), widths, gap, scale, BOLD);
    rule(y + lead * 0.55f);
    for (List<String> row : t.rows()) {
      row(row, widths, gap, scale, SANS);
    }
    rule(y + lead * 0.55f);
  }

  /** One row: the first cell left-aligned, figures right-aligned in their columns. */
  private void row(List<String> cells, float[] widths, float gap, float scale, PDFont font)
      throws IOException {
    float size = TABLE * scale;
    float x = MARGIN;
    for (int c = 0; c < cells.size(); c++) {
      float w = widths[c] * scale;
      String text = plain(cells.get(c), font);
      float tx = c == 0 ? x : x + w - textWidth(text, font, size);
      text(text, font, size, tx, y);
      x += w + gap * scale;
    }
    y -= TABLE * 1.5f;
  }

  private void rule(float at) throws IOException {
    out.setLineWidth(0.6f);
    out.moveTo(MARGIN, at);
    out.lineTo(MARGIN + width, at);
    out.stroke();
  }

  private void plot(HandoutBlock.Plot p) throws IOException {
    BufferedImage image = ImageIO.read(p.image().toFile());
    if (image == null) {
      throw new IOException(Texts.get("handout.notImage", p.image()));
    }
    PDImageXObject picture = LosslessFactory.createFromImage(doc, image);
    float h = width * image.getHeight() / image.getWidth();
    need(h + BODY * 2.5f);
    lines(wrap(p.caption(), BOLD, BODY, width), BOLD, BODY, MARGIN);
    out.drawImage(picture, MARGIN, y - h + BODY, width, h);
    y -= h + BODY;
  }

  private void lines(List<String> lines, PDFont font, float size, float x) throws IOException {
    for (String line : lines) {
      need(size * 1.4f);
      text(line, font, size, x, y);
      y -= size * 1.4f;
    }
  }

  private void text(String text, PDFont font, float size, float x, float at) throws IOException {
    out.beginText();
    out.setFont(font, size);
    out.newLineAtOffset(x, at);
    out.showText(plain(text, font));
    out.endText();
  }

  /** Breaks {@code text} into lines no wider than {@code max}, at spaces. */
  private static List<String> wrap(String text, PDFont font, float size, float max)
      throws IOException {
    List<String> lines = new ArrayList<>();
    for (String paragraph : text.split("\n")) {
      StringBuilder line = new StringBuilder();
      for (String word : paragraph.split(" ")) {
        String tried = line.isEmpty() ? word : line + " " + word;
        if (!line.isEmpty() && textWidth(tried, font, size) > max) {
          lines.add(line.toString());
          line = new StringBuilder(word);
        } else {
          line = new StringBuilder(tried);
        }
      }
      lines.add(line.toString());
    }
    return lines;
  }

  private static float textWidth(String text, PDFont font, float size) throws IOException {
    return font.getStringWidth(plain(text, font)) / 1000 * size;
  }

  /** {@code text} in signs the font has: its nearest plain form for those it lacks. */
  static String plain(String text, PDFont font) {
    // Most texts the font takes whole: one check, not one a sign (each a caught exception).
    if (encodes(font, text)) {
      return text;
    }
    StringBuilder sb = new StringBuilder(text.length());
    text.codePoints().forEach(cp -> {
      String s = new String(Character.toChars(cp));
      if (encodes(font, s)) {
        sb.append(s);
      } else {
        sb.append(switch (cp) {
          case '≥' -> ">=";
          case '≤' -> "<=";
          case '→' -> "->";
          case '←' -> "<-";
          case '⇄' -> "<->";
          case '✓' -> "OK";
          case '✗' -> "X";
          case '₂' -> "2";
          case '\u202f', '\u00a0', '\u2009' -> " ";
          default -> "?";
        });
      }
    });
    return sb.toString();
  }

  private static boolean encodes(PDFont font, String sign) {
    try {
      font.encode(sign);
      return true;
    } catch (IllegalArgumentException | IOException e) {
      return false;
    }
  }

  private void space(float points) {
    y -= points;
  }

  /** Starts a new page unless {@code points} more fit on this one. */
  private void need(float points) throws IOException {
    if (y - points < MARGIN) {
      out.close();
      newPage();
    }
  }

  private void newPage() throws IOException {
    PDPage page = new PDPage(PDRectangle.A4);
    doc.addPage(page);
    out = new PDPageContentStream(doc, page);
    y = PDRectangle.A4.getHeight() - MARGIN;
    String number = Integer.toString(doc.getNumberOfPages());
    text(number, SANS, 8, PDRectangle.A4.getWidth() - MARGIN - textWidth(number, SANS, 8),
        MARGIN / 2);
  }
}
