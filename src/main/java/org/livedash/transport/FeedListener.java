package org.livedash.transport;

import org.livedash.model.Reason;
import org.livedash.feed.DecodedFrame;

/**
 * What a {@link FeedTransport} reports. Every callback runs on a thread of the transport (a Tyrus
 * or HTTP client thread), never the JavaFX thread; callbacks of one transport never overlap.
 * After {@link FeedTransport#start} the transport makes exactly one terminal call: {@link
 * #onClosed} when closed by its owner, or {@link #onFailure} when it stopped by itself.
 */
public interface FeedListener {
  /** The first frame of the connection arrived: the feed is live. */
  default void onOpen() {}

  /**
   * One decoded frame. Rejected frames and updates are delivered too, so they can be counted.
   *
   * @param receivedMicros the client's clock when the frame arrived, epoch microseconds
   */
  void onFrame(DecodedFrame frame, long receivedMicros);

  /**
   * One message of a feed in its own JSON shape (not the LiveDash protocol), as received: the
   * profile's mapping makes updates of it.
   */
  default void onMessage(String text, long receivedMicros) {}

  /** Bytes moved and requests made, as they happen. */
  default void onTraffic(long bytesIn, long bytesOut, int requests, boolean emptyPoll) {}

  /**
   * What the server counted on the connection since its previous report, beside the client's
   * estimate of the same bytes (protocol 1.3); never called against a server that does not
   * report.
   */
  default void onCounted(org.livedash.model.WireCount span) {}

  /** Terminal: the owner closed the transport. */
  default void onClosed() {}

  /** Terminal: the connection failed or went silent; {@code reason} is one line for the user. */
  void onFailure(Reason reason, Throwable cause);
}
