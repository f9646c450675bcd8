package org.livedash.feed.mapping;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads a number from a JSON value the way feeds send them: a JSON number, a number in a string
 * ({@code "0.00012345"}, {@code "1e-8"}: exchanges send prices as strings to keep every digit),
 * or a boolean as 1 or 0. Anything else ({@code "abc"}, {@code "NaN"}, {@code "0x1p3"}, an
 * object) is not a number: {@link Double#NaN}, counted by the caller.
 */
final class JsonNumbers {
  private JsonNumbers() {}

  static double of(JsonNode node) {
    if (node == null) {
      return Double.NaN;
    }
    if (node.isNumber()) {
      double v = node.doubleValue();
      return Double.isFinite(v) ? v : Double.NaN;
    }
    if (node.isTextual()) {
      return parse(node.textValue());
    }
    if (node.isBoolean()) {
      return node.booleanValue() ? 1 : 0;
    }
    return Double.NaN;
  }

  /**
   * A decimal number in JSON's own syntax (a leading {@code +} and surrounding spaces allowed),
   * to the nearest double; NaN for anything else. Java's own parser alone would take "NaN",
   * "Infinity", "1d" and hex.
   */
  static double parse(String s) {
    String t = s.strip();
    int n = t.length();
    int i = 0;
    if (i < n && (t.charAt(i) == '-' || t.charAt(i) == '+')) {
      i++;
    }
    int digits = 0;
    while (i < n && isDigit(t.charAt(i))) {
      i++;
      digits++;
    }
    if (i < n && t.charAt(i) == '.') {
      i++;
      while (i < n && isDigit(t.charAt(i))) {
        i++;
        digits++;
      }
    }
    if (digits == 0) {
      return Double.NaN;
    }
    if (i < n && (t.charAt(i) == 'e' || t.charAt(i) == 'E')) {
      i++;
      if (i < n && (t.charAt(i) == '-' || t.charAt(i) == '+')) {
        i++;
      }
      int exponent = 0;
      while (i < n && isDigit(t.charAt(i))) {
        i++;
        exponent++;
      }
      if (exponent == 0) {
        return Double.NaN;
      }
    }
    if (i != n) {
      return Double.NaN;
    }
    double v = Double.parseDouble(t);
    return Double.isFinite(v) ? v : Double.NaN;
  }

  /** A value written as a person reads it: every digit kept, no exponent, no ".0". */
  static String plain(double v) {
    String s = new java.math.BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString();
    return s.equals("-0") ? "0" : s;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
