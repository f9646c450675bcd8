package org.livedash.feed.mapping;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * How messages of a JSON feed become updates, as written in a connection profile. Pointers are
 * JSON Pointers (RFC 6901) into the message, or, after a fan-out, into each element; a pointer
 * starting with {@code ^} is taken from the whole message even then. {@link FeedMapping#compile}
 * checks it and turns it into something that maps without looking anything up.
 *
 * @param rules tried in order; the first whose filters match a message maps it
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MappingSpec(List<Rule> rules, List<Signal> control, List<Signal> errors) {

  /** Rules alone: every message no rule maps is counted as unmatched. */
  public MappingSpec(List<Rule> rules) {
    this(rules, null, null);
  }

  /**
   * Messages that are part of the conversation rather than data: acknowledgements, pongs,
   * heartbeats ({@code control}), or the feed's own error reports ({@code errors}, shown in the
   * status line with {@code message}'s text).
   *
   * @param when pointer → the value it must have, as for a rule
   * @param each pointer to an array whose elements are tested one by one ({@code ""}: the
   *     message is the array); null to test the message itself
   * @param message pointer to the text worth showing; null for none
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Signal(Map<String, String> when, String each, String message) {}

  /**
   * One kind of message.
   *
   * @param when pointer → the value it must have ({@code "*"}: present); all must hold
   * @param each pointer to an array to map element by element ({@code ""}: the message is the
   *     array), or to an object to map member by member ({@code {key}} naming each); null for
   *     one element, the message
   * @param series the series id: a constant, or a template of pointers ({@code "{/s}"},
   *     {@code "{/product_id}:price"}); with several values, {@code {value}} stands for the
   *     value's name, else {@code ":name"} is appended
   * @param values name → pointer of each number to take; each becomes a series of its own;
   *     {@code "*"} → pointer takes every number of that object, each named by its key
   * @param time where the message says when, and in which unit; null: the time it arrived
   * @param seq where its sequence number is, and whether it counts per series; null: none
   * @param volume pointer to a trade's size, the volume of each update (the candles' volume
   *     bars), into the element as the values are; null: none
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Rule(Map<String, String> when, String each, String series,
      Map<String, String> values, Time time, Seq seq, String volume) {
    /** A rule whose updates carry no volume. */
    public Rule(Map<String, String> when, String each, String series,
        Map<String, String> values, Time time, Seq seq) {
      this(when, each, series, values, time, seq, null);
    }
  }

  /**
   * @param field pointer to the time
   * @param unit {@code s}, {@code ms}, {@code us}, {@code ns} since the epoch (a number, or a
   *     number in a string, fractions allowed), or {@code iso} for ISO-8601 / RFC 3339 text
   *     (without a zone: UTC)
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Time(String field, String unit) {}

  /**
   * @param field pointer to the sequence number
   * @param scope {@code feed} (one counter for all) or {@code series} (one per series)
   * @param gaps whether a skipped number is a lost update (default true); false for numbers that
   *     only go up, skipping freely, where only repeats and steps back are caught
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Seq(String field, String scope, Boolean gaps) {
    public Seq(String field, String scope) {
      this(field, scope, null);
    }
  }
}
