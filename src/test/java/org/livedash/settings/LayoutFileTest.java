package org.livedash.settings;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.livedash.model.InvalidInputException;
import org.livedash.model.Layout;
import org.livedash.model.PaneTree;

/** A layout as a file: written and read back whole, refused in one line, as its schema says. */
class LayoutFileTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path dir;

  private static Layout sample() {
    return Layout.of("Venues", List.of("demo", "ws://127.0.0.1:8080/feed"),
        List.of(new Layout.Derived("spread", "local-8080/ACME - ACME", "USD", "markets", 5.0)),
        List.of(new Layout.Chart("sensors", List.of("temp", "local-8080/temp"), 300L, "line",
            "values"),
            new Layout.Chart("markets", List.of("spread", "ACME"), 60L, "line",
            "values", null, null, Map.of("ACME", "right"), Map.of("USD", "Price")),
            new Layout.Chart("table-1", List.of("temp", "spread"), null, null, null,
            Layout.Chart.TABLE, "Plant")),
        Map.of("spread", 3), List.of(new Layout.Annotation(1_700_000_000_000_000L, null,
            "valve opened")), new Layout.Xy("local-8080/power", "temp"))
        .withPanes(PaneTree.split(PaneTree.COLUMNS, List.of(PaneTree.standard(),
            PaneTree.of("table-1"))));
  }

  @Test
  void aLayoutWrittenIsReadBackWhole() throws Exception {
    Path file = dir.resolve("venues.json");
    LayoutFile.write(file, sample());
    assertThat(LayoutFile.read(file)).isEqualTo(sample());
    assertThat(JSON.readTree(file.toFile()).get("livedash").asText()).isEqualTo("layout");
  }

  @Test
  void whatIsNoLayoutOrOfANewerFormatIsOneLine() throws Exception {
    assertThat(key(dir.resolve("none.json"))).isEqualTo("layout.noFile");
    assertThat(key(write("{\"feeds\": ["))).isEqualTo("layout.notJson");
    assertThat(key(write("{\"name\": \"x\"}"))).isEqualTo("layout.notLayout");
    assertThat(key(write("{\"livedash\": \"layout\", \"version\": 2}")))
        .isEqualTo("layout.newer");
    assertThat(key(write("{\"livedash\": \"layout\", \"charts\": [{\"chart\": \"sensors\","
        + " \"kind\": \"pie\"}]}"))).isEqualTo("layout.badChart");
    assertThat(key(write("{\"livedash\": \"layout\", \"charts\": [{\"chart\": \"a/b\"}]}")))
        .as("a pane's id names controls: never a series' path").isEqualTo("layout.badChart");
    assertThat(key(write("{\"livedash\": \"layout\", \"panes\": {\"split\": \"diagonal\","
        + " \"panes\": [{\"pane\": \"sensors\"}]}}"))).isEqualTo("layout.badPanes");
    Layout older = LayoutFile.read(write("{\"livedash\": \"layout\", \"feeds\": [\"demo\"],"
        + " \"tabs\": [1, 2]}"));
    assertThat(older.feeds()).as("a field it does not know is passed over")
        .containsExactly("demo");
  }

  @Test
  void theSchemaDescribesEveryFieldWrittenAndNoOther() throws Exception {
    JsonNode schema = JSON.readTree(Path.of("docs/layout.schema.json").toFile());
    JsonNode written = JSON.readTree(JSON.writeValueAsBytes(sample()));
    assertThat(names(schema.get("properties"))).isEqualTo(names(written));
    assertThat(names(schema.at("/properties/derived/items/properties")))
        .isEqualTo(names(written.at("/derived/0")));
    assertThat(names(schema.at("/properties/charts/items/properties")))
        .isEqualTo(names(written.at("/charts/0")));
    assertThat(names(schema.at("/properties/annotations/items/properties")))
        .isEqualTo(names(written.at("/annotations/0")));
    assertThat(names(schema.at("/properties/xy/properties"))).isEqualTo(names(written.at("/xy")));
    assertThat(names(schema.at("/$defs/arrangement/properties")))
        .isEqualTo(names(written.at("/panes")));
  }

  private static TreeSet<String> names(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return new TreeSet<>(names);
  }

  private Path write(String json) throws Exception {
    Path file = Files.createTempFile(dir, "layout", ".json");
    Files.writeString(file, json);
    return file;
  }

  private static String key(Path file) {
    try {
      LayoutFile.read(file);
      return "read";
    } catch (InvalidInputException e) {
      assertThat(e.getMessage()).doesNotContain("\n");
      return e.reason().key();
    }
  }
}
