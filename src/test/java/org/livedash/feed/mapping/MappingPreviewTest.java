package org.livedash.feed.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import org.livedash.i18n.Texts;
import org.livedash.model.Reason;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the editor's table shows, and the problems it names, for sample messages. */
class MappingPreviewTest {
  private static final MappingSpec TRADES = new MappingSpec(List.of(new MappingSpec.Rule(
      Map.of("/e", "trade"), null, "{/s}", Map.of("price", "/p"),
      new MappingSpec.Time("/T", "ms"), new MappingSpec.Seq("/t", "series"))));

  @Test
  void eachMessageOnALineGivesItsUpdatesWithExactValuesAndTimes() {
    MappingPreview.Result r = MappingPreview.of(TRADES, """
        {"e":"trade","s":"BTCUSDT","t":7,"p":"67012.34000000","T":1672515782136}
        {"e":"trade","s":"ETHUSDT","t":9,"p":"1e-8","T":1672515782200}
        """, 0);
    assertThat(r.rows()).containsExactly(
        new MappingPreview.Row("BTCUSDT", "2022-12-31T19:43:02.136Z", "67012.34", "7", true),
        new MappingPreview.Row("ETHUSDT", "2022-12-31T19:43:02.200Z", "0.00000001",
            "9", true));
    assertThat(r.problems()).isEmpty();
    assertThat(r.messageTime()).isTrue();
  }

  @Test
  void problemsAreNamedInPlainWords() {
    MappingPreview.Result r = MappingPreview.of(TRADES, """
        {"e":"trade","s":"BTCUSDT","t":7,"p":"abc","T":1672515782136}
        {"result":null,"id":1}
        not json""", 0);
    assertThat(r.rows()).isEmpty();
    assertThat(r.problems()).hasSize(3);
    assertThat(words(r.problems())).anyMatch(p -> p.startsWith("'abc' is not a number for price"))
        .contains("no rule matches {\"result\":null,\"id\":1}")
        .anyMatch(p -> p.startsWith("line 3 is not JSON: Unrecognized token 'not'"));
    assertThat(words(MappingPreview.of(new MappingSpec(List.of()), "{}", 0).problems()))
        .containsExactly("mapping: a mapping needs at least one rule");
    assertThat(Texts.of(MappingPreview.of(TRADES, " ", 0).problems().get(0)))
        .startsWith("paste a message");
  }

  private static List<String> words(List<Reason> reasons) {
    return reasons.stream().map(Texts::of).toList();
  }
}
