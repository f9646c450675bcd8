package org.livedash.model;

import java.util.List;
import java.util.Map;

/**
 * A dashboard as a document (docs/layout.schema.json): the feeds it shows, the first first, as
 * they are opened ({@code demo}, an address, a profile's name or file, never one holding a
 * secret), its derived series, what each chart plots and over which window, the series'
 * colours and the notes marked on the time axis. Saved and opened as JSON by the settings'
 * {@code LayoutFile}; what a window applies of it is the window's concern.
 *
 * @param livedash always {@link #KIND}: what the file is
 * @param version the layout format's version, {@link #VERSION} when written here
 * @param name what the layout is called
 * @param colors palette places by series id (the theme gives each place its colour)
 * @param xy the X–Y pane, null when it is not shown
 * @param panes how the panes of {@link #charts} are arranged; null for the two charts one above
 *     the other
 */
public record Layout(String livedash, Integer version, String name, List<String> feeds,
    List<Derived> derived, List<Chart> charts, Map<String, Integer> colors,
    List<Annotation> annotations, Xy xy, PaneTree panes) {
  /** What {@link #livedash} says. */
  public static final String KIND = "layout";
  /** The format written here; a file of a newer one is refused. */
  public static final int VERSION = 1;

  public Layout {
    feeds = feeds == null ? List.of() : List.copyOf(feeds);
    derived = derived == null ? List.of() : List.copyOf(derived);
    charts = charts == null ? List.of() : List.copyOf(charts);
    colors = colors == null ? Map.of() : Map.copyOf(colors);
    annotations = annotations == null ? List.of() : List.copyOf(annotations);
  }

  /** A layout of this format. */
  public static Layout of(String name, List<String> feeds, List<Derived> derived,
      List<Chart> charts, Map<String, Integer> colors, List<Annotation> annotations, Xy xy) {
    return new Layout(KIND, VERSION, name, feeds, derived, charts, colors, annotations, xy,
        null);
  }

  /** This layout with its panes arranged as {@code arrangement}. */
  public Layout withPanes(PaneTree arrangement) {
    return new Layout(livedash, version, name, feeds, derived, charts, colors, annotations, xy,
        arrangement);
  }

  /** The X–Y pane: {@code y} against {@code x}, by id as the window names them. */
  public record Xy(String x, String y) { }

  /**
   * A derived series as kept: its formula names series as the window shows them.
   *
   * @param chart {@code sensors} or {@code markets}
   */
  public record Derived(String name, String formula, String unit, String chart,
      Double toleranceSeconds) { }

  /**
   * What one pane shows: the sensors' or the markets' chart, or a pane the user made.
   *
   * @param chart the pane's id: {@code sensors}, {@code markets}, or one of the user's panes
   * @param series the series plotted, by id as the window names them
   * @param windowSeconds the time window, null for the chart's own
   * @param style {@code line} or {@code candles}, null for a line
   * @param scale {@code values}, or {@code percent}: each series as its % change from the
   *     window's left edge; null for values
   * @param kind {@link #TIME}, {@link #TABLE} or {@link #NUMBER}; null for a time chart
   * @param title the pane's title, null for its own
   * @param axes where series are drawn other than with their unit, by id: {@code right},
   *     {@code own} or {@code percent}
   * @param axisTitles what the axis of each unit says beside its unit, by unit
   */
  public record Chart(String chart, List<String> series, Long windowSeconds, String style,
      String scale, String kind, String title, Map<String, String> axes,
      Map<String, String> axisTitles) {
    /** A time chart. */
    public static final String TIME = "time";
    /** A table of the series' last values. */
    public static final String TABLE = "table";
    /** One series' last value, big. */
    public static final String NUMBER = "number";

    public Chart {
      series = series == null ? List.of() : List.copyOf(series);
      axes = axes == null ? Map.of() : Map.copyOf(axes);
      axisTitles = axisTitles == null ? Map.of() : Map.copyOf(axisTitles);
    }

    /** A time chart with its own title, each series with its unit. */
    public Chart(String chart, List<String> series, Long windowSeconds, String style,
        String scale) {
      this(chart, series, windowSeconds, style, scale, null, null, null, null);
    }

    /** A pane of {@code kind}, each series with its unit. */
    public Chart(String chart, List<String> series, Long windowSeconds, String style,
        String scale, String kind, String title) {
      this(chart, series, windowSeconds, style, scale, kind, title, null, null);
    }

    /** What the pane is: {@link #TIME} when not said. */
    public String kindOrTime() {
      return kind == null ? TIME : kind;
    }
  }

  /**
   * A note marked on the time axis: at an instant, or over a span.
   *
   * @param atMicros when, epoch microseconds
   * @param untilMicros the span's end, null for an instant
   */
  public record Annotation(long atMicros, Long untilMicros, String text) { }
}
