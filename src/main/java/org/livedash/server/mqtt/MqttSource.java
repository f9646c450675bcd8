package org.livedash.server.mqtt;

import com.fasterxml.jackson.databind.JsonNode;
import com.hivemq.client.mqtt.MqttClient;
import com.hivemq.client.mqtt.MqttClientBuilder;
import com.hivemq.client.mqtt.MqttGlobalPublishFilter;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.datatypes.MqttTopic;
import com.hivemq.client.mqtt.datatypes.MqttTopicFilter;
import com.hivemq.client.mqtt.lifecycle.MqttClientDisconnectedContext;
import com.hivemq.client.mqtt.mqtt3.Mqtt3AsyncClient;
import com.hivemq.client.mqtt.mqtt3.Mqtt3ClientBuilder;
import com.hivemq.client.mqtt.mqtt3.exceptions.Mqtt3ConnAckException;
import com.hivemq.client.mqtt.mqtt5.Mqtt5AsyncClient;
import com.hivemq.client.mqtt.mqtt5.Mqtt5ClientBuilder;
import com.hivemq.client.mqtt.mqtt5.exceptions.Mqtt5ConnAckException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.logging.Logger;
import javax.net.ssl.TrustManagerFactory;
import org.livedash.feed.mapping.FeedMapping;
import org.livedash.feed.mapping.MessageShapes;
import org.livedash.feed.mapping.MappingTally;
import org.livedash.feed.profile.Profile;
import org.livedash.feed.profile.ResolvedProfile;
import org.livedash.model.EpochMicros;
import org.livedash.model.Reason;
import org.livedash.model.SeriesMeta;
import org.livedash.server.FeedSource;
import org.livedash.server.Origins;
import org.livedash.server.Reading;

/**
 * A relay's source in a plant's MQTT broker (HiveMQ MQTT client, MQTT 5 or 3.1.1, TLS): it
 * subscribes to the configured topic filters, maps each message's envelope with the same
 * engine as a client profile, and hands the readings on every 10 ms as one batch. Retained
 * messages give each topic's first value; a retained message sent again after a reconnection
 * is not a new reading ({@link RetainedSeen}). The broker stays the source of truth: on losing
 * it the source reconnects with backoff and says so, and the server keeps serving what it has.
 */
public final class MqttSource implements FeedSource {
  private static final Logger LOG = Logger.getLogger(MqttSource.class.getName());
  private static final long FLUSH_MILLIS = 10;
  /** Readings waiting for the next flush before further ones are dropped (and counted). */
  static final int MAX_PENDING = 200_000;
  /** Room for a PUBLISH packet's fixed header, topic and properties beside its payload. */
  private static final int MAX_HEADER_BYTES = 64 * 1024;

  private final MqttSourceConfig config;
  private final SourceMapping sourceMapping;
  private final FeedMapping mapping;
  private final MqttEnvelope envelope = new MqttEnvelope();
  private final RetainedSeen retained = new RetainedSeen();
  private final StatedUnits stated = new StatedUnits();
  private final List<MqttTopicFilter> unitFilters;
  private final TopicSubscriptions subscriptions;
  private final SeriesOrigins origins = new SeriesOrigins();
  /** Every payload by topic and shape, for the window's message browser (bounded). */
  private final MessageShapes census = new MessageShapes();
  private final Object lock = new Object();
  private List<Reading> pending = new ArrayList<>();
  private long dropped;
  private ReadingSink out;
  private ScheduledFuture<?> flushing;
  private Runnable disconnect = () -> { };
  private Supplier<CompletableFuture<Reason>> subscribe =
      () -> CompletableFuture.completedFuture(null);
  /** Counts connections, so a late acknowledgement of an earlier one changes nothing. */
  private final AtomicLong connections = new AtomicLong();
  private final Clock clock;
  private volatile Reason problem = Reason.of("mqtt.connecting");
  /** Since when the broker has been delivering (epoch µs), -1 while it is not. */
  private volatile long deliveringSince = -1;
  /** When the broker was lost (epoch µs), 0 before any loss; on the client's thread. */
  private volatile long lostAt;
  /** Readings dropped because the pending batch was full, since the last flush; under lock. */
  private long overflow;
  private long overflowFrom;
  private long overflowTo;
  /** Serialises handing on: a batch, and what the source missed, in the order they happened. */
  private final Object handing = new Object();

  /**
   * @throws IllegalArgumentException when the mapping does not compile (one line, naming the
   *     rule)
   */
  public MqttSource(MqttSourceConfig config, SourceMapping mapping) {
    this(config, mapping, Clock.systemUTC());
  }

  /**
   * A broker's messages as a feed source, mapped by {@code mapping} (a preset's name or a
   * file).
   *
   * @param topics the filters to subscribe to; empty: the mapping's own
   * @param trust the certificates trusted for mqtts://, null for the system's
   * @throws IllegalArgumentException when the mapping cannot be read or compiled (one line)
   */
  public static MqttSource of(URI broker, List<String> topics, String mapping, int version,
      String user, String password, TrustManagerFactory trust) {
    SourceMapping m = SourceMapping.named(mapping);
    return new MqttSource(new MqttSourceConfig(broker, topics.isEmpty() ? m.topics() : topics,
        version, user, password == null ? null : password.toCharArray(), trust), m);
  }

