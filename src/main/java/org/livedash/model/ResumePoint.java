package org.livedash.model;

/**
 * What a client asks a server for when it (re)connects: every update after {@code afterSeq} of
 * stream {@code stream} ({@link #HISTORY}: all the server keeps), or, as {@link #LIVE}, the
 * live feed from now on. The stream is null
 * when the server never named one (protocol 1.0).
 */
public record ResumePoint(long afterSeq, String stream) {
  /** No position yet: start with the live feed. */
  public static final ResumePoint LIVE = new ResumePoint(-1, null);
  /** No position yet: start from the oldest update the server still keeps. */
  public static final ResumePoint HISTORY = new ResumePoint(0, null);

  public boolean isLive() {
    return afterSeq < 0;
  }
}
