package org.livedash.ui.chart;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.canvas.Canvas;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import org.livedash.model.SeriesRing;
import org.livedash.model.StoreView;

/**
 * A live time-series chart on one {@link Canvas}. It follows the newest data by default. What
 * the mouse and the keyboard do to it are its plugins ({@link #plugins()}): by default the
 * {@link Zoomer}, the {@link Panner}, {@link LiveReturn} and the {@link CrosshairFollower},
 * which shows a crosshair shared with the other charts.
 *
 * <p>Used in two steps each frame, on the JavaFX thread: {@link #prepare} under the store's read
 * lock reads only what is visible (four points per pixel column, or candles), and only if a
 * plotted series or the view changed; {@link #render} then draws, only if {@link #prepare} found
 * something new. An idle feed causes no redraws.
 */
public final class LiveChart extends Region {
  /** How the plotted series are drawn. */
  public enum Style {
    LINE,
    CANDLES
  }

  /** The shortest time between two redraws for new data: 30 a second. */
  static final long MIN_DATA_REDRAW_NANOS = 33_000_000L;
  private final Canvas canvas = new Canvas();
  private final ChartState state = new ChartState();
  private final ChartRenderer renderer = new ChartRenderer(state);
  private final TimeViewport viewport = new TimeViewport(Duration.ofMinutes(1));
  private final Crosshair crosshair;
  private final ReadOnlyBooleanWrapper live = new ReadOnlyBooleanWrapper(true);
  private final ReadOnlyBooleanWrapper paused = new ReadOnlyBooleanWrapper(false);
  private long candleMicros = 5_000_000L;
  private long[] seenAppended = new long[0];
  /** The plotted series' rings, valid only during {@link #prepare}. */
  private SeriesRing[] rings = new SeriesRing[0];
  private final NewSamples newSamples = new NewSamples();
  private long latestMicros = Long.MIN_VALUE;
  private boolean stale = true;
  private boolean dirty = true;
  /** New data read since the last fill, waiting for its turn to be drawn. */
  private boolean dataWaiting;
  private long lastFillNanos = Long.MIN_VALUE;
  private long redraws;
  private final ObservableList<ChartPlugin> plugins = FXCollections.observableArrayList();
  private Runnable onViewChanged = () -> { };
  private SeriesDecimals decimals = new SeriesDecimals();
  private final LiveEdge edge = new LiveEdge();
  private final HistoryReads history = new HistoryReads();

  public LiveChart(ZoneId zone, Crosshair crosshair) {
    this.crosshair = crosshair;
    state.zone = zone;
    state.history = history;
    getChildren().add(canvas);
    getStyleClass().add("live-chart");
    setMinSize(200, 90);
    setPrefSize(600, 260);
    crosshair.timeProperty().addListener((o, a, b) -> invalidate());
    // Focusable, so the keyboard can pan and zoom; the focus ring shows where the keys go.
    setFocusTraversable(true);
    ChartView view = new ChartView.Parts(canvas, this, viewport, state, () -> latestMicros,
        crosshair, (y0, y1) -> renderer.layout().zoomValues(y0, y1), this::viewChanged);
    plugins.addListener((ListChangeListener<ChartPlugin>) c -> {
      while (c.next()) {
        c.getRemoved().forEach(ChartPlugin::detach);
        c.getAddedSubList().forEach(p -> p.attach(view));
      }
    });
    plugins.addAll(new Zoomer(), new Panner(), new LiveReturn(), new CrosshairFollower());
  }

  /** The chart's interactions: add one to give it, remove one to take it away. */
  ObservableList<ChartPlugin> plugins() {
    return plugins;
  }

  /** Which series to plot, by catalogue id, with their colours. */
  public void setSeries(List<String> ids, List<Color> colors) {
    state.plotted.clear();
    for (int i = 0; i < ids.size(); i++) {
      state.plotted.add(new PlottedSeries(ids.get(i), colors.get(i)));
    }
    invalidate();
  }

  /** Where each series is drawn, by id, and each unit's axis title ({@code titles}, by unit). */
  public void setAxes(Map<String, SeriesAxis> axes, Map<String, String> titles) {
    state.axes.clear();
    state.axes.putAll(axes);
    state.axisTitles = Map.copyOf(titles);
    state.valueZoom.clear();
    invalidate();
  }

  public List<String> seriesIds() {
    return state.plotted.stream().map(p -> p.id).toList();
  }

