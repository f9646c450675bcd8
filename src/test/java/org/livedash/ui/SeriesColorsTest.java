package org.livedash.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.livedash.model.FeedView;
import org.livedash.model.SeriesKind;
import org.livedash.model.SeriesMeta;

/** A series keeps its colour from one run to the next, whatever order the series arrive in. */
class SeriesColorsTest {
  private static SeriesMeta s(String id) {
    return SeriesMeta.of(id, id, "USD", SeriesKind.STOCK, 0, 1);
  }

  @Test
  void aSeriesKeepsItsColourWhenTheFeedBringsItsSeriesInAnotherOrder() {
    SeriesColors first = new SeriesColors();
    FeedView kept = first.assign(List.of(s("BTCUSDT"), s("ETHUSDT"), s("SOLUSDT")),
        FeedView.NONE);
    assertThat(kept).as("new colours are kept").isNotNull();
    assertThat(kept.colors()).containsEntry("BTCUSDT", 0).containsEntry("ETHUSDT", 1)
        .containsEntry("SOLUSDT", 2);

    SeriesColors next = new SeriesColors();
    FeedView again = next.assign(List.of(s("SOLUSDT"), s("XRPUSDT"), s("BTCUSDT"),
        s("ETHUSDT")), kept);
    assertThat(next.of("SOLUSDT")).isEqualTo(first.of("SOLUSDT"));
    assertThat(next.of("BTCUSDT")).isEqualTo(first.of("BTCUSDT"));
    assertThat(next.of("ETHUSDT")).isEqualTo(first.of("ETHUSDT"));
    assertThat(next.of("XRPUSDT")).as("the first colour nobody has")
        .isNotIn(first.of("SOLUSDT"), first.of("BTCUSDT"), first.of("ETHUSDT"));
    assertThat(again.colors()).containsEntry("XRPUSDT", 3);
    assertThat(next.assign(List.of(s("BTCUSDT")), again)).as("nothing new to keep").isNull();
  }
}
