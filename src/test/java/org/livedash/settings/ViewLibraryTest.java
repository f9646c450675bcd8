package org.livedash.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.livedash.model.FeedView;
import org.livedash.model.SeriesOverride;
import org.livedash.feed.ShownAddress;

/** The user's views of their feeds, on disk between runs. */
class ViewLibraryTest {
  @Test
  void aViewSavedIsThereOnTheNextStartAndFeedsAreKeptApart(@TempDir Path dir) {
    ViewLibrary views = new ViewLibrary(dir);
    FeedView boiler = FeedView.NONE.withSeries("boiler-1", new SeriesOverride("Boiler", "°C",
        new SeriesOverride.Thresholds(null, 85.0, null, 90.0)))
        .withCharts(List.of("boiler-1"), List.of(), 300L)
        .withColors(java.util.Map.of("boiler-1", 3));
    views.save("profile:Boiler room", boiler);
    views.save("demo", FeedView.NONE.withCharts(List.of("humidity"), null, 10L));
    ViewLibrary again = new ViewLibrary(dir);
    assertThat(again.view("profile:Boiler room")).isEqualTo(boiler);
    assertThat(again.view("demo").sensorChart()).containsExactly("humidity");
    assertThat(again.view("url:ws://elsewhere/feed")).isEqualTo(FeedView.NONE);
  }

  @Test
  void anUnreadableFileIsKeptAsideAndEveryFeedStartsAsNew(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("views.json"), "{ half a file");
    ViewLibrary views = new ViewLibrary(dir);
    assertThat(views.view("demo")).isEqualTo(FeedView.NONE);
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .anyMatch(n -> n.startsWith("views.json.unreadable-"));
    }
    views.save("demo", FeedView.NONE.withCharts(List.of("a"), null, null));
    assertThat(new ViewLibrary(dir).view("demo").sensorChart()).containsExactly("a");
  }

  @Test
  void aViewKeptUnderAnAddressWithItsTokenMovesToAKeyWithoutIt(@TempDir Path dir)
      throws Exception {
    String typed = "url:ws://feeds.example:8080/feed?symbols=BTC&token=s3cr3t-value";
    new ViewLibrary(dir).save(typed, FeedView.NONE.withCharts(List.of("BTC"), null, 60L));
    ViewLibrary again = new ViewLibrary(dir);
    String safe = "url:" + ShownAddress.key(
        java.net.URI.create("ws://feeds.example:8080/feed?symbols=BTC&token=s3cr3t-value"));
    assertThat(safe).doesNotContain("s3cr3t").contains("symbols=BTC");
    assertThat(again.view(safe).sensorChart()).containsExactly("BTC");
    assertThat(Files.readString(dir.resolve("views.json"))).doesNotContain("s3cr3t")
        .contains("symbols=BTC");
    assertThat(new ViewLibrary(dir).view(safe).windowSeconds()).isEqualTo(60L);
  }
}