  public void setWindow(Duration window) {
    viewport.setWindow(window);
    viewChanged();
  }

  public Duration window() {
    return Duration.ofNanos(viewport.windowMicros() * 1000);
  }

  public void setPalette(ChartPalette palette) {
    state.palette = palette;
    invalidate();
  }

  public void setStyle(Style style) {
    state.style = style;
    invalidate();
  }

  public Style style() {
    return state.style;
  }

  /** Candle width for {@link Style#CANDLES}. */
  public void setCandleInterval(Duration interval) {
    candleMicros = interval.toNanos() / 1000;
    invalidate();
  }

  /** Autoscale to the visible data (default), or use the catalogue's display range. */
  public void setAutoscale(boolean autoscale) {
    state.autoscale = autoscale;
    state.valueZoom.clear();
    invalidate();
  }

  /** Whether autoscale keeps the thresholds in view as well as the data (off by default). */
  public void setThresholdsInScale(boolean include) {
    state.thresholdsInScale = include;
    invalidate();
  }

  /** Whether a unit's series of very different sizes get a lane each (default), or share. */
  public void setSplitBySize(boolean split) {
    state.splitBySize = split;
    state.valueZoom.clear();
    invalidate();
  }

  /** Each series as its % change from the window's left edge (one "%" lane), or its values. */
  public void setNormalised(boolean normalised) {
    state.normalised = normalised;
    invalidate();
  }

  /** Four points per pixel column (default), or every sample: the reference M4 must match. */
  public void setDecimated(boolean decimated) {
    state.decimated = decimated;
    invalidate();
  }

