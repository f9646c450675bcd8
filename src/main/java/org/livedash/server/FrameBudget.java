package org.livedash.server;

import java.util.ArrayList;
import java.util.List;
import org.livedash.feed.Utf8;

/**
 * How a server cuts what it sends into frames a client accepts: updates, and the descriptions
 * of the series they bring first, together under {@link FeedHistory#FRAME_BYTES} counted in
 * UTF-8 bytes — a live batch, a backlog, a polling answer, a {@code hello} with a large
 * catalogue alike. One update or one description always fits.
 */
final class FrameBudget {
  private final FeedHistory history;
  private final FeedCatalogue catalogue;

  FrameBudget(FeedHistory history, FeedCatalogue catalogue) {
    this.history = history;
    this.catalogue = catalogue;
  }

  /**
   * Where the frame that starts at {@code from} of {@code encoded} (numbered from {@code
   * firstSeq}) ends, exclusive: as many updates as fit in {@link FeedHistory#FRAME_BYTES}
   * together with the descriptions of the series first updated among them ({@code described},
   * in order of first update); at least one.
   */
  static int frameEnd(long firstSeq, List<String> encoded, int from,
      List<FeedCatalogue.Added> described) {
    long bytes = 0;
    int next = 0;
    while (next < described.size() && described.get(next).firstSeq() < firstSeq + from) {
      next++;
    }
    int i = from;
    while (i < encoded.size()) {
      bytes += Utf8.length(encoded.get(i)) + 1;
      while (next < described.size() && described.get(next).firstSeq() <= firstSeq + i) {
        bytes += described.get(next++).bytes() + 1;
      }
      if (bytes > FeedHistory.FRAME_BYTES && i > from) {
        break;
      }
      i++;
    }
    return i;
  }

  /**
   * A read of the history for one frame or answer: {@code limit} updates at most, cut where
   * they and the series they bring first would pass the frame budget.
   */
  Slice slice(long after, int limit) {
    FeedHistory.Slice s = history.after(after, limit);
    if (s.updates().isEmpty()) {
      return new Slice(s, List.of());
    }
    long lastSeq = s.firstSeq() + s.updates().size() - 1;
    List<FeedCatalogue.Added> described = catalogue.addedBetween(s.firstSeq(), lastSeq);
    if (described.isEmpty()) {
      return new Slice(s, List.of());
    }
    FeedHistory.Slice cut = s.cut(frameEnd(s.firstSeq(), s.updates(), 0, described));
    return new Slice(cut, json(catalogue.addedBetween(cut.firstSeq(),
        cut.firstSeq() + cut.updates().size() - 1)));
  }

  /** A history read with the catalogue entries of the series whose first update it carries. */
  record Slice(FeedHistory.Slice history, List<String> series) {}

  /** How many of {@code added} from {@code from} on fit in one frame's budget (at least one). */
  static int describedEnd(List<FeedCatalogue.Added> added, int from) {
    long bytes = 0;
    int i = from;
    while (i < added.size()) {
      bytes += added.get(i).bytes() + 1;
      if (bytes > FeedHistory.FRAME_BYTES && i > from) {
        break;
      }
      i++;
    }
    return i;
  }

  /**
   * The series added so far for a polling answer without {@code after}, the newest ones that fit
   * one frame: a client fetched the catalogue just before, so only the newest can be missing.
   */
  List<String> newestDescribed() {
    List<FeedCatalogue.Added> added = catalogue.addedSoFar();
    long bytes = 0;
    int from = added.size();
    while (from > 0) {
      bytes += added.get(from - 1).bytes() + 1;
      if (bytes > FeedHistory.FRAME_BYTES) {
        break;
      }
      from--;
    }
    return json(added.subList(from, added.size()));
  }

  static List<String> json(List<FeedCatalogue.Added> added) {
    List<String> out = new ArrayList<>(added.size());
    for (FeedCatalogue.Added a : added) {
      out.add(a.json());
    }
    return out;
  }
}
