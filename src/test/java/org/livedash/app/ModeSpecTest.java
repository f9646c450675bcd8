package org.livedash.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.livedash.model.FeedMode;

/** The comparison's modes as written on the command line. */
class ModeSpecTest {

  @Test
  void aPollingModeMayAskForABrowsersHeaders() {
    ModeSpec lean = ModeSpec.parse("poll:250");
    ModeSpec browser = ModeSpec.parse("POLL:250:browser");
    assertThat(lean.browserHeaders()).isFalse();
    assertThat(browser.browserHeaders()).isTrue();
    assertThat(browser.mode()).isEqualTo(FeedMode.POLL);
    assertThat(browser.interval()).isEqualTo(Duration.ofMillis(250));
    assertThat(browser.label()).isEqualTo("poll:250:browser");
    assertThat(ModeSpec.parse("poll:browser").label()).isEqualTo("poll:1000:browser");
    assertThat(ModeSpec.parse("longpoll:browser").browserHeaders()).isTrue();
  }

  @Test
  void pushHasNoRequestHeadersToMakeBrowserLike() {
    assertThatThrownBy(() -> ModeSpec.parse("ws:browser"))
        .hasMessageContaining("add :browser to a polling mode");
    assertThatThrownBy(() -> ModeSpec.parse("poll:5")).hasMessageContaining("MILLIS >= 10");
  }
}