  public ReadOnlyBooleanProperty liveProperty() {
    return live.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty pausedProperty() {
    return paused.getReadOnlyProperty();
  }

  /** Freezes the view; data keeps arriving underneath. */
  public void pause() {
    viewport.pause(latestMicros);
    viewChanged();
  }

  /** Zooms by {@code factor} (below 1 zooms in) around the right edge. */
  public void zoomBy(double factor) {
    viewport.zoom(factor, 1, latestMicros);
    viewChanged();
  }

  /** Follows the newest data again. */
  public void backToLive() {
    viewport.backToLive();
    state.valueZoom.clear();
    viewChanged();
  }

  /** The view and its settings, for a picture of it ({@link ChartPicture}). */
  ChartState state() {
    return state;
  }

  long candleMicros() {
    return candleMicros;
  }

  SeriesDecimals decimals() {
    return decimals;
  }

  /** What the chart drew last, for tests: a lane's value scale and the threshold labels. */
  ChartRenderer renderer() {
    return renderer;
  }

  /** The canvas, for tests that compare drawings. */
  Canvas canvas() {
    return canvas;
  }

  /** Whether the last drawing showed any data. */
  public boolean showsData() {
    for (PlottedSeries p : state.plotted) {
      if (p.columns.hasData() || p.points.count > 0) {
        return true;
      }
    }
    return false;
  }

  /** How many times the chart has been drawn. */
  public long redraws() {
    return redraws;
  }

  /** The visible time range, epoch microseconds: {start, end}. */
  public long[] visibleRange() {
    return new long[] {state.startMicros, state.endMicros};
  }

  /** Re-reads and redraws at the next frame. */
  public void invalidate() {
    stale = true;
  }

  /** Reads what is visible if a plotted series or the view changed, new data without waiting. */
  public void prepare(StoreView reader) {
    lastFillNanos = Long.MIN_VALUE / 2;
    prepare(reader, true);
  }

  /**
   * Reads what is visible if the view changed, or, on a {@code beat} (the dashboard's pace for
   * new data), if a plotted series did. Call inside the store's read.
   */
  public void prepare(StoreView reader, boolean beat) {
    int n = state.plotted.size();
    if (seenAppended.length != n) {
      seenAppended = new long[n];
      stale = true;
    }
    stale |= state.readRestartMarks(reader) | history.arrived();
    // An alert begun or ended is drawn as new data is: on a beat.
    boolean dataChanged = state.readAlerts(reader);
    long newest = Long.MIN_VALUE;
    if (rings.length != n) {
      rings = new SeriesRing[n];
    }
    for (int i = 0; i < n; i++) {
      PlottedSeries p = state.plotted.get(i);
      int index = reader.indexOf(p.id);
      p.describe(index < 0 ? null : reader.meta(index), state.asPercent(p.id));
      rings[i] = index < 0 ? null : reader.ring(index);
      if (rings[i] != null) {
        p.decimals = decimals.of(p.meta, rings[i]);
      }
      long appended = rings[i] == null ? -1 : rings[i].appended();
      dataChanged |= appended != seenAppended[i];
      if (rings[i] != null && seenAppended[i] > 0 && appended > seenAppended[i]) {
        newSamples.add(rings[i], appended - seenAppended[i]);
      }
      seenAppended[i] = appended;
      if (rings[i] != null && !rings[i].isEmpty()) {
        newest = Math.max(newest, rings[i].lastTime());
      }
    }
    latestMicros = edge.at(newest);
    // The edge moved on (new data, or the clock past a silent feed): drawn with the new data.
    boolean edgeMoved = viewport.isLive() && latestMicros - state.endMicros >= microsPerPixel();
    // While frozen on the past, new data beyond the right edge changes nothing visible.
    boolean visible = viewport.isLive() || latestMicros <= viewport.end(latestMicros);
    dataWaiting |= dataChanged && visible || edgeMoved;
    long now = edge.nanoClock.getAsLong();
    // New data is drawn once per pixel column's time (at most 30 and at least once a second):
    // sooner would redraw a picture that moved by less than a pixel. What the user does to the
    // view is drawn at once.
    if (!stale && !(beat && dataWaiting && now - lastFillNanos >= dataRedrawNanos())) {
      return;
    }
    stale = false;
    dataWaiting = false;
    lastFillNanos = now;
    fill();
    dirty = true;
  }

  /** How often new data may redraw the chart: a pixel column's time, from 33 ms to 1 s. */
  private long dataRedrawNanos() {
    return Math.max(MIN_DATA_REDRAW_NANOS, Math.min(1_000_000_000L,
        (long) (microsPerPixel() * 1000)));
  }

  private double microsPerPixel() {
    return state.windowMicros() / Math.max(1, ChartRenderer.plotWidth(canvas.getWidth()));
  }

  /** Reads what its ring no longer holds from {@code source}; its edge moves by its clock. */
  public void useFeed(RecordedHistory source, java.util.function.LongSupplier feedMicros) {
    history.use(source);
    edge.wallMicros = feedMicros;
    edge.nanoClock = () -> feedMicros.getAsLong() * 1000;
  }

  /** Draws the notes marked on the time axis, and marks them (N, a right click). */
  public void useNotes(ChartNotes notes) {
    state.notes = notes;
    notes.addListener(this::invalidate);
    plugins.add(new NoteMarker(notes));
  }

  /** Shares how many decimals each series shows with the rest of the dashboard. */
  public void setDecimals(SeriesDecimals shared) {
    decimals = shared;
    invalidate();
  }

  /** The live edge, whose clocks tests drive. */
  LiveEdge edge() {
    return edge;
  }

  private void fill() {
    state.endMicros = viewport.end(latestMicros);
    state.startMicros = viewport.start(latestMicros);
    state.crosshairMicros = crosshair.time();
    state.frozen = !viewport.isLive();
    state.fill(rings, (int) Math.floor(ChartRenderer.plotWidth(canvas.getWidth())),
        candleMicros);
  }

  /** Hands over the source times of samples drawn first since the last call; after render. */
  public void drainNewlyDrawn(java.util.function.LongConsumer sourceTimeMicros) {
    newSamples.drain(sourceTimeMicros);
  }

  /** Draws if {@link #prepare} found anything new. */
  public void render() {
    if (!dirty) {
      return;
    }
    dirty = false;
    redraws++;
    renderer.draw(canvas.getGraphicsContext2D(), canvas.getWidth(), canvas.getHeight());
  }

  private void viewChanged() {
    showViewState();
    onViewChanged.run();
  }

  private void showViewState() {
    live.set(viewport.isLive());
    paused.set(viewport.isPaused());
    invalidate();
  }

  /** Called after the user zooms, pans, pauses or goes back to live in this chart. */
  public void setOnViewChanged(Runnable action) {
    onViewChanged = action;
  }

  /** Shows the same time window as {@code leader}, without telling anyone in turn. */
  public void followView(LiveChart leader) {
    viewport.copyFrom(leader.viewport);
    showViewState();
  }

  @Override
  protected void layoutChildren() {
    if (CanvasFit.fit(this, canvas)) {
      invalidate();
    }
  }
}
