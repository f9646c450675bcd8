package org.livedash.feed.mapping;

import org.livedash.model.Reason;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;

/**
 * What a mapping made of the messages it was given: how many mapped, how many matched no rule
 * (the last few kept, to be looked at), and how many values or times were not usable, with the
 * last reason. Written by the feed's thread, read by the UI's.
 */
public final class MappingTally {
  /** Unmatched messages kept to be looked at, and the most of each kept. */
  static final int KEPT = 10;
  static final int KEPT_CHARS = 500;

  private final LongAdder mapped = new LongAdder();
  private final LongAdder unmatched = new LongAdder();
  private final LongAdder rejected = new LongAdder();
  private final LongAdder control = new LongAdder();
  private final LongAdder feedErrors = new LongAdder();
  private volatile String lastFeedError = "";
  /** Kept as parsed: written out only when someone looks, not for every unmatched message. */
  private final Deque<JsonNode> lastUnmatched = new ArrayDeque<>();
  private volatile Reason lastRejection;

  void mapped() {
    mapped.increment();
  }

  void unmatched(JsonNode message) {
    unmatched.increment();
    synchronized (lastUnmatched) {
      if (lastUnmatched.size() == KEPT) {
        lastUnmatched.removeFirst();
      }
      lastUnmatched.addLast(message);
    }
  }

  void control() {
    control.increment();
  }

  void feedError(String text) {
    feedErrors.increment();
    lastFeedError = text;
  }

  void rejected(Reason reason) {
    rejected.increment();
    lastRejection = reason;
  }

  /** Messages that gave at least one element a rule matched. */
  public long mappedMessages() {
    return mapped.sum();
  }

  /** Messages no rule matched: not an error (heartbeats, acknowledgements), but shown. */
  public long unmatchedMessages() {
    return unmatched.sum();
  }

  /** Values, times or ids that could not be used (each counted once). */
  public long rejectedValues() {
    return rejected.sum();
  }

  /** Acknowledgements, pongs and heartbeats: recognised, not data. */
  public long controlMessages() {
    return control.sum();
  }

  /** Error reports the feed sent in its own words. */
  public long feedErrors() {
    return feedErrors.sum();
  }

  public String lastFeedError() {
    return lastFeedError;
  }

  /** Why the last value refused was refused, null when none was. */
  public Reason lastRejection() {
    return lastRejection;
  }

  /** The newest unmatched messages, oldest first, each cut to 500 characters. */
  public List<String> lastUnmatched() {
    List<JsonNode> kept;
    synchronized (lastUnmatched) {
      kept = List.copyOf(lastUnmatched);
    }
    return kept.stream().map(JsonNode::toString).map(s -> s.length() <= KEPT_CHARS ? s
        : s.substring(0, KEPT_CHARS) + "…").toList();
  }
}
