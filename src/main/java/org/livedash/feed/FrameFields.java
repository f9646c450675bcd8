package org.livedash.feed;

import org.livedash.model.Reason;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.livedash.model.SeriesMeta;

/**
 * What one frame said so far, as {@link FeedCodec} reads it member by member, and the readers of
 * its small nested members ({@code gap}, {@code wire}, {@code status}), each keeping the
 * parser's place whatever shape a member has.
 */
final class FrameFields {
  String type;
  UpdateBatch updates;
  final List<Reason> rejections = new ArrayList<>(0);
  int unknownFields;
  long last = -1;
  boolean more;
  long gapFrom = -1;
  long gapTo = -1;
  long serverTime = -1;
  long heartbeatMs = -1;
  long wireIn = -1;
  long wireOut = -1;
  String stream;
  String message;
  String code;
  String state;
  long since = -1;
  long gapLost;
  DecodedFrame.ServerStatus status;
  List<SeriesMeta> series;

  /** A status as its members said it: ok unless the state is degraded. */
  static DecodedFrame.ServerStatus status(String state, String code, String message,
      long since) {
    if (!"degraded".equals(state)) {
      return DecodedFrame.ServerStatus.OK;
    }
    return new DecodedFrame.ServerStatus(code == null ? "unknown" : code,
        message == null ? "" : message, since);
  }

  /** A polling answer's {@code status} member (1.4). */
  DecodedFrame.ServerStatus readStatus(JsonParser p, JsonToken token) throws IOException {
    if (token != JsonToken.START_OBJECT) {
      unknownFields++;
      return null;
    }
    String state = null;
    String code = null;
    String message = null;
    long since = -1;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      JsonToken value = p.nextToken();
      switch (name) {
        case "state" -> state = value == JsonToken.VALUE_STRING ? p.getText() : null;
        case "code" -> code =
            value == JsonToken.VALUE_STRING ? FeedCodec.truncate(p.getText()) : null;
        case "message" -> message = value == JsonToken.VALUE_STRING ? p.getText() : null;
        case "since" -> since = longOr(p, value, -1);
        default -> unknownFields++;
      }
      p.skipChildren();
    }
    return status(state, code, message, since);
  }

  void readGap(JsonParser p, JsonToken token) throws IOException {
    if (token != JsonToken.START_OBJECT) {
      p.skipChildren();
      rejections.add(Reason.of("codec.gapNotObject"));
      return;
    }
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      JsonToken value = p.nextToken();
      if (name.equals("from")) {
        gapFrom = longOr(p, value, -1);
      } else if (name.equals("to")) {
        gapTo = longOr(p, value, -1);
      } else if (name.equals("lost")) {
        gapLost = longOr(p, value, 0);
      } else {
        unknownFields++;
        p.skipChildren();
      }
    }
  }

  /** A heartbeat's {@code wire}: the bytes the server counted on the connection (1.3). */
  void readWire(JsonParser p, JsonToken token) throws IOException {
    if (token != JsonToken.START_OBJECT) {
      unknownFields++;
      return;
    }
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      JsonToken value = p.nextToken();
      switch (name) {
        case "in" -> wireIn = longOr(p, value, -1);
        case "out" -> wireOut = longOr(p, value, -1);
        default -> {
          unknownFields++;
          p.skipChildren();
        }
      }
    }
  }

  static long longOr(JsonParser p, JsonToken token, long fallback) throws IOException {
    if (token == JsonToken.VALUE_NUMBER_INT) {
      return p.getNumberType() == JsonParser.NumberType.BIG_INTEGER ? fallback : p.getLongValue();
    }
    p.skipChildren();
    return fallback;
  }
}
