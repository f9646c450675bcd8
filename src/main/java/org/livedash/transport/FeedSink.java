package org.livedash.transport;

import java.util.List;
import org.livedash.feed.DecodedFrame;
import org.livedash.feed.FeedEndpoints;
import org.livedash.model.FeedMode;
import org.livedash.model.ResumePoint;
import org.livedash.model.SeriesMeta;

/**
 * Where the supervisor delivers what its transports receive: the bridge into the model. Calls
 * come from transport threads and the supervisor thread, one at a time (the supervisor
 * serialises them), and only from the current connection: a frame from a transport that has been
 * replaced is never delivered.
 */
public interface FeedSink {
  /**
   * What a new connection, or the next poll, asks the server for: the position owned by the
   * model. Read afresh before every request, so it always reflects the frames applied so far.
   */
  ResumePoint resumePoint();

  /** A connection to {@code endpoints} is about to start: another server starts afresh. */
  void onConnecting(FeedEndpoints endpoints);

  void onCatalogue(List<SeriesMeta> catalogue);

  /** A connection in {@code mode} is starting: its figures count from now. */
  void onModeEntered(FeedMode mode, java.time.Duration pollInterval);

  /** The connection's status changed (connecting, live, reconnecting, down, refused). */
  default void onStatus(org.livedash.model.ConnectionStatus status) {}

  /** The user stopped the feed. */
  void onStopped();

  void onFrame(FeedMode mode, DecodedFrame frame, long receivedMicros);

  /** A message of a feed in its own JSON shape; see {@link FeedListener#onMessage}. */
  default void onMessage(FeedMode mode, String text, long receivedMicros) {}

  void onTraffic(FeedMode mode, long bytesIn, long bytesOut, int requests, boolean emptyPoll);

  /** What the server counted; see {@link FeedListener#onCounted}. */
  default void onCounted(FeedMode mode, org.livedash.model.WireCount span) {}
}
