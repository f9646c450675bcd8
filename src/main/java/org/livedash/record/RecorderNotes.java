package org.livedash.record;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.livedash.alert.AlertJson;
import org.livedash.alert.AlertLog;
import org.livedash.model.ConnectionStatus;

/**
 * What a recording is told besides what the store takes in, from the threads where it happens:
 * the connection's states (the supervisor's thread), the user's acknowledgements and the notes
 * the user marks on the time axis (the window's). Bounded: past {@value #WAITING} waiting, a
 * note is passed over. The recorder's thread writes them to the feed's events between the
 * store's writes.
 */
public final class RecorderNotes {
  static final int WAITING = 256;

  /** One event's JSON, and when it happened (epoch µs). */
  record Note(String json, long atMicros) { }

  private final Queue<Note> notes = new ConcurrentLinkedQueue<>();
  /** The connection's state and mode last noted. */
  private String lastConnection;

  /**
   * Records the connection's {@code status} at {@code atMicros} when its state or mode changed
   * since the last one recorded (connecting, live, reconnecting with its reason, down); from any
   * thread, bounded as {@link #acknowledged} is.
   */
  public synchronized void connection(ConnectionStatus status, long atMicros) {
    String said = status.state() + " " + status.mode();
    if (said.equals(lastConnection) || notes.size() >= WAITING) {
      return;
    }
    lastConnection = said;
    notes.add(new Note("{\"kind\":\"connection\",\"state\":\""
        + status.state().name().toLowerCase(java.util.Locale.ROOT) + "\",\"mode\":\""
        + status.mode().name().toLowerCase(java.util.Locale.ROOT) + "\",\"detail\":\""
        + new String(JsonStringEncoder.getInstance().quoteAsString(status.detail().english()))
        + "\"}", atMicros));
  }

  /**
   * Records that the user acknowledged {@code entry}'s alert at {@code atMicros}; from any
   * thread (bounded: past {@value #WAITING} waiting, one is passed over).
   */
  public void acknowledged(AlertLog.Entry entry, long atMicros) {
    if (notes.size() < WAITING) {
      notes.add(new Note("{\"kind\":\"acknowledged\",\"alert\":"
          + AlertJson.acknowledged(entry) + "}", atMicros));
    }
  }

  /**
   * Records a note the user marked on the time axis ({@code note}: at an instant, or over a
   * span, with its words) at {@code atMicros}; from any thread, bounded as {@link #acknowledged}
   * is.
   */
  public void annotation(org.livedash.model.Layout.Annotation note, long atMicros) {
    if (notes.size() < WAITING) {
      notes.add(new Note("{\"kind\":\"note\",\"at\":" + note.atMicros()
          + (note.untilMicros() == null ? "" : ",\"until\":" + note.untilMicros())
          + ",\"text\":\"" + new String(JsonStringEncoder.getInstance().quoteAsString(
              note.text())) + "\"}", atMicros));
    }
  }

  /** The next note to write, or null. */
  Note poll() {
    return notes.poll();
  }
}
