package org.livedash.ui;

import org.livedash.model.Reason;
import org.livedash.i18n.Texts;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.function.LongSupplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.livedash.feed.mapping.FeedMapping;
import org.livedash.feed.mapping.MappingInference;
import org.livedash.feed.mapping.MappingPreview;
import org.livedash.feed.mapping.MappingSpec;
import org.livedash.feed.profile.Profile;
import org.livedash.feed.profile.ProfileTemplate;

/**
 * The profile editor's state, without controls: the fields a user edits (name, address,
 * symbols, subscriptions, mapping as JSON, sample messages), what the mapping makes of the
 * samples ({@link #previewProperty}), a first mapping inferred from a sample, and the profile
 * they add up to. Tested without a window.
 */
public final class ProfileEditorModel {
  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(SerializationFeature.INDENT_OUTPUT)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private final StringProperty name = new SimpleStringProperty("");
  private final StringProperty url = new SimpleStringProperty("");
  private final StringProperty symbols = new SimpleStringProperty("");
  private final StringProperty subscribe = new SimpleStringProperty("");
  private final StringProperty kind = new SimpleStringProperty("stock");
  /** The application ping's message (empty: none) and its period in seconds. */
  private final StringProperty ping = new SimpleStringProperty("");
  private final StringProperty pingEvery = new SimpleStringProperty("");
  /** Seconds without any message before the link is presumed dead (empty: the default). */
  private final StringProperty silence = new SimpleStringProperty("");
  private final StringProperty mapping = new SimpleStringProperty("");
  private final StringProperty sample = new SimpleStringProperty("");
  private final ReadOnlyObjectWrapper<MappingPreview.Result> preview =
      new ReadOnlyObjectWrapper<>(new MappingPreview.Result(List.of(), List.of(), false));
  private final LongSupplier nowMicros;
  private Profile base;

  /**
   * @param start the profile to edit, or null for a new one
   * @param nowMicros the time of arrival the preview gives messages that carry none
   */
  public ProfileEditorModel(Profile start, LongSupplier nowMicros) {
    this.nowMicros = nowMicros;
    base = start != null ? start : new Profile(Texts.get("editor.defaultName"), null, null,
        "", null, null, null, null, null, "stock", null, null, null);
    name.set(base.name() == null ? "" : base.name());
    url.set(base.url() == null ? "" : base.url());
    symbols.set(String.join(", ", base.symbols()));
    subscribe.set(String.join("\n", base.subscriptions()));
    kind.set(base.isStocks() ? "stock" : "sensor");
    ping.set(base.ping() == null || base.ping().message() == null ? "" : base.ping().message());
    pingEvery.set(base.ping() == null || base.ping().everySeconds() == null ? ""
        : String.valueOf(base.ping().everySeconds()));
    silence.set(base.silenceSeconds() == null ? "" : String.valueOf(base.silenceSeconds()));
    mapping.set(base.mapping() == null ? "" : write(base.mapping()));
  }

  /** What the current mapping makes of the current samples; called off the JavaFX thread. */
  public MappingPreview.Result computePreview() {
    if (mapping.get() == null || mapping.get().isBlank()) {
      // Nothing to map with yet: the empty field's prompt says what to do, no error.
      return new MappingPreview.Result(List.of(), List.of(), false);
    }
    MappingSpec spec;
    try {
      spec = parseMapping();
    } catch (IllegalArgumentException e) {
      return MappingPreview.Result.wrongMapping(Reason.why(e));
    }
    return MappingPreview.of(spec, sample.get(), nowMicros.getAsLong());
  }

  /** Shows a preview computed by {@link #computePreview}; on the JavaFX thread. */
  public void showPreview(MappingPreview.Result result) {
    preview.set(result);
  }

  /**
   * Replaces the mapping by one inferred from the first sample message.
   *
   * @throws IllegalArgumentException in plain words when the sample gives nothing to go on
   */
  public void infer() {
    String first = sample.get() == null ? "" : sample.get().strip();
    if (first.isEmpty()) {
      throw new FieldProblem(Field.SAMPLE, Texts.get("editor.pasteFirst"));
    }
    List<Reason> problems = new java.util.ArrayList<>();
    List<com.fasterxml.jackson.databind.JsonNode> messages =
        MappingPreview.messages(first, problems);
    if (messages.isEmpty()) {
      throw new FieldProblem(Field.SAMPLE, problems.isEmpty() ? Texts.get("editor.notJson")
          : Texts.get("editor.notJsonWhy", problems.get(0)));
    }
    try {
      mapping.set(write(MappingInference.infer(messages)));
    } catch (IllegalArgumentException e) {
      throw new FieldProblem(Field.SAMPLE, Texts.message(e));
    }
  }

