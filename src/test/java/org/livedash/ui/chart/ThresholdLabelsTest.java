package org.livedash.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Threshold labels beside their lines, off the data and off each other, each placed once. */
class ThresholdLabelsTest {
  private static final double LEFT = 64;
  private static final double RIGHT = 864;

  @Test
  void aLabelMovesOffTheDataAtTheRightEnd() {
    ThresholdLabels labels = new ThresholdLabels();
    // The data runs through the right third just above the line at y = 100.
    ThresholdLabels.Obstacles data = (x0, x1, y0, y1) -> x1 > 600 && y0 < 100 && y1 > 80;
    ThresholdLabels.Box b = labels.place(100, 150, 14, LEFT, RIGHT, 30, 300, data);
    assertThat(data.cross(b.x(), b.x() + b.w(), b.y(), b.y() + b.h())).isFalse();
    // Below the line at the right end is free: the nearest spot to the usual one.
    assertThat(b.y()).isGreaterThan(100);
    assertThat(b.x() + b.w()).isEqualTo(RIGHT);
  }

  @Test
  void twoLinesCloseTogetherGetLabelsThatDoNotOverlap() {
    ThresholdLabels labels = new ThresholdLabels();
    ThresholdLabels.Obstacles none = (x0, x1, y0, y1) -> false;
    ThresholdLabels.Box alarm = labels.place(100, 150, 14, LEFT, RIGHT, 30, 300, none);
    ThresholdLabels.Box warn = labels.place(106, 150, 14, LEFT, RIGHT, 30, 300, none);
    assertThat(alarm.overlaps(warn)).isFalse();
    assertThat(labels.placed()).hasSize(2);
  }

  @Test
  void whereDataCoversEverySpotTheLabelIsStillPlacedOnceAndOffTheOthers() {
    ThresholdLabels labels = new ThresholdLabels();
    ThresholdLabels.Obstacles everywhere = (x0, x1, y0, y1) -> true;
    ThresholdLabels.Box a = labels.place(100, 150, 14, LEFT, RIGHT, 30, 300, everywhere);
    ThresholdLabels.Box b = labels.place(100, 150, 14, LEFT, RIGHT, 30, 300, everywhere);
    assertThat(a.overlaps(b)).isFalse();
    assertThat(labels.placed()).containsExactly(a, b);
  }

  @Test
  void aLabelStaysInsideItsLane() {
    ThresholdLabels labels = new ThresholdLabels();
    // A line at the lane's top edge: its label goes below it.
    ThresholdLabels.Box b = labels.place(31, 150, 14, LEFT, RIGHT, 30, 300,
        (x0, x1, y0, y1) -> false);
    assertThat(b.y()).isGreaterThanOrEqualTo(30);
    assertThat(b.y() + b.h()).isLessThanOrEqualTo(300);
  }

  @Test
  void aLabelWithNoRoomOffTheOthersIsLeftOutNeverDrawnOverThem() {
    ThresholdLabels labels = new ThresholdLabels();
    // A lane 30 px tall: one label fits, a second one has nowhere to go.
    ThresholdLabels.Box first = labels.place(40, 700, 14, LEFT, LEFT + 720, 30, 60,
        (x0, x1, y0, y1) -> false);
    ThresholdLabels.Box second = labels.place(40, 700, 14, LEFT, LEFT + 720, 30, 60,
        (x0, x1, y0, y1) -> false);
    assertThat(first).isNotNull();
    assertThat(second).isNull();
    assertThat(labels.placed()).containsExactly(first);
    assertThat(labels.place(40, 150, 14, LEFT, RIGHT, 38, 46, (x0, x1, y0, y1) -> false))
        .as("a lane shorter than a label").isNull();
  }

  @Test
  void aLabelIsNeverSetOverOtherTextOfThePlot() {
    ThresholdLabels labels = new ThresholdLabels();
    // A restart marker's words at the right end, where a label would go first.
    ThresholdLabels.Box marker = new ThresholdLabels.Box(RIGHT - 160, 80, 150, 16);
    labels.occupy(marker);
    ThresholdLabels.Box b = labels.place(100, 150, 14, LEFT, RIGHT, 30, 300,
        (x0, x1, y0, y1) -> false);
    assertThat(b.overlaps(marker)).isFalse();
    assertThat(labels.placed()).containsExactly(b);
    labels.clear();
    assertThat(labels.place(100, 150, 14, LEFT, RIGHT, 30, 300, (x0, x1, y0, y1) -> false)
        .x()).as("a new frame starts with nothing taken").isEqualTo(RIGHT - 150);
  }
}
