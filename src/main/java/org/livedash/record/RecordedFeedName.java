package org.livedash.record;

import org.livedash.model.ShortDigest;

/**
 * How a feed is named in a recording ({@link FeedRecorder#FEED_METADATA}, {@link FileBuckets}):
 * the key its view is kept under, but an address's query or user part — where a token or a
 * password may be — only by a digest of the whole key, so no secret is written to a file and the
 * same address names the same feed run after run.
 */
final class RecordedFeedName {
  private RecordedFeedName() {}

  /** The name of the feed shown with view {@code viewKey}, as a recording keeps it. */
  static String of(String viewKey) {
    if (viewKey.indexOf('?') < 0 && viewKey.indexOf('@') < 0) {
      return viewKey;
    }
    String shown = viewKey.replaceAll("//[^/@?]*@", "//").replaceAll("\\?.*", "");
    return shown + "#" + ShortDigest.of(viewKey);
  }
}
