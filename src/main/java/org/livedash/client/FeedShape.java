package org.livedash.client;

import java.util.function.LongSupplier;
import org.livedash.feed.mapping.FeedMapping;
import org.livedash.feed.profile.Profile;
import org.livedash.model.SeriesDiscovery;
import org.livedash.transport.Credentials;
import org.livedash.transport.websocket.JsonFeedOptions;

/**
 * What one connection speaks: the LiveDash protocol, or a feed in its own JSON shape with the
 * profile, the compiled mapping, how its series are named, how to talk to it and which headers
 * to send. Chosen when the connection begins and fixed for its life.
 *
 * @param profile the profile connected with, or null for a LiveDash URL typed in
 * @param mapping null for the LiveDash protocol
 * @param credentials the headers for this feed, or null for the command line's
 * @param key what tells two feeds at one address apart, so the store starts afresh
 * @param viewKey which of the user's views it is shown with ({@link ViewLibrary})
 * @param playClock for a recording played back, the moment it plays (epoch µs); null when live
 */
public record FeedShape(Profile profile, FeedMapping mapping, SeriesDiscovery discovery,
    JsonFeedOptions json, Credentials credentials, String key, String viewKey,
    LongSupplier playClock) {
  static final FeedShape LIVEDASH = new FeedShape(null, null, null, null, null, "", "", null);

  public FeedShape(Profile profile, FeedMapping mapping, SeriesDiscovery discovery,
      JsonFeedOptions json, Credentials credentials, String key, String viewKey) {
    this(profile, mapping, discovery, json, credentials, key, viewKey, null);
  }

  /** A LiveDash server shown with view {@code viewKey}. */
  static FeedShape liveDash(Profile profile, Credentials credentials, String viewKey) {
    return new FeedShape(profile, null, null, null, credentials, "", viewKey);
  }

  /** The same connection, its profile's mapping changed: same feed, same view. */
  FeedShape remapped(Profile next, FeedMapping compiled) {
    return new FeedShape(next, compiled, discovery, json, credentials, key, viewKey, playClock);
  }

  /** The same, a recording played back by {@code clock} (null: live). */
  FeedShape playedBy(LongSupplier clock) {
    return new FeedShape(profile, mapping, discovery, json, credentials, key, viewKey, clock);
  }

  /** Whether this is a LiveDash server: catalogue, polling and the clock exchange apply. */
  boolean isLiveDash() {
    return mapping == null;
  }
}