  /**
   * The profile the fields add up to, checked.
   *
   * @throws IllegalArgumentException with the first problem in plain words
   */
  public Profile build() {
    List<FieldProblem> found = new java.util.ArrayList<>();
    if (name.get() == null || name.get().isBlank()) {
      found.add(new FieldProblem(Field.NAME, Texts.get("editor.needName")));
    }
    List<String> syms = symbolList();
    List<String> subs = subscribe.get().lines().map(String::strip).filter(s -> !s.isEmpty())
        .toList();
    String address = url.get() == null ? "" : url.get().strip();
    if (address.isEmpty()) {
      found.add(new FieldProblem(Field.ADDRESS, Texts.get("editor.needAddress")));
    } else {
      check(found, Field.ADDRESS, () -> Profile.checkAddress(ProfileTemplate.render(address,
          syms, n -> "x", ProfileTemplate.Target.URL).get(0)));
    }
    for (String m : subs) {
      check(found, Field.SUBSCRIBE, () -> ProfileTemplate.render(m, syms, n -> "x",
          ProfileTemplate.Target.MESSAGE));
    }
    Profile.Ping[] keepAlive = new Profile.Ping[1];
    check(found, Field.PING, () -> keepAlive[0] = keepAlive(syms));
    Integer[] quiet = new Integer[1];
    check(found, Field.SILENCE, () -> quiet[0] = seconds(silence.get(), 5, 3600,
        Texts.get("editor.silenceLimit")));
    MappingSpec[] spec = new MappingSpec[1];
    check(found, Field.MAPPING, () -> {
      spec[0] = parseMapping();
      if (spec[0] != null) {
        FeedMapping.compile(spec[0]);
      }
    });
    if (!found.isEmpty()) {
      throw new FieldProblems(found);
    }
    Profile p = new Profile(name.get().strip(), base.description(), base.transport(), address,
        syms, base.headers(), subs, keepAlive[0], quiet[0], kind.get(),
        base.limits(), base.series(), spec[0]);
    p.check();
    return p;
  }

  /** The application ping as written: none without a message; a message needs a period. */
  private Profile.Ping keepAlive(List<String> syms) {
    String message = ping.get() == null ? "" : ping.get().strip();
    if (message.isEmpty()) {
      return null;
    }
    ProfileTemplate.render(message, syms, n -> "x", ProfileTemplate.Target.MESSAGE);
    Integer every = seconds(pingEvery.get(), 1, 3600, Texts.get("editor.pingPeriod"));
    if (every == null) {
      throw new IllegalArgumentException(Texts.get("editor.pingEveryMissing"));
    }
    return new Profile.Ping(message, every);
  }

  /** A whole number of seconds from {@code min} to {@code max}; null for an empty field. */
  private static Integer seconds(String text, int min, int max, String what) {
    String t = text == null ? "" : text.strip();
    if (t.isEmpty()) {
      return null;
    }
    try {
      int n = Integer.parseInt(t);
      if (n >= min && n <= max) {
        return n;
      }
    } catch (NumberFormatException e) {
      // told below
    }
    throw new IllegalArgumentException(Texts.get("editor.seconds", what, min, max, t));
  }

  /** Every field found wrong, each to be told beside its field; the message is the first. */
  public static final class FieldProblems extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final transient List<FieldProblem> problems;

    FieldProblems(List<FieldProblem> problems) {
      super(problems.get(0).getMessage());
      this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
      return problems;
    }
  }

  /** The fields a problem can be told beside. */
  public enum Field {
    NAME,
    ADDRESS,
    SUBSCRIBE,
    PING,
    SILENCE,
    MAPPING,
    SAMPLE
  }

  /** A problem with one field, to be shown beside it. */
  public static final class FieldProblem extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final Field field;

    public FieldProblem(Field field, String message) {
      super(message);
      this.field = field;
    }

    public Field field() {
      return field;
    }
  }

  private static void check(List<FieldProblem> found, Field field, Runnable test) {
    try {
      test.run();
    } catch (FieldProblem e) {
      found.add(e);
    } catch (IllegalArgumentException e) {
      found.add(new FieldProblem(field, Texts.message(e)));
    }
  }

  /**
   * The profile as far as it is written, to take sample messages with: its address,
   * symbols and messages, whatever the mapping says yet.
   *
   * @throws IllegalArgumentException when there is no address
   */
  public Profile forSampling() {
    if (url.get() == null || url.get().isBlank()) {
      throw new FieldProblem(Field.ADDRESS, Texts.get("editor.needAddressFirst"));
    }
    return new Profile(name.get(), null, "json", url.get().strip(), symbolList(), base.headers(),
        subscribe.get().lines().map(String::strip).filter(s -> !s.isEmpty()).toList(), null,
        null, kind.get(), base.limits(), null, null);
  }

  private List<String> symbolList() {
    return Arrays.stream(symbols.get().split("[,\\s]+")).map(String::strip)
        .filter(s -> !s.isEmpty()).toList();
  }

  private MappingSpec parseMapping() {
    String text = mapping.get() == null ? "" : mapping.get().strip();
    if (text.isEmpty()) {
      // None yet: the feed's messages are browsed, and a click on a number writes the rule.
      return null;
    }
    try {
      return JSON.readValue(text, MappingSpec.class);
    } catch (IOException e) {
      throw new FieldProblem(Field.MAPPING, Texts.get("editor.mappingNotJson",
          Profile.jsonProblem(e)));
    }
  }

  private static String write(MappingSpec spec) {
    try {
      return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(spec)
          .replace("\" : ", "\": ");
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  public StringProperty nameProperty() {
    return name;
  }

  public StringProperty urlProperty() {
    return url;
  }

  public StringProperty symbolsProperty() {
    return symbols;
  }

  public StringProperty subscribeProperty() {
    return subscribe;
  }

  public StringProperty pingProperty() {
    return ping;
  }

  public StringProperty pingEveryProperty() {
    return pingEvery;
  }

  public StringProperty silenceProperty() {
    return silence;
  }

  public StringProperty kindProperty() {
    return kind;
  }

  public StringProperty mappingProperty() {
    return mapping;
  }

  public StringProperty sampleProperty() {
    return sample;
  }

  public ReadOnlyObjectProperty<MappingPreview.Result> previewProperty() {
    return preview.getReadOnlyProperty();
  }
}
