package org.livedash.transport;

import java.util.List;
import org.livedash.feed.DecodedFrame;
import org.livedash.model.FeedMode;
import org.livedash.model.SeriesMeta;

/**
 * Where the supervisor delivers what its transports receive: the bridge into the model. Calls
 * come from transport threads and the supervisor thread, one at a time (the supervisor
 * serialises them), and only from the current connection: a frame from a transport that has been
 * replaced is never delivered.
 */
public interface FeedSink {
  /**
   * The sequence number a new connection resumes after, or {@link FeedTransport#LIVE} to start
   * with the live feed.
   */
  long resumeAfter();

  void onCatalogue(List<SeriesMeta> catalogue);

  /** A connection in {@code mode} is starting: its figures count from now. */
  void onModeEntered(FeedMode mode);

  /** The user stopped the feed. */
  void onStopped();

  void onFrame(FeedMode mode, DecodedFrame frame, long receivedMicros);

  void onTraffic(FeedMode mode, long bytesIn, long bytesOut, int requests, boolean emptyPoll);
}
