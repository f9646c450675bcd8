package org.livedash.feed;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Writes feed frames, the server side of {@link FeedCodec}: updates are encoded once when they
 * are issued and embedded as they are in every frame that carries them, so a batch sent to many
 * clients is built once.
 *
 * <p>Thread-safe.
 */
public final class FrameWriter {
  private final JsonFactory factory = new JsonFactory();

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
    return batchFrame(encodedUpdates, null, last, more, gapFrom, gapTo);
  }

  /** A batch frame naming its stream (a polling response of protocol 1.1); null leaves it out. */
  public String batchFrame(List<String> encodedUpdates, String stream, long last, boolean more,
      long gapFrom, long gapTo) {
    return batchFrame(encodedUpdates, List.of(), stream, last, more, gapFrom, gapTo);
  }

  /**
   * A batch frame with the descriptions of the series whose first update it carries (catalogue
   * entries, protocol 1.2), written before the updates.
   */
  public String batchFrame(List<String> encodedUpdates, List<String> newSeries, String stream,
      long last, boolean more, long gapFrom, long gapTo) {
    return batchFrame(encodedUpdates, newSeries, stream, last, more, gapFrom, gapTo, 0, null);
  }

  /**
   * A polling answer in full: besides the above, how many numbers of its gap the server
   * declared lost ({@code gapLost}, protocol 1.4; 0 leaves it out) and the server's status
   * when it is not ok ({@code status}, a {@link #statusMember}; null leaves it out).
   */
  public String batchFrame(List<String> encodedUpdates, List<String> newSeries, String stream,
      long last, boolean more, long gapFrom, long gapTo, long gapLost, String status) {
    int size = 64;
    for (String u : encodedUpdates) {
      size += u.length() + 1;
    }
    StringBuilder sb = new StringBuilder(size).append("{\"type\":\"batch\"");
    appendSeries(sb, newSeries);
    if (stream != null) {
      sb.append(",\"stream\":\"").append(stream).append('"');
    }
    if (last >= 0) {
      sb.append(",\"last\":").append(last).append(",\"more\":").append(more);
    }
    if (gapFrom > 0) {
      sb.append(",\"gap\":{\"from\":").append(gapFrom).append(",\"to\":").append(gapTo);
      if (gapLost > 0) {
        sb.append(",\"lost\":").append(gapLost);
      }
      sb.append('}');
    }
    if (status != null) {
      sb.append(",\"status\":").append(status);
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

  /** The greeting of a WebSocket connection; {@code stream} null leaves it out (protocol 1.0). */
  public String helloFrame(String server, String stream, long last, long heartbeatMillis,
      long historyFrom) {
    return helloFrame(server, stream, last, heartbeatMillis, historyFrom, List.of());
  }

  /**
   * The greeting, with the series the server added since its stream began (catalogue entries,
   * protocol 1.2): a client that fetched the catalogue a moment earlier misses none.
   */
  public String helloFrame(String server, String stream, long last, long heartbeatMillis,
      long historyFrom, List<String> addedSeries) {
    String hello = write(
        g -> {
          g.writeStartObject();
          g.writeStringField("type", FrameType.HELLO.wireName());
          g.writeNumberField("protocol", 1);
          g.writeStringField("server", server);
          if (stream != null) {
            g.writeStringField("stream", stream);
          }
          g.writeNumberField("last", last);
          g.writeNumberField("heartbeatMs", heartbeatMillis);
          g.writeNumberField("historyFrom", historyFrom);
          g.writeEndObject();
        });
    if (addedSeries.isEmpty()) {
      return hello;
    }
    StringBuilder sb = new StringBuilder(hello.length() + 64 * addedSeries.size())
        .append(hello, 0, hello.length() - 1);
    appendSeries(sb, addedSeries);
    return sb.append('}').toString();
  }

  private static void appendSeries(StringBuilder sb, List<String> series) {
    if (series.isEmpty()) {
      return;
    }
    sb.append(",\"series\":[");
    for (int i = 0; i < series.size(); i++) {
      if (i > 0) {
        sb.append(',');
      }
      sb.append(series.get(i));
    }
    sb.append(']');
  }

  public String heartbeatFrame(long serverTimeMicros, long last) {
    return "{\"type\":\"heartbeat\",\"t\":" + serverTimeMicros + ",\"last\":" + last + "}";
  }

  /**
   * A heartbeat that also reports the connection's counted bytes (protocol 1.3): {@code
   * heartbeat} with {@link #wireMember} added as its last member.
   */
  public static String withWire(String heartbeat, long in, long out) {
    return heartbeat.substring(0, heartbeat.length() - 1) + wireMember(in, out) + "}";
  }

  /**
   * The {@code wire} member exactly as servers write it, leading comma included: these are the
   * bytes a client leaves out of its own count, as the server leaves them out of its report.
   */
  public static String wireMember(long in, long out) {
    return ",\"wire\":{\"in\":" + in + ",\"out\":" + out + "}";
  }

  public String gapFrame(long from, long to) {
    return gapFrame(from, to, 0);
  }

  /**
   * A gap, saying how many of its numbers the server declared lost (protocol 1.4: readings a
   * relay could not deliver), as opposed to numbers that fell out of its history.
   */
  public String gapFrame(long from, long to, long lost) {
    return "{\"type\":\"gap\",\"from\":" + from + ",\"to\":" + to
        + (lost > 0 ? ",\"lost\":" + lost : "") + "}";
  }

  /**
   * The server's status as a member value (protocol 1.4): {@code {"state":"ok"}}, or degraded
   * with a reason {@code code}, a one-line {@code message} and {@code since} (epoch µs).
   */
  public String statusMember(String code, String message, long sinceMicros) {
    if (code == null) {
      return "{\"state\":\"ok\"}";
    }
    return write(
        g -> {
          g.writeStartObject();
          g.writeStringField("state", "degraded");
          g.writeStringField("code", code);
          g.writeStringField("message", message);
          g.writeNumberField("since", sinceMicros);
          g.writeEndObject();
        });
  }

  /** A {@code status} message (protocol 1.4) from a {@link #statusMember}. */
  public String statusFrame(String member) {
    return "{\"type\":\"status\"," + member.substring(1);
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
