package org.livedash.model;

/**
 * Traffic a server counted as it crossed the connection (protocol 1.3: LiveDash servers report
 * it), beside the client's own estimate of the same bytes and the updates they carried. Spans
 * add up: a mode's figure is the sum of every report's span, so counted and estimated always
 * cover the same bytes, and the estimate's error is measured rather than assumed.
 *
 * @param countedIn bytes the server sent, as it counted them
 * @param countedOut bytes the server received
 * @param estimatedIn the client's estimate of {@code countedIn}
 * @param estimatedOut the client's estimate of {@code countedOut}
 * @param payloadIn of the bytes received, those of message payloads: WebSocket frame payloads,
 *     HTTP response bodies; the rest is headers and framing
 * @param messagesIn messages received: frames, or responses
 * @param setup bytes both ways that opened connections once (a WebSocket upgrade exchange)
 * @param updates updates delivered in the span
 * @param nanos the span's length
 * @param reportsIn bytes of the server's reports themselves received in the span (the
 *     {@code wire} members and {@code LiveDash-Wire} header lines): left out of every other
 *     figure, as the protocol asks, yet on the wire — what measuring costs
 */
public record WireCount(long countedIn, long countedOut, long estimatedIn, long estimatedOut,
    long payloadIn, long messagesIn, long setup, long updates, long nanos, long reportsIn) {
  /** Nothing counted. */
  public static final WireCount NONE = new WireCount(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

  /** A span without reports' own bytes known. */
  public WireCount(long countedIn, long countedOut, long estimatedIn, long estimatedOut,
      long payloadIn, long messagesIn, long setup, long updates, long nanos) {
    this(countedIn, countedOut, estimatedIn, estimatedOut, payloadIn, messagesIn, setup, updates,
        nanos, 0);
  }

  public WireCount plus(WireCount o) {
    return new WireCount(countedIn + o.countedIn, countedOut + o.countedOut,
        estimatedIn + o.estimatedIn, estimatedOut + o.estimatedOut, payloadIn + o.payloadIn,
        messagesIn + o.messagesIn, setup + o.setup, updates + o.updates, nanos + o.nanos,
        reportsIn + o.reportsIn);
  }

  public WireCount minus(WireCount o) {
    return new WireCount(countedIn - o.countedIn, countedOut - o.countedOut,
        estimatedIn - o.estimatedIn, estimatedOut - o.estimatedOut, payloadIn - o.payloadIn,
        messagesIn - o.messagesIn, setup - o.setup, updates - o.updates, nanos - o.nanos,
        reportsIn - o.reportsIn);
  }

  /**
   * The reports' own bytes as a share of everything received and sent, reports included (0.049
   * = 4.9 %); NaN when nothing was counted.
   */
  public double reportsShare() {
    long all = countedBytes() + reportsIn;
    return all == 0 ? Double.NaN : (double) reportsIn / all;
  }

  /**
   * Counted bytes both ways per message received that were not payload nor connection set-up:
   * for polling the request and the response's status line and headers, for WebSocket the frame
   * header. NaN with no message.
   */
  public double overheadPerMessage() {
    return messagesIn == 0 ? Double.NaN
        : (double) (countedBytes() - payloadIn - setup) / messagesIn;
  }

  /** Payload bytes per message received, NaN with no message. */
  public double payloadPerMessage() {
    return messagesIn == 0 ? Double.NaN : (double) payloadIn / messagesIn;
  }

  /** Whether a server counted anything: false against a server that does not report. */
  public boolean counted() {
    return countedIn + countedOut > 0;
  }

  public long countedBytes() {
    return countedIn + countedOut;
  }

  /** How far the estimate is from the count, as a fraction of the count (0.01 = 1 % over). */
  public double estimateError() {
    long c = countedBytes();
    return c == 0 ? Double.NaN : (double) (estimatedIn + estimatedOut - c) / c;
  }

  /** Counted bytes both ways per update, NaN when no update was counted. */
  public double bytesPerUpdate() {
    return updates == 0 ? Double.NaN : (double) countedBytes() / updates;
  }

  /** Counted bytes received per update, NaN when no update was counted. */
  public double bytesInPerUpdate() {
    return updates == 0 ? Double.NaN : (double) countedIn / updates;
  }

  /** Counted bytes both ways per second of the spans. */
  public double bytesPerSecond() {
    return nanos <= 0 ? Double.NaN : countedBytes() * 1e9 / nanos;
  }

  /** Counted bytes received per second of the spans. */
  public double bytesInPerSecond() {
    return nanos <= 0 ? Double.NaN : countedIn * 1e9 / nanos;
  }
}
