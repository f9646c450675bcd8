package org.livedash.server;

import java.util.List;
import org.livedash.i18n.Texts;
import org.livedash.model.SeriesKind;
import org.livedash.model.SeriesMeta;

/** The demo feed's series: six plant-floor sensors and six fictitious stocks. */
final class DemoCatalogue {
  private DemoCatalogue() {}

  static List<SeriesSimulator> create() {
    return List.of(
        new SensorSimulator(
            sensor("temperature", "Temperature", "°C", 15, 35, Double.NaN, 27, Double.NaN, 30, 2),
            22.5, 0.08, 1.2, 9, 1.0, 2),
        new SensorSimulator(
            sensor("humidity", "Humidity", "%RH", 20, 80, 30, 60, 25, 70, 1),
            45, 0.3, 4, 24, 0.5, 1),
        new SensorSimulator(
            sensor("pressure", "Pressure", "hPa", 990, 1030, 1000, 1022, 995, 1026, 1),
            1013.2, 0.15, 2.5, 11, 0.4, 1),
        new SensorSimulator(
            sensor("vibration", "Vibration", "mm/s", 0, 12, Double.NaN, 4.5, Double.NaN, 7.1, 2),
            2.2, 0.25, 0.4, 6.5, 1.5, 2),
        new SensorSimulator(
            sensor("co2", "CO₂", "ppm", 350, 2000, Double.NaN, 1000, Double.NaN, 1400, 0),
            620, 6, 60, 900, 0.6, 0),
        new SensorSimulator(
            sensor("power", "Power", "kW", 0, 60, Double.NaN, 42, Double.NaN, 50, 2),
            28, 0.4, 3, 20, 0.8, 2),
        stock("ACME", "Acme Corp", 182.40),
        stock("GLBX", "Globex", 94.15),
        stock("INIT", "Initech", 41.72),
        stock("UMBR", "Umbrella", 256.30),
        stock("STRK", "Stark Industries", 318.05),
        stock("WAYN", "Wayne Enterprises", 67.88));
  }

  private static SeriesMeta sensor(
      String id,
      String name,
      String unit,
      double min,
      double max,
      double warnLow,
      double warnHigh,
      double alarmLow,
      double alarmHigh,
      int decimals) {
    return new SeriesMeta(id, name, unit, SeriesKind.SENSOR, min, max, warnLow, warnHigh,
        alarmLow, alarmHigh, decimals).withNames(names(id));
  }

  /** A sensor's name in every language the bundles speak (protocol 1.4, {@code names}). */
  private static java.util.Map<String, String> names(String id) {
    java.util.Map<String, String> names = new java.util.TreeMap<>();
    for (java.util.Locale l : Texts.LANGUAGES) {
      names.put(l.getLanguage(), Texts.bundle(l).getString("demo.series." + id));
    }
    return names;
  }

  private static StockSimulator stock(String id, String name, double price) {
    SeriesMeta meta = SeriesMeta.of(id, name, "USD", SeriesKind.STOCK, price * 0.9, price * 1.1)
        .withDecimals(2);
    return new StockSimulator(meta, price, 0.0, 0.0012);
  }
}
