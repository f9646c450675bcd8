package org.livedash.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Set;
import org.livedash.feed.mapping.FeedMapping;
import org.livedash.feed.mapping.FieldPath;
import org.livedash.feed.mapping.MappingSpec;
import org.livedash.feed.mapping.MessageShapes;
import org.livedash.feed.mapping.PlotRule;
import org.livedash.feed.profile.Profile;
import org.livedash.i18n.Texts;
import org.livedash.model.SeriesMeta;
import org.livedash.model.SeriesStore;

/**
 * Click-to-plot for a feed in its own JSON shape: keeps the census of its messages for the
 * message browser, turns a click on a number into the feed's mapping with that rule in it
 * ({@link PlotRule}), and says which series the click brought so the window plots them. The
 * feed's thread observes and maps; a click is handled on another thread, one at a time.
 */
final class MessagePlots {
  private final SeriesStore store;
  private final MessageShapes messages = new MessageShapes();
  private final SeriesByRule byRule = new SeriesByRule();

  /**
   * Series a changed rule no longer gives, let go before the first message mapped with the
   * new rule ({@code shape}).
   */
  private record Renamed(FeedShape shape, Set<String> ids) {}

  private volatile Renamed renamed;

  MessagePlots(SeriesStore store) {
    this.store = store;
  }

  /** A connection begins: on another feed, its messages are another census. */
  void begin(boolean otherFeed) {
    if (otherFeed) {
      messages.clear();
    }
    byRule.reset();
    renamed = null;
  }

  /**
   * A message of the feed arrived, about to be mapped with {@code current}: counted, and the
   * series a click renamed let go first.
   */
  void observe(JsonNode message, long receivedMicros, FeedShape current) {
    messages.observe(message, null, receivedMicros);
    Renamed gone = renamed;
    if (gone != null && gone.shape() == current) {
      renamed = null;
      // On the feed's thread, the only one that adds series to a mapped feed: nothing is
      // added between the read and the write.
      List<SeriesMeta> kept = new java.util.ArrayList<>();
      store.read(r -> {
        for (int i = 0; i < r.seriesCount(); i++) {
          if (!gone.ids().contains(r.meta(i).id())) {
            kept.add(r.meta(i));
          }
        }
      });
      store.setCatalogue(kept);
    }
  }

  /** An update of series {@code id} was given by {@code mapping}'s rule in use. */
  void given(FeedMapping mapping, String id) {
    byRule.given(mapping, id);
  }

  MessageShapes messages() {
    return messages;
  }

  /** Series {@code id} was clicked (a relayed broker's, made already): to be plotted. */
  void announce(String id) {
    byRule.announce(id);
  }

  /** The series clicked into being since the window last asked, to be plotted. */
  List<String> takeClicked() {
    return byRule.take();
  }

  /**
   * The connection {@code current} with field {@code path} of messages of shape {@code of}
   * plotted: its mapping gains the rule, from the next message on. Series the change renames
   * (a rule given a second value names its series by value: {@code BTCUSDT} becomes
   * {@code BTCUSDT:p} beside {@code BTCUSDT:v}) are let go.
   *
   * @throws IllegalArgumentException in one line when that field cannot be plotted
   */
  synchronized FeedShape plot(FeedShape current, MessageShapes.ShapeView of, FieldPath path) {
    if (current.isLiveDash() || current.profile() == null) {
      throw new IllegalArgumentException(Texts.get("browser.notMapped"));
    }
    JsonNode sample = messages.lastMessage(of.key());
    if (sample == null) {
      throw new IllegalArgumentException(Texts.get("browser.gone"));
    }
    MappingSpec before = current.profile().mapping();
    MappingSpec.Rule rule = PlotRule.of(of, sample, path);
    MappingSpec after = PlotRule.plot(before, rule, messages.snapshot(0));
    if (after == before) {
      return current;
    }
    Profile next = current.profile().withMapping(after);
    int index = ruleTaking(after, rule);
    List<MappingSpec.Rule> old = before == null || before.rules() == null ? List.of()
        : before.rules();
    boolean renames = index < old.size() && old.get(index).values().size() == 1
        && !after.rules().get(index).series().contains("{value}");
    FeedShape remapped = current.remapped(next, FeedMapping.compile(after));
    if (renames) {
      // Let go on the feed's thread: a message mapped with the old rule may be under way.
      renamed = new Renamed(remapped, byRule.renamed(index));
    }
    byRule.clicked(index);
    return remapped;
  }

  /** The rule of {@code spec} that took {@code rule}'s value in. */
  private static int ruleTaking(MappingSpec spec, MappingSpec.Rule rule) {
    String pointer = rule.values().values().iterator().next();
    for (int i = 0; i < spec.rules().size(); i++) {
      MappingSpec.Rule r = spec.rules().get(i);
      if (java.util.Objects.equals(r.each(), rule.each()) && r.values().containsValue(pointer)) {
        return i;
      }
    }
    return -1;
  }
}
