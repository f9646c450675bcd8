package org.livedash.feed.profile;

import org.livedash.model.Reason;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The profiles LiveDash ships for the common public feeds (its own demo, Binance, Coinbase,
 * Kraken, Finnhub, Alpaca), written from each venue's published documentation, with its
 * limits. Read from the class path, in the order of {@code presets/index.txt}.
 */
public final class ProfilePresets {
  private static final String DIR = "presets/";

  private ProfilePresets() {}

  /** Every preset, checked. */
  public static List<Profile> all() {
    List<Profile> out = new ArrayList<>();
    for (String file : read("index.txt").lines().map(String::strip)
        .filter(l -> !l.isEmpty()).toList()) {
      out.add(Profile.parse(read(file), Reason.of("profile.presetOrigin", file)));
    }
    return List.copyOf(out);
  }

  /** The preset of that name, or null. */
  public static Profile named(String name) {
    return all().stream().filter(p -> p.name().equalsIgnoreCase(name)).findFirst().orElse(null);
  }

  private static String read(String name) {
    try (InputStream in = ProfilePresets.class.getResourceAsStream(DIR + name)) {
      if (in == null) {
        throw new IllegalStateException("preset " + name + " is missing from the build");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("preset " + name + " cannot be read", e);
    }
  }
}
