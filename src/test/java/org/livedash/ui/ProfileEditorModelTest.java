package org.livedash.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.livedash.feed.mapping.MappingPreview;
import org.livedash.feed.profile.Profile;
import org.livedash.feed.profile.ProfilePresets;

/** The profile editor's state, without a window: what it builds and which field is wrong. */
class ProfileEditorModelTest {
  private static final String TRADE = "{\"e\":\"trade\",\"s\":\"BTCUSDT\",\"p\":\"67012.34\","
      + "\"T\":1672515782136}";

  private static ProfileEditorModel.Field fieldOf(ProfileEditorModel m) {
    try {
      m.build();
    } catch (ProfileEditorModel.FieldProblems e) {
      assertThat(e.problems()).hasSize(1);
      return e.problems().get(0).field();
    }
    throw new AssertionError("it built");
  }

  @Test
  void aProfileIsBuiltFromASampleAndTheInferredMapping() {
    ProfileEditorModel m = new ProfileEditorModel(null, () -> 0);
    m.nameProperty().set("Trades");
    m.urlProperty().set("wss://example.org/ws/{symbols|lower|suffix=@trade|join=/|raw}");
    m.symbolsProperty().set("BTCUSDT, ETHUSDT");
    m.sampleProperty().set(TRADE);
    m.infer();
    MappingPreview.Result r = m.computePreview();
    assertThat(r.rows()).containsExactly(new MappingPreview.Row("BTCUSDT",
        "2022-12-31T19:43:02.136Z", "67012.34", "", false));
    Profile p = m.build();
    assertThat(p.symbols()).containsExactly("BTCUSDT", "ETHUSDT");
    assertThat(p.mapping().rules().get(0).series()).isEqualTo("{/s}");
  }

  @Test
  void eachProblemIsToldBesideItsField() {
    ProfileEditorModel m = new ProfileEditorModel(ProfilePresets.named("Binance trades"),
        () -> 0);
    assertThat(m.build().name()).isEqualTo("Binance trades");
    m.nameProperty().set(" ");
    assertThat(fieldOf(m)).isEqualTo(ProfileEditorModel.Field.NAME);
    m.nameProperty().set("Mine");
    m.urlProperty().set("wss://x/{symbols|shout}");
    assertThat(fieldOf(m)).isEqualTo(ProfileEditorModel.Field.ADDRESS);
    m.urlProperty().set("ftp://x");
    assertThat(fieldOf(m)).isEqualTo(ProfileEditorModel.Field.ADDRESS);
    m.urlProperty().set("wss://x/ws");
    m.subscribeProperty().set("{\"op\":\"sub\",\"symbol\":\"{symbol}\"}");
    m.symbolsProperty().set("");
    assertThat(fieldOf(m)).isEqualTo(ProfileEditorModel.Field.SUBSCRIBE);
    m.subscribeProperty().set("");
    m.mappingProperty().set("{\"rules\": [");
    assertThat(fieldOf(m)).isEqualTo(ProfileEditorModel.Field.MAPPING);
    m.mappingProperty().set("{\"rules\": [{\"series\": \"x\", \"values\": {\"v\": \"price\"}}]}");
    assertThatThrownBy(m::build).isInstanceOf(ProfileEditorModel.FieldProblems.class)
        .hasMessageContaining("'price' is not a JSON Pointer");
    m.urlProperty().set("ftp://x");
    m.mappingProperty().set("{\"rules\": [");
    try {
      m.build();
      throw new AssertionError("it built");
    } catch (ProfileEditorModel.FieldProblems e) {
      assertThat(e.problems()).extracting(ProfileEditorModel.FieldProblem::field)
          .containsExactly(ProfileEditorModel.Field.ADDRESS, ProfileEditorModel.Field.MAPPING);
      assertThat(e.problems().get(1).getMessage()).isEqualTo("not valid JSON: Unexpected"
          + " end-of-input: expected close marker for Array (line 1, column 12)");
    }
    m.sampleProperty().set("");
    assertThatThrownBy(m::infer).hasMessage("paste a message from the feed first");
  }

  @Test
  void theKeepAliveAndTheSilenceLimitAreEditedAndChecked() {
    ProfileEditorModel m = new ProfileEditorModel(ProfilePresets.named("Kraken ticker (v2)"),
        () -> 0);
    assertThat(m.pingProperty().get()).as("the preset's ping is shown").isNotEmpty();
    assertThat(m.pingEveryProperty().get()).isNotEmpty();
    m.pingProperty().set("{\"op\":\"ping\"}");
    m.pingEveryProperty().set("20");
    m.silenceProperty().set("45");
    Profile p = m.build();
    assertThat(p.ping()).isEqualTo(new Profile.Ping("{\"op\":\"ping\"}", 20));
    assertThat(p.silence()).isEqualTo(45);
    m.pingEveryProperty().set("");
    assertThat(fieldOf(m)).isEqualTo(ProfileEditorModel.Field.PING);
    m.pingEveryProperty().set("20");
    m.silenceProperty().set("2");
    assertThat(fieldOf(m)).isEqualTo(ProfileEditorModel.Field.SILENCE);
    m.silenceProperty().set("soon");
    assertThatThrownBy(m::build).hasMessageContaining("the silence limit")
        .hasMessageContaining("\"soon\"");
    m.silenceProperty().set("");
    m.pingProperty().set(" ");
    Profile none = m.build();
    assertThat(none.ping()).as("no message, no ping").isNull();
    assertThat(none.silence()).isEqualTo(Profile.DEFAULT_SILENCE_SECONDS);
  }
}
