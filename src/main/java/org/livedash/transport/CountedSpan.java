package org.livedash.transport;

import org.livedash.model.WireCount;

/**
 * One connection's traffic since its server last reported what it counted (protocol 1.3): the
 * client's estimate of the same bytes and the updates they carried, so each report becomes a
 * {@link WireCount} in which counted and estimated cover exactly the same span. Used by one
 * transport's callbacks, which never overlap.
 */
public final class CountedSpan {
  private long estimatedIn;
  private long estimatedOut;
  private long updates;
  private long payloadIn;
  private long messagesIn;
  private long setup;
  private long reportsIn;
  private long serverIn;
  private long serverOut;
  private long sinceNanos;

  /** A span from the connection's first byte, at {@code startNanos}. */
  public CountedSpan(long startNanos) {
    this.sinceNanos = startNanos;
  }

  /** Traffic the client estimated: {@code in} received, {@code out} sent. */
  public void traffic(long in, long out) {
    estimatedIn += in;
    estimatedOut += out;
  }

  public void updates(int count) {
    updates += count;
  }

  /** A message received, {@code payload} bytes of it its payload (a frame's, a body). */
  public void message(long payload) {
    messagesIn++;
    payloadIn += payload;
  }

  /** Bytes of a server's report received: not traffic, but what measuring costs. */
  public void reportBytes(long bytes) {
    reportsIn += bytes;
  }

  /** Bytes both ways that opened the connection (already given to {@link #traffic}). */
  public void setup(long bytes) {
    setup += bytes;
  }

  /**
   * Takes the server's first report of a connection this client did not open from its first
   * byte (a keep-alive connection an earlier transport used too) as where counting starts:
   * nothing is reported for what came before.
   */
  public void baseline(long received, long sent, long nowNanos) {
    serverIn = received;
    serverOut = sent;
    startAgain(nowNanos);
  }

  /**
   * The server's report: its running totals for the connection, {@code received} from the
   * client and {@code sent} to it. Returns the span since the previous report and starts the
   * next one.
   */
  public WireCount report(long received, long sent, long nowNanos) {
    WireCount span = new WireCount(Math.max(0, sent - serverOut),
        Math.max(0, received - serverIn), estimatedIn, estimatedOut, payloadIn, messagesIn, setup,
        updates, nowNanos - sinceNanos, reportsIn);
    serverIn = Math.max(serverIn, received);
    serverOut = Math.max(serverOut, sent);
    startAgain(nowNanos);
    return span;
  }

  /** The next span begins, with nothing in it yet. */
  private void startAgain(long nowNanos) {
    estimatedIn = 0;
    estimatedOut = 0;
    updates = 0;
    payloadIn = 0;
    messagesIn = 0;
    setup = 0;
    reportsIn = 0;
    sinceNanos = nowNanos;
  }
}
