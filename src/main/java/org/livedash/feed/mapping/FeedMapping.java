package org.livedash.feed.mapping;

import org.livedash.model.InvalidInputException;
import org.livedash.model.Reason;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@link MappingSpec} compiled: pointers parsed, templates split, units resolved, once. It
 * then turns each message into zero or more updates through a {@link MappedSink}, never failing
 * on a message: what matches no rule, and what cannot be used, is counted in its
 * {@link MappingTally}. Immutable apart from the tally; one feed thread maps at a time.
 */
public final class FeedMapping {
  /** An update without a sequence number. */
  public static final long NO_SEQ = -1;

  private final List<CompiledRule> rules;
  private final List<SignalMatcher> errors;
  private final List<SignalMatcher> control;
  private final MappingTally tally = new MappingTally();
  private final boolean numbersWithOwnTimes;
  /** The rule giving the update being handed over; read by the sink, on the mapping thread. */
  private int ruleInUse = -1;

  private FeedMapping(List<CompiledRule> rules, List<SignalMatcher> errors,
      List<SignalMatcher> control) {
    this.rules = rules;
    this.errors = errors;
    this.control = control;
    // Asked for every message: decided once.
    this.numbersWithOwnTimes = rules.stream().filter(r -> r.seq != null)
        .allMatch(r -> r.time != null);
  }

  /**
   * Checks and compiles a mapping.
   *
   * @throws IllegalArgumentException with a one-line reason, naming the rule, when it cannot be
   *     used
   */
  public static FeedMapping compile(MappingSpec spec) {
    if (spec == null || spec.rules() == null || spec.rules().isEmpty()) {
      throw new InvalidInputException(Reason.of("mapping.noRule"));
    }
    List<CompiledRule> rules = new ArrayList<>();
    for (int i = 0; i < spec.rules().size(); i++) {
      try {
        rules.add(CompiledRule.of(spec.rules().get(i)));
      } catch (IllegalArgumentException e) {
        throw new InvalidInputException(Reason.of("mapping.ruleN", i + 1, Reason.why(e)), e);
      }
    }
    return new FeedMapping(List.copyOf(rules),
        SignalMatcher.compile(spec.errors(), Reason.of("mapping.errorMessage")),
        SignalMatcher.compile(spec.control(), Reason.of("mapping.controlMessage")));
  }

  /**
   * Maps one message: the first rule whose filters match it (or one of its elements) gives the
   * updates. A message no rule maps may be the feed's error report (passed to
   * {@link MappedSink#feedError}) or a control message (an acknowledgement, a heartbeat); else it
   * is counted as unmatched. Returns how many updates it gave.
   *
   * @param receivedMicros when it arrived, the time of rules that take no time from the message
   */
  public int map(JsonNode message, long receivedMicros, MappedSink sink) {
    for (int r = 0; r < rules.size(); r++) {
      CompiledRule rule = rules.get(r);
      ruleInUse = r;
      int n = rule.each == null ? rule.applyWhole(message, receivedMicros, sink, tally)
          : fanOut(r, message, receivedMicros, sink);
      if (n >= 0) {
        tally.mapped();
        return n;
      }
    }
    for (SignalMatcher e : errors) {
      JsonNode element = e.match(message);
      if (element != null) {
        String text = e.text(element, message);
        tally.feedError(text);
        sink.feedError(text);
        return 0;
      }
    }
    for (SignalMatcher c : control) {
      if (c.match(message) != null) {
        tally.control();
        return 0;
      }
    }
    tally.unmatched(message);
    return 0;
  }

  /**
   * Maps each element of rule {@code r}'s array (or each member of its object, {@code {key}}
   * naming it): an element that rule does not take goes on to
   * the later rules over the same array (a venue mixes trades and quotes in one message).
   * Returns -1 when no element was taken.
   */
  private int fanOut(int r, JsonNode message, long receivedMicros, MappedSink sink) {
    CompiledRule rule = rules.get(r);
    if (!rule.rootMatches(message)) {
      return -1;
    }
    int n = 0;
    boolean any = false;
    for (EachPath.Element e : rule.each.elements(message)) {
      JsonNode element = e.node();
      String key = e.key();
      int given = rule.element(element, message, key, receivedMicros, sink, tally);
      for (int k = r + 1; given < 0 && k < rules.size(); k++) {
        CompiledRule other = rules.get(k);
        if (rule.each.equals(other.each) && other.rootMatches(message)) {
          ruleInUse = k;
          given = other.element(element, message, key, receivedMicros, sink, tally);
        }
      }
      ruleInUse = r;
      if (given >= 0) {
        any = true;
        n += given;
      }
    }
    return any ? n : -1;
  }

  /**
   * Which rule (its index) gives the update a {@link MappedSink} is being handed, so the
   * series a rule brings can be told apart; only meaningful inside {@link #map}.
   */
  public int ruleInUse() {
    return ruleInUse;
  }

  /** A mapping with no rules yet: every message is unmatched, to be browsed and clicked. */
  public static FeedMapping none() {
    return new FeedMapping(List.of(), List.of(), List.of());
  }

  public MappingTally tally() {
    return tally;
  }

  /**
   * Whether every rule that numbers its updates also takes their time from the message, so a
   * lower number with a newer time can be told from a repeat (see
   * {@code SeriesStore.Writer.offerMapped}).
   */
  public boolean numbersComeWithOwnTimes() {
    return numbersWithOwnTimes;
  }

  /** Whether some rule takes its time from the message (else: the time it arrived). */
  public boolean usesMessageTime() {
    return rules.stream().anyMatch(r -> r.time != null);
  }

  static JsonPointer pointer(String text, Object where) {
    try {
      return JsonPointer.compile(text);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(Reason.of("mapping.notPointer", where, text));
    }
  }
}
