package org.livedash.feed.mapping;

import java.util.List;

/**
 * Where a field is in a message, as the message browser names it: object fields, positions in
 * a tuple, and "every record" of an array of records ({@code data[] › p}). Turned into the JSON
 * Pointers a mapping rule holds by {@link PlotRule}.
 */
public record FieldPath(List<Step> steps) {
  public FieldPath {
    steps = List.copyOf(steps);
  }

  /**
   * One step down: a field by name, a position in an array, or every record of an array.
   *
   * @param name the field's name, or null for a position or every record
   * @param index the position, or -1 for every record
   */
  public record Step(String name, int index) {
    /** Every record of an array of records. */
    public static final Step EVERY = new Step(null, -1);

    static Step field(String name) {
      return new Step(name, -1);
    }

    static Step index(int i) {
      return new Step(null, i);
    }

    boolean isEvery() {
      return name == null && index < 0;
    }

    /** This step as a JSON Pointer segment (never for every record). */
    String segment() {
      // Every element of an array: a mapping's each path says so with a star.
      return name != null ? "/" + name.replace("~", "~0").replace("/", "~1")
          : isEvery() ? "/*" : "/" + index;
    }

    @Override
    public String toString() {
      return name != null ? name : isEvery() ? "[]" : "[" + index + "]";
    }
  }

  /** A key telling paths apart (a pointer, {@code /[]} for every record). */
  public String key() {
    StringBuilder b = new StringBuilder();
    for (Step s : steps) {
      b.append(s.isEvery() ? "/[]" : s.segment());
    }
    return b.toString();
  }

  /** The field's own name: its last step ({@code p} of {@code data[] › p}). */
  public String name() {
    return steps.isEmpty() ? "" : steps.get(steps.size() - 1).toString();
  }

  /** Whether it goes through object fields only (no array). */
  public boolean isPlainField() {
    return steps.stream().allMatch(s -> s.name() != null);
  }

  /** The index of the last step that stands for every element of an array, or -1. */
  int lastEvery() {
    for (int i = steps.size() - 1; i >= 0; i--) {
      if (steps.get(i).isEvery()) {
        return i;
      }
    }
    return -1;
  }

  /** The JSON Pointer of steps {@code from} (inclusive) to {@code to} (exclusive). */
  String pointer(int from, int to) {
    StringBuilder b = new StringBuilder();
    for (int i = from; i < to; i++) {
      b.append(steps.get(i).segment());
    }
    return b.toString();
  }

  /** As shown: {@code data[] › p}; a message that is one value, {@code (value)}. */
  @Override
  public String toString() {
    if (steps.isEmpty()) {
      return "(value)";
    }
    StringBuilder b = new StringBuilder();
    for (Step s : steps) {
      if (s.name() == null) {
        b.append(s);
      } else {
        b.append(b.length() == 0 ? "" : " › ").append(s);
      }
    }
    return b.toString();
  }
}