  /**
   * An MQTT profile's broker as a source, mapped generically: its user from the address, its
   * password from {@code secrets}.
   */
  public static MqttSource of(Profile profile, Function<String, String> secrets) {
    profile.check();
    URI address = URI.create(profile.url().strip());
    String password = ResolvedProfile.of(profile, secrets).headers().get("password");
    return of(URI.create(address.getScheme() + "://" + address.getHost()
        + (address.getPort() < 0 ? "" : ":" + address.getPort())), profile.symbols(), "generic",
        5, address.getUserInfo(), password, null);
  }

  /** A source stamping arrival times from {@code clock}. */
  MqttSource(MqttSourceConfig config, SourceMapping mapping, Clock clock) {
    this.clock = clock;
    this.config = config;
    this.sourceMapping = mapping;
    this.mapping = mapping.compile();
    this.unitFilters = mapping.unitTopics().stream().map(MqttTopicFilter::of).toList();
    this.subscriptions = new TopicSubscriptions(mapping.unitTopics(), config.topics());
  }

  @Override
  public List<SeriesMeta> initialSeries() {
    return List.of();
  }

  @Override
  public SeriesMeta describe(String seriesId) {
    SeriesOrigins.FirstSeen first = origins.of(seriesId);
    return sourceMapping.describe(seriesId, stated.unit(first == null ? null : first.topic(),
        SourceMapping.valueName(seriesId)), first == null ? Double.NaN : first.value());
  }

  private boolean statesUnits(String topic) {
    MqttTopic t = MqttTopic.of(topic);
    return unitFilters.stream().anyMatch(f -> f.matches(t));
  }

  @Override
  public void start(ReadingSink sink, ScheduledExecutorService timer) {
    out = sink;
    flushing = timer.scheduleAtFixedRate(this::flush, FLUSH_MILLIS, FLUSH_MILLIS,
        TimeUnit.MILLISECONDS);
    MqttClientBuilder builder = MqttClient.builder()
        .identifier("livedash-relay-" + UUID.randomUUID().toString().substring(0, 8))
        .serverHost(config.broker().getHost())
        .serverPort(config.port())
        .automaticReconnect().initialDelay(500, TimeUnit.MILLISECONDS)
        .maxDelay(10, TimeUnit.SECONDS).applyAutomaticReconnect()
        .addConnectedListener(c -> connected())
        .addDisconnectedListener(this::disconnected);
    if (config.tls()) {
      builder = config.trust() == null ? builder.sslWithDefaultConfig()
          : builder.sslConfig().trustManagerFactory(config.trust())
              .applySslConfig();
    }
    if (config.username() != null && !config.tls()) {
      LOG.warning(Reason.of("mqtt.plaintextPassword", config.shown()).english());
    }
    if (config.mqttVersion() == 5) {
      startMqtt5(builder.useMqttVersion5());
    } else {
      startMqtt3(builder.useMqttVersion3());
    }
  }

  private void startMqtt5(Mqtt5ClientBuilder b) {
    if (config.username() != null) {
      b = b.simpleAuth().username(config.username())
          .password(config.password() == null ? new byte[0] : bytes(config.password()))
          .applySimpleAuth();
    }
    Mqtt5AsyncClient client = b.buildAsync();
    client.publishes(MqttGlobalPublishFilter.ALL, p -> receive(p.getTopic().toString(),
        p.getPayloadAsBytes(), p.isRetain()));
    subscribe = () -> subscriptions.subscribe(t -> client.subscribeWith().topicFilter(t)
        .qos(MqttQos.AT_LEAST_ONCE).send());
    disconnect = () -> client.disconnect();
    // The broker does not send this client messages larger than it reads (MQTT 5): a huge
    // payload is never buffered here in the first place.
    client.connectWith().cleanStart(true)
        .restrictions().maximumPacketSize(MqttEnvelope.MAX_PAYLOAD_BYTES + MAX_HEADER_BYTES)
        .applyRestrictions().send();
  }

  private void startMqtt3(Mqtt3ClientBuilder b) {
    if (config.username() != null) {
      b = b.simpleAuth().username(config.username())
          .password(config.password() == null ? new byte[0] : bytes(config.password()))
          .applySimpleAuth();
    }
    Mqtt3AsyncClient client = b.buildAsync();
    client.publishes(MqttGlobalPublishFilter.ALL, p -> receive(p.getTopic().toString(),
        p.getPayloadAsBytes(), p.isRetain()));
    subscribe = () -> subscriptions.subscribe(t -> client.subscribeWith().topicFilter(t)
        .qos(MqttQos.AT_LEAST_ONCE).send());
    disconnect = () -> client.disconnect();
    client.connectWith().cleanSession(true).send();
  }

