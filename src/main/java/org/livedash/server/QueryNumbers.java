package org.livedash.server;

import java.util.List;
import org.eclipse.jetty.util.Fields;

/**
 * The strict reading of a request's query: a parameter given at most once, a number written as
 * plain digits (no sign, space, exponent or leading zeros), checked before any arithmetic, so a
 * request means exactly one thing.
 */
final class QueryNumbers {
  /** The longest decimal that can still fit a long without wrapping around. */
  private static final int MAX_DIGITS = 19;

  private QueryNumbers() {}

  /** What is wrong with a query, in one line for the client. */
  static final class BadQuery extends Exception {
    BadQuery(String message) {
      super(message, null, false, false);
    }
  }

  /** The parameter's only value, or null when absent. */
  static String single(Fields params, String name) throws BadQuery {
    return single(name, params.getValues(name));
  }

  /** The only one of a parameter's {@code values}, or null when there is none. */
  static String single(String name, List<String> values) throws BadQuery {
    if (values == null || values.isEmpty()) {
      return null;
    }
    if (values.size() > 1) {
      throw new BadQuery("'" + name + "' is given " + values.size() + " times; give it once");
    }
    return values.get(0);
  }

  /** The parameter as a whole number from 0 to 2^63−1, or {@code fallback} when absent. */
  static long whole(Fields params, String name, long fallback) throws BadQuery {
    String value = single(params, name);
    return value == null ? fallback : whole(name, value);
  }

  /** {@code value} as a whole number from 0 to 2^63−1. */
  static long whole(String name, String value) throws BadQuery {
    boolean digits = !value.isEmpty() && value.length() <= MAX_DIGITS
        && value.chars().allMatch(c -> c >= '0' && c <= '9')
        && (value.length() == 1 || value.charAt(0) != '0');
    if (!digits) {
      throw new BadQuery("'" + name + "' must be a whole number from 0 to " + Long.MAX_VALUE
          + " written in digits only");
    }
    try {
      return Long.parseLong(value);
    } catch (NumberFormatException e) {
      throw new BadQuery("'" + name + "' must be a whole number from 0 to " + Long.MAX_VALUE);
    }
  }
}
