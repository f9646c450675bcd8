package org.livedash.feed.profile;

import org.livedash.model.Reason;
import java.util.ArrayList;
import java.util.List;

/**
 * What a venue publishes that it allows, so LiveDash can warn before breaking it rather than be
 * cut off or banned: how many symbols one connection may follow, how many messages a second a
 * client may send (LiveDash spaces its own to stay under it), how many connections one key may
 * hold, and how long the venue keeps a connection open before closing it.
 *
 * @param symbolsPerConnection the most symbols (streams, subscriptions) on one connection
 * @param messagesPerSecond the most messages a second the client may send
 * @param connections the most connections open at once, per key or per address
 * @param connectionHours after how long the venue closes a connection (LiveDash reconnects)
 * @param source where the venue publishes these figures
 * @param note anything else worth knowing, in a sentence
 * @param venue the venue's name, as the warnings call it
 */
public record FeedLimits(Integer symbolsPerConnection, Double messagesPerSecond,
    Integer connections, Double connectionHours, String source, String note, String venue) {

  /** What following {@code symbols} symbols would break, in plain words; empty when nothing. */
  public List<Reason> warnings(int symbols) {
    List<Reason> out = new ArrayList<>();
    if (symbolsPerConnection != null && symbols > symbolsPerConnection) {
      out.add(Reason.of("limits.tooManySymbols", venueName(), symbolsPerConnection, symbols));
    }
    return out;
  }

  /** The limits that hold whatever is asked, in plain words, and how LiveDash keeps them. */
  public List<Reason> facts() {
    List<Reason> out = new ArrayList<>();
    Object venue = venueName();
    if (symbolsPerConnection != null) {
      out.add(Reason.of("limits.symbols", venue, symbolsPerConnection));
    }
    if (connections != null) {
      out.add(Reason.of("limits.connections", venue, connections));
    }
    if (messagesPerSecond != null) {
      out.add(Reason.of("limits.messages", venue, messagesPerSecond, spacingMillis()));
    }
    if (connectionHours != null) {
      out.add(Reason.of("limits.hours", venue, connectionHours));
    }
    if (note != null && !note.isBlank()) {
      out.add(Reason.of("verbatim", note));
    }
    return out;
  }

  private Object venueName() {
    return venue == null || venue.isBlank() ? Reason.of("limits.theVenue") : venue;
  }

  /** The least time between two messages sent, 0 when there is no limit. */
  public long spacingMillis() {
    return messagesPerSecond == null || messagesPerSecond <= 0 ? 0
        : (long) Math.ceil(1000 / messagesPerSecond);
  }
}
