package org.livedash.feed;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads and writes feed frames with Jackson's streaming API: the hot path of the client, so it
 * builds no tree and keeps going past bad updates. Every rule it enforces is in docs/protocol.md:
 * an update needs an integer {@code seq} above zero, a non-empty string {@code id}, an integer
 * {@code t} above zero and a finite number {@code v}; {@code vol} is optional. An update that
 * breaks a rule is rejected with a reason and the rest of its frame still counts; a frame that is
 * not well-formed JSON is rejected whole.
 *
 * <p>Thread-safe: the factory is shared, parsers are per call.
 */
public final class FeedCodec {
  /** Frames larger than this are refused before parsing (a server bug or an attack). */
  public static final int MAX_FRAME_CHARS = 8 * 1024 * 1024;

  private final JsonFactory factory =
      JsonFactory.builder()
          .streamReadConstraints(
              StreamReadConstraints.builder().maxNestingDepth(16).maxStringLength(4096).build())
          .build();

  /** Decodes one frame; never throws for bad input. */
  public DecodedFrame decode(String text) {
    if (text.length() > MAX_FRAME_CHARS) {
      return DecodedFrame.rejected("frame of " + text.length() + " characters is too large");
    }
    try (JsonParser p = factory.createParser(text)) {
      return decode(p);
    } catch (JsonProcessingException e) {
      return DecodedFrame.rejected("malformed JSON: " + firstLine(e.getOriginalMessage()));
    } catch (IOException e) {
      return DecodedFrame.rejected("unreadable frame: " + firstLine(e.getMessage()));
    }
  }

