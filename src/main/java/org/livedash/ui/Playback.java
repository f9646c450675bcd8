package org.livedash.ui;

/**
 * A recording the window plays as its feed: what the replay bar shows (where it plays, from
 * where to where) and asks (hold, speed, a moment to play from). Times are epoch µs.
 */
public interface Playback {
  /** The file's name, as the bar shows it. */
  String name();

  /** The file played. */
  java.nio.file.Path file();

  /** When the recording begins. */
  long firstMicros();

  /** When it ends. */
  long lastMicros();

  /** The moment it plays now. */
  long nowMicros();

  /** Whether it is held. */
  boolean paused();

  /** Whether it has been played to its end. */
  boolean ended();

  /** Its speed: 1, 10, 100, or infinite for as fast as it can be read. */
  double speed();

  /** Holds it where it is, or plays on. */
  void pause(boolean hold);

  /** Plays on from where it is at {@code speed}. */
  void speed(double speed);

  /** Plays from {@code micros} on; the charts start afresh there. Returns at once. */
  void seek(long micros);
}
