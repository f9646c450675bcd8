package org.livedash.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.livedash.model.SeriesKind;
import org.livedash.model.SeriesMeta;

class CatalogueCodecTest {
  private final CatalogueCodec codec = new CatalogueCodec();

  @Test
  void roundTripsThresholdsAndLeavesUnsetOnesOut() {
    SeriesMeta t = new SeriesMeta("t", "Temp", "°C", SeriesKind.SENSOR, 15, 35, Double.NaN, 27,
        Double.NaN, 30);
    SeriesMeta s = SeriesMeta.of("S", "Stock", "USD", SeriesKind.STOCK, 1, 2);
    String json = codec.encode(List.of(t, s));
    assertThat(json).doesNotContain("warnLow").contains("\"warnHigh\":27.0");
    assertThat(codec.decode(json)).containsExactly(t, s);
  }

  @Test
  void carriesTheOptionalDecimalsAndIgnoresUnusableOnes() {
    SeriesMeta co2 = SeriesMeta.of("co2", "CO₂", "ppm", SeriesKind.SENSOR, 0, 2000)
        .withDecimals(0);
    String json = codec.encode(List.of(co2));
    assertThat(json).contains("\"decimals\":0");
    assertThat(codec.decode(json)).containsExactly(co2);
    for (String bad : List.of("-1", "11", "1.5", "\"2\"")) {
      assertThat(codec.decode("{\"series\":[{\"id\":\"x\",\"decimals\":" + bad + "}]}")
          .get(0).decimals()).as(bad).isEqualTo(SeriesMeta.DECIMALS_UNKNOWN);
    }
  }

  @Test
  void saysWhenAUnitIsAGuessAndOnlyThen() {
    SeriesMeta guessed = SeriesMeta.of("v", "v", "", SeriesKind.SENSOR, Double.NaN, Double.NaN)
        .withGuessedUnit("V");
    SeriesMeta stated = SeriesMeta.of("w", "w", "W", SeriesKind.SENSOR, Double.NaN, Double.NaN);
    String json = codec.encode(List.of(guessed, stated));
    assertThat(json).containsOnlyOnce("\"unitGuessed\":true");
    assertThat(codec.decode(json)).containsExactly(guessed, stated);
    assertThat(codec.decode("{\"series\":[{\"id\":\"x\",\"unitGuessed\":\"yes\"}]}").get(0)
        .unitGuessed()).isFalse();
  }

  @Test
  void rejectsDocumentsThatAreNotCatalogues() {
    assertThatThrownBy(() -> codec.decode("{}")).isInstanceOf(FeedFormatException.class);
    assertThatThrownBy(() -> codec.decode("{\"series\":[{\"name\":\"x\"}]}"))
        .hasMessageContaining("'id'");
    assertThatThrownBy(() -> codec.decode("{\"series\":[{\"id\":\"x\",\"kind\":\"ufo\"}]}"))
        .hasMessageContaining("unknown kind");
    assertThatThrownBy(() -> codec.decode("nope")).hasMessageContaining("not valid JSON");
  }
}
