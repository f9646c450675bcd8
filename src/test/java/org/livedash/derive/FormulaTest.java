package org.livedash.derive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.livedash.model.InvalidInputException;

/** A derived series' formula: series named as the window shows them, EvalEx's arithmetic. */
class FormulaTest {
  private static final List<String> SHOWN = List.of("coinbase/BTC-USD", "binance/BTCUSDT",
      "binance/BTC", "temp", "temp sensor", "a", "b", "a-b");

  @Test
  void aSpreadOfTwoVenuesReadsBothSeriesByTheirShownNames() {
    Formula spread = Formula.compile("coinbase/BTC-USD - binance/BTCUSDT", SHOWN);
    assertThat(spread.inputs()).extracting(Formula.Input::seriesId)
        .containsExactly("coinbase/BTC-USD", "binance/BTCUSDT");
    assertThat(spread.evaluate(new double[] {100_010.5, 100_000})).isEqualTo(10.5);
  }

  @Test
  void theLongestNameStandingOnItsOwnIsTheSeries() {
    assertThat(Formula.compile("a-b * 2", SHOWN).inputs()).extracting(Formula.Input::seriesId)
        .containsExactly("a-b");
    assertThat(Formula.compile("a - b", SHOWN).inputs()).extracting(Formula.Input::seriesId)
        .containsExactly("a", "b");
    assertThat(Formula.compile("binance/BTC + 1", SHOWN).inputs())
        .extracting(Formula.Input::seriesId).containsExactly("binance/BTC");
  }

  @Test
  void aNameWithSpacesGoesBetweenBackquotesAndUnitsConvertByArithmetic() {
    Formula fahrenheit = Formula.compile("`temp sensor` * 9 / 5 + 32", SHOWN);
    assertThat(fahrenheit.inputs()).extracting(Formula.Input::seriesId)
        .containsExactly("temp sensor");
    assertThat(fahrenheit.evaluate(new double[] {100})).isEqualTo(212.0);
    assertThat(Formula.compile("abs(a - b) + sqrt(16) + max(a, b)", SHOWN)
        .evaluate(new double[] {1, 3})).isEqualTo(2 + 4 + 3);
  }

  @Test
  void aWindowFunctionTakesASeriesAndALength() {
    Formula f = Formula.compile("temp - avg(temp, 1 min) + rate(a, 500 ms) + change(b, 2 h)",
        SHOWN);
    assertThat(f.inputs()).containsExactly(
        new Formula.Input("temp", Formula.Over.READING, 0),
        new Formula.Input("a", Formula.Over.READING, 0),
        new Formula.Input("b", Formula.Over.READING, 0),
        new Formula.Input("temp", Formula.Over.AVG, 60_000_000),
        new Formula.Input("a", Formula.Over.RATE, 500_000),
        new Formula.Input("b", Formula.Over.CHANGE, 7_200_000_000L));
    assertThat(f.evaluate(new double[] {20, 0, 0, 18, 1, 2})).isEqualTo(20 - 18 + 1 + 2);
  }

  @Test
  void whatDoesNotReadIsOneLineNamingIt() {
    assertThatThrownBy(() -> Formula.compile("binanse/BTCUSDT - temp", SHOWN))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(((InvalidInputException) e).reason().key())
            .isEqualTo("derive.unknown"));
    assertThatThrownBy(() -> Formula.compile("avg(temp)", SHOWN))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(((InvalidInputException) e).reason().key())
            .isEqualTo("derive.windowUse"));
    assertThatThrownBy(() -> Formula.compile("temp * (2", SHOWN))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> Formula.compile("`temp", SHOWN))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void noNumberIsNaNNeverAnError() {
    Formula f = Formula.compile("a / b", SHOWN);
    assertThat(f.evaluate(new double[] {1, 0})).isNaN();
    assertThat(Formula.compile("sqrt(a)", SHOWN).evaluate(new double[] {-1})).isNaN();
  }
}
