package org.livedash.feed.profile;

import org.livedash.model.InvalidInputException;
import org.livedash.model.Reason;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A profile with its templates filled for one connection: the address to open, the headers, the
 * messages to send on opening, the ping. The address with its secrets masked ({@link
 * #shownUrl}) is what the window, the status line and the logs may show; {@link #url} itself,
 * which may carry a key in its query, is given to the transport alone.
 *
 * @param spacing the least time between two messages sent, from the venue's limits
 */
public record ResolvedProfile(String url, String shownUrl, Map<String, String> headers,
    List<String> openMessages, String pingMessage, Duration pingEvery, Duration spacing,
    Duration silence) {
  /** What stands for a secret wherever an address is shown. */
  public static final String MASK = "***";

  /**
   * Fills the profile's templates.
   *
   * @param secrets the value of each named secret, or null when it is not set
   * @throws IllegalArgumentException naming what cannot be filled (a secret not set)
   */
  public static ResolvedProfile of(Profile p, Function<String, String> secrets) {
    List<String> symbols = p.symbols();
    String url = one(p.url(), symbols, secrets, ProfileTemplate.Target.URL);
    String shown = one(p.url(), symbols, n -> MASK, ProfileTemplate.Target.URL)
        .replace(ProfileTemplate.escape(MASK, ProfileTemplate.Target.URL), MASK);
    Map<String, String> headers = new LinkedHashMap<>();
    p.headerTemplates().forEach((name, value) ->
        headers.put(name, one(value, symbols, secrets, ProfileTemplate.Target.HEADER)));
    List<String> messages = new ArrayList<>();
    for (String m : p.subscriptions()) {
      messages.addAll(ProfileTemplate.render(m, symbols, secrets,
          ProfileTemplate.Target.MESSAGE));
    }
    String ping = p.ping() == null ? null
        : one(p.ping().message(), symbols, secrets, ProfileTemplate.Target.MESSAGE);
    Duration every = p.ping() == null ? null : Duration.ofSeconds(p.ping().everySeconds());
    Duration spacing = Duration.ofMillis(p.limits() == null ? 0 : p.limits().spacingMillis());
    return new ResolvedProfile(url, shown, Map.copyOf(headers), List.copyOf(messages), ping,
        every, spacing, Duration.ofSeconds(p.silence()));
  }

  private static String one(String template, List<String> symbols,
      Function<String, String> secrets, ProfileTemplate.Target target) {
    List<String> out = ProfileTemplate.render(template, symbols, secrets, target);
    if (out.size() != 1) {
      throw new InvalidInputException(Reason.of("template.oneSymbol", "{symbol}", "{symbols}"));
    }
    return out.get(0);
  }
}
