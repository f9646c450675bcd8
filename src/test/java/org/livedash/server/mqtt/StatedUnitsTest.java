package org.livedash.server.mqtt;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import org.junit.jupiter.api.Test;
import org.livedash.model.SeriesMeta;

/**
 * Units as publishers state them: Zigbee2MQTT's device list, Home Assistant's discovery records
 * (in full or abbreviated) and statestream attributes; a guess only where none is stated, and
 * marked as one.
 */
class StatedUnitsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void zigbee2mqttsDeviceListGivesEachDeviceItsOwnUnitsForTheSameName() throws Exception {
    StatedUnits units = new StatedUnits();
    try (InputStream in =
        getClass().getResourceAsStream("/mqtt/zigbee2mqtt-bridge-devices.json")) {
      units.read("zigbee2mqtt/bridge/devices", JSON.readTree(in));
    }
    // A battery's voltage and a plug's mains voltage: the same name, different units.
    assertThat(units.unit("zigbee2mqtt/hall_sensor", "voltage")).isEqualTo("mV");
    assertThat(units.unit("zigbee2mqtt/desk_plug", "voltage")).isEqualTo("V");
    assertThat(units.unit("zigbee2mqtt/hall_sensor", "temperature")).isEqualTo("°C");
    assertThat(units.unit("zigbee2mqtt/desk_plug", "power")).isEqualTo("W");
    // A light's features are at the top of its state; a composite's are not.
    assertThat(units.unit("zigbee2mqtt/kitchen_light", "color_temp")).isEqualTo("mired");
    assertThat(units.unit("zigbee2mqtt/kitchen_light", "brightness")).isNull();
    assertThat(units.unit("zigbee2mqtt/kitchen_light", "x")).isNull();
    assertThat(units.unit("zigbee2mqtt/unknown", "voltage")).isNull();
  }

  @Test
  void homeAssistantDiscoveryInFullOrAbbreviatedNamesTheValueItsTemplateReads()
      throws Exception {
    StatedUnits units = new StatedUnits();
    units.read("homeassistant/sensor/0x00158d0006a1b2c3/temperature/config", JSON.readTree(
        "{\"name\":\"Temperature\",\"state_topic\":\"zigbee2mqtt/hall_sensor\","
            + "\"unit_of_measurement\":\"°C\",\"device_class\":\"temperature\","
            + "\"value_template\":\"{{ value_json.temperature }}\"}"));
    units.read("homeassistant/sensor/plug/power/config", JSON.readTree(
        "{\"~\":\"tele/plug\",\"stat_t\":\"~/SENSOR\",\"unit_of_meas\":\"W\","
            + "\"val_tpl\":\"{{value_json['power'] | round(1)}}\"}"));
    units.read("homeassistant/sensor/esp/flow/config", JSON.readTree(
        "{\"stat_t\":\"esp/sensor/flow/state\",\"unit_of_meas\":\"m³/h\"}"));
    // A template that computes its value states the unit of no field.
    units.read("homeassistant/sensor/x/f/config", JSON.readTree(
        "{\"stat_t\":\"dev/x\",\"unit_of_meas\":\"°C\","
            + "\"val_tpl\":\"{{ (value_json.temp_f - 32) * 5 / 9 }}\"}"));
    assertThat(units.unit("zigbee2mqtt/hall_sensor", "temperature")).isEqualTo("°C");
    assertThat(units.unit("zigbee2mqtt/hall_sensor", "humidity")).isNull();
    assertThat(units.unit("tele/plug/SENSOR", "power")).isEqualTo("W");
    assertThat(units.unit("esp/sensor/flow/state", "esp/sensor/flow/state")).isEqualTo("m³/h");
    assertThat(units.unit("dev/x", "temp_f")).isNull();
  }

  @Test
  void statestreamsUnitAttributeIsTheUnitOfTheStateBesideIt() throws Exception {
    StatedUnits units = new StatedUnits();
    units.read("homeassistant/sensor/plug_voltage/unit_of_measurement",
        JSON.readTree("\"V\""));
    assertThat(units.unit("homeassistant/sensor/plug_voltage/state", "plug_voltage"))
        .isEqualTo("V");
  }

  @Test
  void aStatedUnitIsTakenAsItIsAndAGuessIsMarkedAsOne() {
    SourceMapping z2m = SourceMapping.named("zigbee2mqtt");
    SeriesMeta stated = z2m.describe("desk_plug:voltage", "V", Double.NaN);
    assertThat(stated.unit()).isEqualTo("V");
    assertThat(stated.unitGuessed()).isFalse();
    SeriesMeta guessed = z2m.describe("hall_sensor:temperature", null, Double.NaN);
    assertThat(guessed.unit()).isEqualTo("°C");
    assertThat(guessed.unitGuessed()).isTrue();
    // A name whose unit depends on the device is not guessed at all.
    SeriesMeta voltage = z2m.describe("hall_sensor:voltage", null, Double.NaN);
    assertThat(voltage.unit()).isEmpty();
    assertThat(voltage.unitGuessed()).isFalse();
  }

  @Test
  void messagesOfNoKnownShapeStateNothing() throws Exception {
    StatedUnits units = new StatedUnits();
    units.read("zigbee2mqtt/bridge/devices", JSON.readTree("{\"not\":\"a list\"}"));
    units.read("homeassistant/sensor/a/config", JSON.readTree("[1,2]"));
    units.read("homeassistant/sensor/b/config", JSON.readTree("{\"stat_t\":\"b\"}"));
    units.read("x/unit_of_measurement", JSON.readTree("{}"));
    units.read("x/config", (JsonNode) null);
    assertThat(units.unit("b", "")).isNull();
    assertThat(units.unit("x/state", "state")).isNull();
  }
}
