package org.livedash.feed.mapping;

import org.livedash.model.Reason;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.livedash.model.Sequencing;

/**
 * What a mapping makes of sample messages, for the profile editor's table: each update's series,
 * time (and whether it is the message's own or the time of arrival), value and sequence
 * number, or, in plain words, why nothing came out: the mapping does not compile, the sample is
 * not JSON, no rule matches, a value is not a number.
 */
public final class MappingPreview {
  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * One update, as the table shows it.
   *
   * @param perSeries whether {@code seq} counts in its series rather than in the feed
   */
  public record Row(String series, String time, String value, String seq, boolean perSeries) {}

  /**
   * @param rows the updates, in order
   * @param problems what went wrong, one line each (empty when all is well)
   * @param messageTime whether the times are the messages' own (else: time of arrival)
   */
  public record Result(List<Row> rows, List<Reason> problems, boolean messageTime,
      List<Reason> sampleProblems, Reason mappingProblem) {
    /** A preview with no problem of the sample text or the mapping itself. */
    public Result(List<Row> rows, List<Reason> problems, boolean messageTime) {
      this(rows, problems, messageTime, List.of(), null);
    }

    /** Nothing mapped: the mapping itself is wrong, as {@code why} says. */
    public static Result wrongMapping(Reason why) {
      return new Result(List.of(), List.of(Reason.of("preview.mapping", why)), false, List.of(),
          why);
    }
  }

  private MappingPreview() {}

  /**
   * Maps {@code samples}: one JSON message, or several, one per line.
   *
   * @param receivedMicros the time of arrival given to rules that take no time from a message
   */
  public static Result of(MappingSpec spec, String samples, long receivedMicros) {
    List<Reason> problems = new ArrayList<>();
    FeedMapping mapping;
    try {
      mapping = FeedMapping.compile(spec);
    } catch (IllegalArgumentException e) {
      return Result.wrongMapping(Reason.why(e));
    }
    List<Reason> sampleProblems = new ArrayList<>();
    List<JsonNode> messages = messages(samples, sampleProblems);
    problems.addAll(sampleProblems);
    List<Row> rows = new ArrayList<>();
    for (JsonNode m : messages) {
      long rejectedBefore = mapping.tally().rejectedValues();
      long unmatchedBefore = mapping.tally().unmatchedMessages();
      mapping.map(m, receivedMicros, new MappedSink() {
        @Override
        public void accept(String id, long t, double v, long seq, Sequencing sequencing) {
          rows.add(new Row(id, Instant.ofEpochSecond(Math.floorDiv(t, 1_000_000),
              Math.floorMod(t, 1_000_000) * 1000L).toString(), JsonNumbers.plain(v),
              seq == FeedMapping.NO_SEQ ? "" : Long.toString(seq),
              seq != FeedMapping.NO_SEQ && sequencing.perSeries()));
        }

        @Override
        public void feedError(String message) {
          problems.add(Reason.of("preview.feedError", message));
        }
      });
      if (mapping.tally().rejectedValues() > rejectedBefore) {
        problems.add(mapping.tally().lastRejection());
      }
      if (mapping.tally().unmatchedMessages() > unmatchedBefore) {
        problems.add(Reason.of("preview.unmatched", brief(m.toString())));
      }
    }
    return new Result(rows, problems, mapping.usesMessageTime(), sampleProblems, null);
  }

  /**
   * The messages of a sample text: one JSON message (over several lines, if it likes), or
   * several, one after another or one a line; a line that is not JSON is told in
   * {@code problems} and passed over.
   */
  public static List<JsonNode> messages(String samples, List<Reason> problems) {
    List<JsonNode> out = new ArrayList<>();
    String text = samples == null ? "" : samples.strip();
    if (text.isEmpty()) {
      problems.add(Reason.of("preview.pasteSample"));
      return out;
    }
    try (com.fasterxml.jackson.core.JsonParser all = JSON.createParser(text)) {
      // One message, or several one after another (a line each); a message that is an array
      // stays one message (a reader of values would take its elements for messages).
      while (all.nextToken() != null) {
        out.add(JSON.readTree(all));
      }
      return out;
    } catch (java.io.IOException whole) {
      out.clear();
      int line = 0;
      for (String l : text.lines().toList()) {
        line++;
        if (l.isBlank()) {
          continue;
        }
        try {
          out.add(JSON.readTree(l));
        } catch (JsonProcessingException e) {
          problems.add(Reason.of("preview.lineNotJson", line,
              e.getOriginalMessage().lines().findFirst().orElse("")));
        }
      }
      return out;
    }
  }

  private static String brief(String s) {
    return s.length() <= 80 ? s : s.substring(0, 77) + "...";
  }
}