  private DecodedFrame decode(JsonParser p) throws IOException {
    if (p.nextToken() != JsonToken.START_OBJECT) {
      return DecodedFrame.rejected("frame is not a JSON object");
    }
    FrameFields f = new FrameFields();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      JsonToken token = p.nextToken();
      switch (name) {
        case "type" -> f.type = token == JsonToken.VALUE_STRING ? p.getText() : null;
        case "updates" -> readUpdates(p, token, f);
        case "last" -> f.last = longOr(p, token, -1);
        case "more" -> f.more = token == JsonToken.VALUE_TRUE;
        case "t" -> f.serverTime = longOr(p, token, -1);
        case "heartbeatMs" -> f.heartbeatMs = longOr(p, token, -1);
        case "from" -> f.gapFrom = longOr(p, token, -1);
        case "to" -> f.gapTo = longOr(p, token, -1);
        case "gap" -> readGap(p, token, f);
        case "message" -> f.message = token == JsonToken.VALUE_STRING ? p.getText() : null;
        case "protocol", "server", "code", "historyFrom" -> p.skipChildren();
        default -> {
          f.unknownFields++;
          p.skipChildren();
        }
      }
    }
    if (p.nextToken() != null) {
      return DecodedFrame.rejected("malformed JSON: content after the frame's object");
    }
    if (f.type == null) {
      return DecodedFrame.rejected("frame has no string field 'type'");
    }
    FrameType type = FrameType.fromWire(f.type).orElse(null);
    if (type == null) {
      return DecodedFrame.rejected("unknown frame type '" + truncate(f.type) + "'");
    }
    if (type == FrameType.BATCH && f.updates == null) {
      return DecodedFrame.rejected("batch frame has no array 'updates'");
    }
    return new DecodedFrame(
        type,
        f.updates == null ? List.of() : f.updates,
        f.rejections,
        f.unknownFields,
        f.last,
        f.more,
        f.gapFrom,
        f.gapTo,
        f.serverTime,
        f.heartbeatMs,
        type == FrameType.ERROR ? String.valueOf(f.message) : null);
  }

  private void readUpdates(JsonParser p, JsonToken token, FrameFields f) throws IOException {
    if (token != JsonToken.START_ARRAY) {
      f.rejections.add("'updates' is not an array");
      p.skipChildren();
      return;
    }
    f.updates = new ArrayList<>();
    while (p.nextToken() != JsonToken.END_ARRAY) {
      if (p.currentToken() != JsonToken.START_OBJECT) {
        f.rejections.add("update is not an object");
        p.skipChildren();
        continue;
      }
      readUpdate(p, f);
    }
  }

  private void readUpdate(JsonParser p, FrameFields f) throws IOException {
    long seq = Long.MIN_VALUE;
    long t = Long.MIN_VALUE;
    String id = null;
    double v = Double.NaN;
    double vol = Double.NaN;
    String problem = null;
    boolean hasV = false;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      JsonToken token = p.nextToken();
      switch (name) {
        case "seq" -> {
          if (token == JsonToken.VALUE_NUMBER_INT) {
            seq = p.getLongValue();
          } else {
            problem = firstProblem(problem, "field 'seq' is not an integer");
          }
        }
        case "id" -> {
          if (token == JsonToken.VALUE_STRING && !p.getText().isEmpty()) {
            id = p.getText();
          } else {
            problem = firstProblem(problem, "field 'id' is not a non-empty string");
          }
        }
        case "t" -> {
          if (token == JsonToken.VALUE_NUMBER_INT) {
            t = p.getLongValue();
          } else {
            problem = firstProblem(problem, "field 't' is not an integer");
          }
        }
        case "v" -> {
          hasV = true;
          if (token.isNumeric()) {
            v = p.getDoubleValue();
            if (!Double.isFinite(v)) {
              problem = firstProblem(problem, "field 'v' is not finite");
            }
          } else {
            problem = firstProblem(problem, "field 'v' is not a number");
          }
        }
        case "vol" -> {
          if (token.isNumeric() && Double.isFinite(p.getDoubleValue())) {
            vol = p.getDoubleValue();
          } else if (token != JsonToken.VALUE_NULL) {
            problem = firstProblem(problem, "field 'vol' is not a finite number");
          }
        }
        default -> {
          f.unknownFields++;
          p.skipChildren();
        }
      }
    }
    if (problem == null) {
      problem = missing(seq, id, t, hasV);
    }
    if (problem == null && seq < 1) {
      problem = "field 'seq' must be at least 1";
    }
    if (problem == null && t < 1) {
      problem = "field 't' must be a positive timestamp";
    }
    if (problem != null) {
      f.rejections.add(seq > 0 ? "update " + seq + ": " + problem : "update: " + problem);
      return;
    }
    f.updates.add(new Update(seq, id, t, v, vol));
  }

  private static String missing(long seq, String id, long t, boolean hasV) {
    if (seq == Long.MIN_VALUE) {
      return "missing field 'seq'";
    }
    if (id == null) {
      return "missing field 'id'";
    }
    if (t == Long.MIN_VALUE) {
      return "missing field 't'";
    }
    return hasV ? null : "missing field 'v'";
  }

  private void readGap(JsonParser p, JsonToken token, FrameFields f) throws IOException {
    if (token != JsonToken.START_OBJECT) {
      p.skipChildren();
      f.rejections.add("'gap' is not an object");
      return;
    }
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      JsonToken value = p.nextToken();
      if (name.equals("from")) {
        f.gapFrom = longOr(p, value, -1);
      } else if (name.equals("to")) {
        f.gapTo = longOr(p, value, -1);
      } else {
        f.unknownFields++;
        p.skipChildren();
      }
    }
  }

  private static long longOr(JsonParser p, JsonToken token, long fallback) throws IOException {
    if (token == JsonToken.VALUE_NUMBER_INT) {
      return p.getLongValue();
    }
    p.skipChildren();
    return fallback;
  }

  private static String firstProblem(String current, String candidate) {
    return current != null ? current : candidate;
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "";
    }
    int nl = s.indexOf('\n');
    return truncate(nl < 0 ? s : s.substring(0, nl));
  }

  private static String truncate(String s) {
    return s.length() <= 80 ? s : s.substring(0, 77) + "...";
  }

  private static final class FrameFields {
    String type;
    List<Update> updates;
    final List<String> rejections = new ArrayList<>(0);
    int unknownFields;
    long last = -1;
    boolean more;
    long gapFrom = -1;
    long gapTo = -1;
    long serverTime = -1;
    long heartbeatMs = -1;
    String message;
  }

  // ---- writing (the server side) ----

  /** One update as a JSON object, to be embedded in batch frames. */
  public String encodeUpdate(Update u) {
    return write(
        g -> {
          g.writeStartObject();
          g.writeNumberField("seq", u.seq());
          g.writeStringField("id", u.seriesId());
          g.writeNumberField("t", u.timeMicros());
          g.writeNumberField("v", u.value());
          if (!Double.isNaN(u.volume())) {
            g.writeNumberField("vol", u.volume());
          }
          g.writeEndObject();
        });
  }

  /**
   * A batch frame from already encoded updates. {@code last} and {@code more} are written for
   * polling responses (pass {@code last < 0} to leave them out); a gap is written when {@code
   * gapFrom > 0}.
   */
  public String batchFrame(List<String> encodedUpdates, long last, boolean more, long gapFrom,
      long gapTo) {
    int size = 64;
    for (String u : encodedUpdates) {
      size += u.length() + 1;
    }
    StringBuilder sb = new StringBuilder(size).append("{\"type\":\"batch\"");
    if (last >= 0) {
      sb.append(",\"last\":").append(last).append(",\"more\":").append(more);
    }
    if (gapFrom > 0) {
      sb.append(",\"gap\":{\"from\":").append(gapFrom).append(",\"to\":").append(gapTo).append('}');
    }
    sb.append(",\"updates\":[");
    for (int i = 0; i < encodedUpdates.size(); i++) {
      if (i > 0) {
        sb.append(',');
      }
      sb.append(encodedUpdates.get(i));
    }
    return sb.append("]}").toString();
  }

  public String helloFrame(String server, long last, long heartbeatMillis, long historyFrom) {
    return write(
        g -> {
          g.writeStartObject();
          g.writeStringField("type", FrameType.HELLO.wireName());
          g.writeNumberField("protocol", 1);
          g.writeStringField("server", server);
          g.writeNumberField("last", last);
          g.writeNumberField("heartbeatMs", heartbeatMillis);
          g.writeNumberField("historyFrom", historyFrom);
          g.writeEndObject();
        });
  }

  public String heartbeatFrame(long serverTimeMicros, long last) {
    return "{\"type\":\"heartbeat\",\"t\":" + serverTimeMicros + ",\"last\":" + last + "}";
  }

  public String gapFrame(long from, long to) {
    return "{\"type\":\"gap\",\"from\":" + from + ",\"to\":" + to + "}";
  }

  public String errorFrame(String code, String message) {
    return write(
        g -> {
          g.writeStartObject();
          g.writeStringField("type", FrameType.ERROR.wireName());
          g.writeStringField("code", code);
          g.writeStringField("message", message);
          g.writeEndObject();
        });
  }

  private String write(GeneratorBody body) {
    StringWriter out = new StringWriter(96);
    try (JsonGenerator g = factory.createGenerator(out)) {
      body.write(g);
    } catch (IOException e) {
      throw new UncheckedIOException("writing to a string cannot fail", e);
    }
    return out.toString();
  }

  @FunctionalInterface
  private interface GeneratorBody {
    void write(JsonGenerator g) throws IOException;
  }
}
