package org.livedash.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Splitting, closing and resizing an arrangement of panes. */
class PaneTreeTest {

  @Test
  void aPaneSplitTheWayItsSplitRunsTakesHalfItsRoomThereAndOtherwiseSharesItInANewSplit() {
    PaneTree rows = PaneTree.standard();
    PaneTree below = rows.with("table-1", "sensors", PaneTree.ROWS);
    assertThat(below.ids()).containsExactly("sensors", "table-1", "markets");
    assertThat(below.shares()).containsExactly(0.25, 0.25, 0.5);

    PaneTree right = rows.with("chart-1", "markets", PaneTree.COLUMNS);
    assertThat(right.ids()).containsExactly("sensors", "markets", "chart-1");
    assertThat(right.panes()).hasSize(2);
    PaneTree nested = right.panes().get(1);
    assertThat(nested.split()).isEqualTo(PaneTree.COLUMNS);
    assertThat(nested.ids()).containsExactly("markets", "chart-1");
    assertThat(nested.shares()).containsExactly(0.5, 0.5);

    assertThat(rows.with("x", "nowhere", PaneTree.ROWS)).isEqualTo(rows);
  }

  @Test
  void aPaneClosedGivesItsRoomToThoseBesideItAndASplitLeftWithOnePartIsThatPart() {
    PaneTree arranged = PaneTree.standard().with("chart-1", "markets", PaneTree.COLUMNS)
        .with("table-1", "sensors", PaneTree.ROWS);
    PaneTree closed = arranged.without("chart-1");
    assertThat(closed.ids()).containsExactly("sensors", "table-1", "markets");
    assertThat(closed.panes().get(2).leaf()).as("the split of markets alone is markets")
        .isTrue();
    PaneTree both = closed.without("table-1");
    assertThat(both.shares().get(0)).as("the room shared in the proportions left, summing to one")
        .isCloseTo(1 / 3.0, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(both.shares().get(1)).isCloseTo(2 / 3.0, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(PaneTree.of("sensors").without("sensors")).isNull();
  }

  @Test
  void sizesThatDoNotSayOnePerPartReadAsEqualSharesAndTheyAreKeptWhenResized() {
    PaneTree odd = new PaneTree(null, PaneTree.ROWS, List.of(3.0),
        List.of(PaneTree.of("a"), PaneTree.of("b")));
    assertThat(odd.shares()).containsExactly(0.5, 0.5);
    PaneTree resized = odd.resized(List.of(3.0, 1.0));
    assertThat(resized.shares()).containsExactly(0.75, 0.25);
    assertThat(odd.resized(List.of(1.0))).as("a size for each part or none").isEqualTo(odd);
  }
}
