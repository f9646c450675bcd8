package org.livedash.report;

import java.nio.file.Path;
import java.util.List;

/**
 * One piece of the lesson's handout — a heading, a paragraph, verbatim lines, a table, a plot —
 * so that its Markdown and its PDF say the same thing, each in its own form.
 */
sealed interface HandoutBlock {
  /** A heading: level 1 for the title, 2 for a section. */
  record Heading(int level, String text) implements HandoutBlock {}

  /** A paragraph of running text. */
  record Paragraph(String text) implements HandoutBlock {}

  /** Lines shown verbatim, in a fixed-width font. */
  record Code(List<String> lines) implements HandoutBlock {}

  /** A table: its headings, and rows of as many cells; every column but the first is figures. */
  record Table(List<String> headings, List<List<String>> rows) implements HandoutBlock {}

  /** A plot, its image beside the handout. */
  record Plot(Path image, String caption) implements HandoutBlock {}
}
