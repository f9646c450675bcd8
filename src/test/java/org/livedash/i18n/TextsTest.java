package org.livedash.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.MessageFormat;
import java.util.Collections;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.livedash.model.InvalidInputException;
import org.livedash.model.Reason;

/** The bundles are complete in both languages, and every value is a valid pattern. */
class TextsTest {
  private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");

  @AfterEach
  void back() {
    Texts.use(Locale.ENGLISH);
  }

  private static Set<String> keys(ResourceBundle b) {
    return new TreeSet<>(Collections.list(b.getKeys()));
  }

  /** One language's file as it is, without what it would inherit from the base bundle. */
  private static Set<String> ownKeys(String file) throws java.io.IOException {
    java.util.Properties p = new java.util.Properties();
    try (var in = TextsTest.class.getResourceAsStream("/org/livedash/i18n/" + file)) {
      p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
    }
    return new TreeSet<>(p.stringPropertyNames());
  }

  @Test
  void everyKeyIsInBothLanguages() throws Exception {
    Set<String> english = ownKeys("Messages.properties");
    Set<String> spanish = ownKeys("Messages_es.properties");
    assertThat(english).isNotEmpty();
    Set<String> missingInSpanish = new TreeSet<>(english);
    missingInSpanish.removeAll(spanish);
    Set<String> missingInEnglish = new TreeSet<>(spanish);
    missingInEnglish.removeAll(english);
    assertThat(missingInSpanish).as("keys missing in Messages_es.properties").isEmpty();
    assertThat(missingInEnglish).as("keys missing in Messages.properties").isEmpty();
  }

  @Test
  void everyValueIsAPatternWithTheSameArgumentsInBothLanguages() {
    ResourceBundle en = Texts.bundle(Locale.ENGLISH);
    ResourceBundle es = Texts.bundle(Locale.forLanguageTag("es"));
    for (String key : keys(en)) {
      for (ResourceBundle b : new ResourceBundle[] {en, es}) {
        String v = b.getString(key);
        assertThat(v).as(key).isNotBlank();
        // A lone apostrophe would silently swallow the text after it.
        assertThat(v.replace("''", "")).as(key + " has a lone apostrophe").doesNotContain("'");
        new MessageFormat(v, b.getLocale());
      }
      assertThat(arguments(es.getString(key))).as(key).isEqualTo(arguments(en.getString(key)));
    }
  }

  private static Set<String> arguments(String pattern) {
    Set<String> args = new TreeSet<>();
    Matcher m = ARGUMENT.matcher(pattern);
    while (m.find()) {
      args.add(m.group(1));
    }
    return args;
  }

  @Test
  void formatsNumbersForTheLanguage() {
    Texts.use(Locale.forLanguageTag("es-ES"));
    assertThat(Texts.locale().getLanguage()).isEqualTo("es");
    assertThat(Texts.get("wire.kept.all", 12345)).isEqualTo("Se muestran 12.345 eventos");
    Texts.use(Locale.US);
    assertThat(Texts.get("wire.kept.all", 12345)).isEqualTo("Showing 12,345 events");
    assertThat(Texts.get("wire.summary.updates", 1)).isEqualTo("1 update");
  }

  @Test
  void theLanguageIsChosenByItsTag() {
    assertThat(Texts.parse("es").getLanguage()).isEqualTo("es");
    assertThat(Texts.parse(" EN ").getLanguage()).isEqualTo("en");
    assertThat(Texts.supported(Locale.GERMANY).getLanguage()).isEqualTo("en");
    assertThatThrownBy(() -> Texts.parse("fr")).hasMessageContaining("use en or es");
  }

  @Test
  void aReasonIsSaidInTheLanguageInUseAndReadsInEnglishInLogs() {
    Texts.use(Locale.forLanguageTag("es"));
    Reason closed = Reason.of("close.server", Reason.of("close.1012"), "1012");
    assertThat(Texts.of(closed))
        .isEqualTo("el servidor cerró la conexión: el servicio se reinicia (1012)");
    assertThat(closed.toString())
        .isEqualTo("server closed the connection, service restarting (1012)");
    InvalidInputException bad = new InvalidInputException(Reason.of("series.blankId"));
    assertThat(Texts.message(bad)).isEqualTo("el identificador de una serie no puede estar vacío");
    assertThat(Texts.message(new IllegalStateException("as it is"))).isEqualTo("as it is");
  }
}
