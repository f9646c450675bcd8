package org.livedash.record;

import java.nio.charset.StandardCharsets;

/**
 * The JSON Schemas a recording's channels are written under, so that Foxglove, Lichtblick and
 * PlotJuggler know a reading's fields and plot them.
 */
final class RecordingSchemas {
  /** A reading of one series: its time, value, the feed's number, a trade's volume. */
  static final byte[] READING = ("{\"type\":\"object\",\"properties\":{"
      + "\"t\":{\"type\":\"integer\",\"description\":\"the reading's time, µs since the epoch\"},"
      + "\"value\":{\"type\":[\"number\",\"null\"]},"
      + "\"seq\":{\"type\":\"integer\",\"description\":\"the feed's update number, -1 for none\"},"
      + "\"volume\":{\"type\":\"number\",\"description\":\"a trade's size, when it has one\"}},"
      + "\"required\":[\"t\",\"value\",\"seq\"]}").getBytes(StandardCharsets.UTF_8);
  /** A feed event: its kind, and what the kind says (an alert's JSON under {@code alert}). */
  static final byte[] EVENT = ("{\"type\":\"object\",\"properties\":{"
      + "\"kind\":{\"type\":\"string\",\"enum\":[\"connection\",\"stream\",\"hole\",\"alert\","
      + "\"acknowledged\",\"notRecorded\",\"note\"]}},"
      + "\"required\":[\"kind\"]}").getBytes(StandardCharsets.UTF_8);

  /** A feed's own message, as it was received: whatever JSON the feed sent. */
  static final byte[] RAW = ("{\"description\":\"a message of the feed as it was received,"
      + " before its numbers were mapped to series\"}").getBytes(StandardCharsets.UTF_8);

  private RecordingSchemas() {}
}
