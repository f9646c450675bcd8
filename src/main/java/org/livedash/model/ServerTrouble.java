package org.livedash.model;

/**
 * What a server said keeps it from delivering (protocol 1.4): its source out of reach
 * ({@link #SOURCE}), its shared history out of reach, no relay publishing, or a code this client
 * does not know; in one line, and since when. The connection itself may be perfectly live: the
 * window shows it as the source's trouble, not as a link's.
 *
 * @param code the server's reason code
 * @param message the server's line, as it said it
 * @param sinceMicros when it began (epoch µs, on the server's clock), -1 when it did not say
 */
public record ServerTrouble(String code, String message, long sinceMicros) {
  /** The broker or venue a relay reads is out of reach. */
  public static final String SOURCE = "source";
  /** A relay's Redis is out of reach. */
  public static final String SHARED_HISTORY = "shared-history";
  /** No relay of a shared feed is publishing it. */
  public static final String NO_PUBLISHER = "no-publisher";
}
