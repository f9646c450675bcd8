package org.livedash.client;

import org.livedash.relay.ReplaySource;
import org.livedash.ui.Playback;

/**
 * The recording the window plays as its feed, for the replay bar: held and sped where it plays,
 * and played from another moment by a playback of its own started there (so the charts start
 * afresh, whichever way it moved, rather than drawing a jump back in time as data).
 */
final class RecordingPlayback implements Playback {
  /** Plays the file again from a moment, held or not, off the calling thread. */
  interface Seeker {
    void playFrom(java.nio.file.Path file, double speed, long fromMicros, boolean paused);
  }

  private final ReplaySource source;
  private final Seeker seeker;

  RecordingPlayback(ReplaySource source, Seeker seeker) {
    this.source = source;
    this.seeker = seeker;
  }

  @Override
  public String name() {
    return source.file().getFileName().toString();
  }

  @Override
  public java.nio.file.Path file() {
    return source.file();
  }

  @Override
  public long firstMicros() {
    return source.span().firstMicros();
  }

  @Override
  public long lastMicros() {
    return source.span().lastMicros();
  }

  @Override
  public long nowMicros() {
    return source.playClock().getAsLong();
  }

  @Override
  public boolean paused() {
    return source.paused();
  }

  @Override
  public boolean ended() {
    return source.ended();
  }

  @Override
  public double speed() {
    return source.speed();
  }

  @Override
  public void pause(boolean hold) {
    source.pause(hold);
  }

  @Override
  public void speed(double speed) {
    source.speed(speed);
  }

  @Override
  public void seek(long micros) {
    seeker.playFrom(source.file(), source.speed(), micros, source.paused());
  }
}
