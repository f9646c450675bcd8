package org.livedash.feed;

import org.livedash.model.Reason;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
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
 * <p>Thread-safe: the factory is shared, parsers are per call. {@link FrameWriter} is the
 * other direction.
 */
public final class FeedCodec {
  /**
   * Frames larger than this are refused before parsing (a server bug or an attack): the most
   * any client setting allows ({@code --max-frame-size}); transports hold frames to their own,
   * usually lower, limit before this.
   */
  public static final int MAX_FRAME_CHARS = 64 * 1024 * 1024;
  /**
   * The largest frame a server may send (protocol: frames stay under 1 MiB), and so the least
   * any client must accept.
   */
  public static final int SERVER_FRAME_BYTES = 1024 * 1024;
  /** Longest stream id accepted; the id is echoed in every resume request. */
  public static final int MAX_STREAM_ID = 64;

  private final JsonFactory factory =
      JsonFactory.builder()
          // Exact (correctly rounded) and several times faster than the JDK's parser on the
          // long decimals feeds send; values are the same double either way.
          .enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER)
          .streamReadConstraints(
              StreamReadConstraints.builder().maxNestingDepth(16).maxStringLength(4096).build())
          .build();
  /** Reads series descriptions, the one part of a frame read as a tree (rare and small). */
  private final ObjectMapper trees = new ObjectMapper(factory);
  private final CatalogueCodec catalogue = new CatalogueCodec();
  /** Each decoding thread's recent series ids. */
  private final ThreadLocal<SeriesIds> ids = ThreadLocal.withInitial(SeriesIds::new);

  /** An update's members, in the order servers write them ({@link FrameWriter}). */
  private static final SerializedString[] UPDATE_MEMBERS = {
      new SerializedString("seq"), new SerializedString("id"), new SerializedString("t"),
      new SerializedString("v"), new SerializedString("vol")};
  /** Characters reckoned an update when a frame's columns are sized: most take more. */
  private static final int UPDATE_CHARS = 64;
  private static final int SEQ = 0;
  private static final int ID = 1;
  private static final int T = 2;
  private static final int V = 3;
  private static final int VOL = 4;
  private static final int END = -2;

  /** Decodes one frame; never throws for bad input. */
  public DecodedFrame decode(String text) {
    if (text.length() > MAX_FRAME_CHARS) {
      return DecodedFrame.rejected(Reason.of("codec.tooManyChars", text.length()));
    }
    return parse(() -> factory.createParser(text), text.length());
  }

  /**
   * Decodes one frame from UTF-8 bytes as received (a polling answer), without making a string
   * of it first; never throws for bad input. Invalid UTF-8 rejects the frame.
   */
  public DecodedFrame decode(byte[] utf8) {
    if (utf8.length > MAX_FRAME_CHARS) {
      return DecodedFrame.rejected(Reason.of("codec.tooManyBytes", utf8.length));
    }
    return parse(() -> factory.createParser(utf8), utf8.length);
  }

  /** {@code length}: the frame's characters or bytes, from which its updates are reckoned. */
  private DecodedFrame parse(ParserSource source, int length) {
    try (JsonParser p = source.open()) {
      return decode(p, length);
    } catch (JsonProcessingException e) {
      return DecodedFrame.rejected(Reason.of("codec.malformed", firstLine(e.getOriginalMessage())));
    } catch (IOException e) {
      return DecodedFrame.rejected(Reason.of("codec.unreadable", firstLine(e.getMessage())));
    }
  }

  @FunctionalInterface
  private interface ParserSource {
    JsonParser open() throws IOException;
  }

  private DecodedFrame decode(JsonParser p, int length) throws IOException {
    if (p.nextToken() != JsonToken.START_OBJECT) {
      return DecodedFrame.rejected(Reason.of("codec.notObject"));
    }
    FrameFields f = new FrameFields();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      JsonToken token = p.nextToken();
      switch (name) {
        case "type" -> f.type = token == JsonToken.VALUE_STRING ? p.getText() : null;
        case "updates" -> readUpdates(p, token, f, length);
        case "last" -> f.last = FrameFields.longOr(p, token, -1);
        case "more" -> f.more = token == JsonToken.VALUE_TRUE;
        case "t" -> f.serverTime = FrameFields.longOr(p, token, -1);
        case "heartbeatMs" -> f.heartbeatMs = FrameFields.longOr(p, token, -1);
        case "from" -> f.gapFrom = FrameFields.longOr(p, token, -1);
        case "to" -> f.gapTo = FrameFields.longOr(p, token, -1);
        case "gap" -> f.readGap(p, token);
        case "lost" -> f.gapLost = FrameFields.longOr(p, token, 0);
        case "status" -> f.status = f.readStatus(p, token);
        case "state" -> f.state = token == JsonToken.VALUE_STRING ? p.getText() : null;
        case "since" -> f.since = FrameFields.longOr(p, token, -1);
        case "wire" -> f.readWire(p, token);
        case "message" -> f.message = token == JsonToken.VALUE_STRING ? p.getText() : null;
        case "stream" -> f.stream = streamId(p, token);
        case "series" -> readSeries(p, token, f);
        case "code" -> f.code = token == JsonToken.VALUE_STRING ? truncate(p.getText()) : null;
        case "protocol", "server", "historyFrom" -> { }
        default -> f.unknownFields++;
      }
      // A value of the wrong shape (an array or object where a number was due) is passed over
      // whole, so the parser never loses its place in the frame.
      p.skipChildren();
    }
    if (p.nextToken() != null) {
      return DecodedFrame.rejected(Reason.of("codec.afterObject"));
    }
    if (f.type == null) {
      return DecodedFrame.rejected(Reason.of("codec.noType"));
    }
    FrameType type = FrameType.fromWire(f.type).orElse(null);
    if (type == null) {
      return DecodedFrame.rejected(Reason.of("codec.unknownType", truncate(f.type)));
    }
    if (type == FrameType.BATCH && f.updates == null) {
      return DecodedFrame.rejected(Reason.of("codec.noUpdates"));
    }
    return new DecodedFrame(
        type,
        f.updates == null ? UpdateBatch.EMPTY : f.updates,
        f.rejections,
        f.unknownFields,
        f.last,
        f.more,
        f.gapFrom,
        f.gapTo,
        f.serverTime,
        f.heartbeatMs,
        f.stream,
        type == FrameType.ERROR ? String.valueOf(f.message) : null,
        f.series == null ? List.of() : f.series,
        f.wireIn >= 0 && f.wireOut >= 0 ? f.wireIn : -1,
        f.wireIn >= 0 && f.wireOut >= 0 ? f.wireOut : -1,
        Math.max(0, f.gapLost),
        type == FrameType.STATUS ? FrameFields.status(f.state, f.code, f.message, f.since)
            : f.status);
  }

  /** The descriptions of series a server added while running (protocol 1.2). */
  private void readSeries(JsonParser p, JsonToken token, FrameFields f) throws IOException {
    if (token != JsonToken.START_ARRAY) {
      f.rejections.add(Reason.of("codec.seriesNotArray"));
      return;
    }
    f.series = new ArrayList<>();
    while (p.nextToken() != JsonToken.END_ARRAY) {
      if (f.series.size() >= CatalogueCodec.MAX_SERIES) {
        f.rejections.add(Reason.of("codec.tooManySeries", CatalogueCodec.MAX_SERIES));
        p.skipChildren();
        continue;
      }
      try {
        f.series.add(catalogue.decodeEntry(trees.readTree(p)));
      } catch (FeedFormatException e) {
        f.rejections.add(e.reason());
      }
    }
  }

  private void readUpdates(JsonParser p, JsonToken token, FrameFields f, int length)
      throws IOException {
    if (token != JsonToken.START_ARRAY) {
      f.rejections.add(Reason.of("codec.updatesNotArray"));
      p.skipChildren();
      return;
    }
    // Room for the updates a frame of this length holds, near enough that the columns are
    // seldom grown (an update takes some 60 to 100 characters).
    f.updates = new UpdateBatch(Math.max(16, length / UPDATE_CHARS));
    while (p.nextToken() != JsonToken.END_ARRAY) {
      if (p.currentToken() != JsonToken.START_OBJECT) {
        f.rejections.add(Reason.of("codec.updateNotObject"));
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
    Reason problem = null;
    boolean hasV = false;
    int expected = 0;
    for (int member = nextMember(p, 0); member != END; member = nextMember(p, expected)) {
      if (member == expected) {
        expected++;
      }
      JsonToken token = p.nextToken();
      switch (member) {
        case SEQ -> {
          if (isLong(p, token)) {
            seq = p.getLongValue();
          } else {
            problem = firstProblem(problem, Reason.of("codec.seqNotInteger"));
          }
        }
        case ID -> {
          if (token == JsonToken.VALUE_STRING && p.getTextLength() > 0) {
            id = ids.get().of(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
          } else {
            problem = firstProblem(problem, Reason.of("codec.idNotString"));
          }
        }
        case T -> {
          if (isLong(p, token)) {
            t = p.getLongValue();
          } else {
            problem = firstProblem(problem, Reason.of("codec.tNotInteger"));
          }
        }
        case V -> {
          hasV = true;
          if (token.isNumeric()) {
            v = p.getDoubleValue();
            if (!Double.isFinite(v)) {
              problem = firstProblem(problem, Reason.of("codec.vNotFinite"));
            }
          } else {
            problem = firstProblem(problem, Reason.of("codec.vNotNumber"));
          }
        }
        case VOL -> {
          if (token.isNumeric() && Double.isFinite(p.getDoubleValue())) {
            vol = p.getDoubleValue();
          } else if (token != JsonToken.VALUE_NULL) {
            problem = firstProblem(problem, Reason.of("codec.volNotFinite"));
          }
        }
        default -> f.unknownFields++;
      }
      p.skipChildren();
    }
    if (problem == null) {
      problem = missing(seq, id, t, hasV);
    }
    if (problem == null && seq < 1) {
      problem = Reason.of("codec.seqPositive");
    }
    if (problem == null && t < 1) {
      problem = Reason.of("codec.tPositive");
    }
    if (problem != null) {
      f.rejections.add(seq > 0 ? Reason.of("codec.updateSeq", Long.toString(seq), problem)
          : Reason.of("codec.update", problem));
      return;
    }
    f.updates.add(seq, id, t, v, vol);
  }

  /**
   * The next member of an update ({@link #SEQ} …, -1 for one this client does not know), or
   * {@link #END}. The member expected next in the order servers write them is matched as it
   * comes, without looking its name up; any other order still reads, by name.
   */
  private static int nextMember(JsonParser p, int expected) throws IOException {
    if (expected < UPDATE_MEMBERS.length) {
      if (p.nextFieldName(UPDATE_MEMBERS[expected])) {
        return expected;
      }
    } else {
      p.nextToken();
    }
    return p.currentToken() == JsonToken.FIELD_NAME ? updateMember(p.currentName()) : END;
  }

  private static int updateMember(String name) {
    return switch (name) {
      case "seq" -> SEQ;
      case "id" -> ID;
      case "t" -> T;
      case "v" -> V;
      case "vol" -> VOL;
      default -> -1;
    };
  }

  private static boolean isLong(JsonParser p, JsonToken token) throws IOException {
    return token == JsonToken.VALUE_NUMBER_INT
        && p.getNumberType() != JsonParser.NumberType.BIG_INTEGER;
  }

  private static Reason missing(long seq, String id, long t, boolean hasV) {
    if (seq == Long.MIN_VALUE) {
      return Reason.of("codec.missingSeq");
    }
    if (id == null) {
      return Reason.of("codec.missingId");
    }
    if (t == Long.MIN_VALUE) {
      return Reason.of("codec.missingT");
    }
    return hasV ? null : Reason.of("codec.missingV");
  }

  /** A stream id: a non-empty string of at most {@link #MAX_STREAM_ID} characters, else null. */
  private static String streamId(JsonParser p, JsonToken token) throws IOException {
    if (token != JsonToken.VALUE_STRING) {
      return null;
    }
    String id = p.getText();
    return id.isEmpty() || id.length() > MAX_STREAM_ID ? null : id;
  }

  private static Reason firstProblem(Reason current, Reason candidate) {
    return current != null ? current : candidate;
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "";
    }
    int nl = s.indexOf('\n');
    return truncate(nl < 0 ? s : s.substring(0, nl));
  }

  static String truncate(String s) {
    return s.length() <= 80 ? s : s.substring(0, 77) + "...";
  }
}
