package org.livedash.feed;

import org.livedash.model.Reason;
import java.util.List;
import org.livedash.model.SeriesMeta;

/**
 * What one received frame said, after validation: the updates that passed, the reasons the
 * others (or the whole frame) were rejected, and the frame's control fields. A frame that could
 * not be parsed at all has no type and one rejection.
 *
 * @param type the frame's type, null when the frame was rejected as a whole
 * @param updates valid updates, in frame order
 * @param rejections one reason per rejected update, or one for a rejected frame
 * @param unknownFields fields this client does not know, skipped
 * @param last the server's last sequence number, -1 when absent
 * @param more in a polling response: more updates are waiting beyond {@code limit}
 * @param gapFrom first sequence number the server no longer has, -1 when no gap
 * @param gapTo last sequence number the server no longer has, -1 when no gap
 * @param serverTimeMicros the server's clock in a heartbeat, -1 when absent
 * @param heartbeatMillis the heartbeat period announced in a hello, -1 when absent
 * @param stream the stream id of a hello or polling answer (protocol 1.1), null when absent
 * @param errorMessage the text of an error frame, null otherwise
 * @param series series the server added while running, described in a hello or in the batch
 *     that carries their first update (protocol 1.2); empty when none
 * @param wireIn in a heartbeat, the bytes the server has received on this connection (protocol
 *     1.3), -1 when absent
 * @param wireOut in a heartbeat, the bytes the server has sent on this connection before this
 *     frame, -1 when absent
 * @param gapLost how many numbers of the gap the server declared lost (readings it could not
 *     deliver, protocol 1.4), 0 when it does not say
 * @param status the server's status (a {@code status} message, or a polling answer's {@code
 *     status} member, protocol 1.4), null when absent
 */
public record DecodedFrame(
    FrameType type,
    UpdateBatch updates,
    List<Reason> rejections,
    int unknownFields,
    long last,
    boolean more,
    long gapFrom,
    long gapTo,
    long serverTimeMicros,
    long heartbeatMillis,
    String stream,
    String errorMessage,
    List<SeriesMeta> series,
    long wireIn,
    long wireOut,
    long gapLost,
    ServerStatus status) {

  /**
   * What a server says of itself (protocol 1.4): ok ({@code code} null), or degraded with a
   * reason code ({@code source}, {@code shared-history}, {@code no-publisher}, or one this
   * client does not know), a one-line message and since when (epoch µs, -1 when absent).
   */
  public record ServerStatus(String code, String message, long sinceMicros) {
    /** The server is delivering. */
    public static final ServerStatus OK = new ServerStatus(null, null, -1);

    public boolean ok() {
      return code == null;
    }
  }

  static DecodedFrame rejected(Reason reason) {
    return new DecodedFrame(null, UpdateBatch.EMPTY, List.of(reason), 0, -1, false, -1, -1, -1,
        -1, null, null, List.of(), -1, -1, 0, null);
  }

  public boolean hasGap() {
    return gapFrom > 0 && gapTo >= gapFrom;
  }

  /** Whether the frame reports the server's counts of the connection. */
  public boolean hasWire() {
    return wireIn >= 0;
  }

  public boolean isRejected() {
    return type == null;
  }
}