  private void connected() {
    long connection = connections.incrementAndGet();
    LOG.info(Reason.of("mqtt.connected", config.shown()).english());
    // A clean session keeps no subscription: subscribe on every connection. Until the broker
    // has acknowledged them, what devices publish is not sent here: the relay is not yet
    // delivering, and an outage's hole lasts until then.
    problem = Reason.of("mqtt.subscribing", config.shown());
    subscribe.get().whenComplete((refusal, e) -> delivering(connection, refusal));
  }

  /** The broker has answered the connection's subscriptions: readings flow (unless refused). */
  private void delivering(long connection, Reason refusal) {
    if (connection != connections.get()) {
      return;
    }
    long now = EpochMicros.now(clock);
    deliveringSince = now;
    if (lostAt > 0) {
      // Messages published while the broker was out of reach never came: say so, in order.
      synchronized (handing) {
        flush();
        out.missed(0, lostAt, now);
      }
      lostAt = 0;
    }
    problem = refusal;
  }

  private void disconnected(MqttClientDisconnectedContext c) {
    connections.incrementAndGet();
    if (deliveringSince >= 0) {
      lostAt = EpochMicros.now(clock);
    }
    deliveringSince = -1;
    Throwable cause = c.getCause();
    Object why = cause == null ? Reason.of("mqtt.closed") : oneLine(cause);
    // A refusal (bad user name or password, not authorised) is not the broker being away.
    boolean refused = cause instanceof Mqtt5ConnAckException
        || cause instanceof Mqtt3ConnAckException;
    problem = Reason.of(refused ? "mqtt.refused" : "mqtt.unreachable", config.shown(), why);
    LOG.warning(problem.english());
  }

  /** One message, on the client's thread: mapped at once, handed on at the next flush. */
  void receive(String topic, byte[] payload, boolean isRetained) {
    if (!retained.isNew(topic, payload, isRetained)) {
      return;
    }
    JsonNode message = envelope.wrap(topic, payload, isRetained);
    if (StatedUnits.mayState(topic) && statesUnits(topic)) {
      // A device list or a discovery record says what the readings are; it is not one.
      stated.read(topic, message == null ? null : message.get("payload"));
      return;
    }
    long now = EpochMicros.now(clock);
    if (message != null) {
      census.observe(message.get("payload"), topic, now);
    }
    long digest = Origins.digest(topic, payload);
    int[] index = {0};
    synchronized (lock) {
      if (message == null) {
        dropped++;
        return;
      }
      mapping.map(message, now, (id, t, v, seq, sequencing) -> {
        origins.seen(id, topic, v);
        if (pending.size() < MAX_PENDING) {
          pending.add(Reading.fromMessage(digest, index[0]++, id, t, v));
        } else {
          dropped++;
          overflowFrom = overflow == 0 ? t : Math.min(overflowFrom, t);
          overflowTo = Math.max(overflowTo, t);
          overflow++;
        }
      });
    }
  }

  private void flush() {
    synchronized (handing) {
      List<Reading> batch;
      long lost;
      long from;
      long to;
      synchronized (lock) {
        if (pending.isEmpty() && overflow == 0) {
          return;
        }
        batch = pending;
        pending = new ArrayList<>(Math.min(batch.size() * 2, 4_096));
        lost = overflow;
        from = overflowFrom;
        to = overflowTo;
        overflow = 0;
      }
      try {
        if (!batch.isEmpty()) {
          out.publish(batch);
        }
        if (lost > 0) {
          out.missed(lost, from, to);
        }
      } catch (RuntimeException e) {
        LOG.warning(Reason.of("mqtt.publishFailed", oneLine(e)).english());
      }
    }
  }

  /** The mapping's own counts: messages unmatched, values rejected. */
  public MappingTally tally() {
    return mapping.tally();
  }

  /** Messages too large to read, or readings beyond what may wait for one flush. */
  public long dropped() {
    synchronized (lock) {
      return dropped;
    }
  }

  @Override
  public Reason description() {
    return Reason.of("mqtt.description", config.shown(), String.join(" ", config.topics()),
        sourceMapping.name());
  }

  @Override
  public Reason problem() {
    return problem;
  }

  @Override
  public String address() {
    return config.shown();
  }

  @Override
  public long deliveringSinceMicros() {
    return deliveringSince;
  }

  @Override
  public void close() {
    if (flushing != null) {
      flushing.cancel(false);
    }
    disconnect.run();
  }

  private static byte[] bytes(char[] password) {
    ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
    byte[] out = new byte[encoded.remaining()];
    encoded.get(out);
    return out;
  }

  static String oneLine(Throwable t) {
    String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    return m.lines().findFirst().orElse(m);
  }

  @Override
  public MessageShapes messages() {
    return census;
  }

  @Override
  public List<String> seriesOf(String topic) {
    return origins.seriesOf(topic);
  }
}
