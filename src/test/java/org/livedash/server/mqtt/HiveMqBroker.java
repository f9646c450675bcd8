package org.livedash.server.mqtt;

import com.hivemq.embedded.EmbeddedExtension;
import com.hivemq.embedded.EmbeddedHiveMQ;
import com.hivemq.extension.sdk.api.ExtensionMain;
import com.hivemq.extension.sdk.api.async.Async;
import com.hivemq.extension.sdk.api.auth.SimpleAuthenticator;
import com.hivemq.extension.sdk.api.auth.SubscriptionAuthorizer;
import com.hivemq.extension.sdk.api.auth.parameter.SubscriptionAuthorizerOutput;
import com.hivemq.extension.sdk.api.parameter.ExtensionStartInput;
import com.hivemq.extension.sdk.api.parameter.ExtensionStartOutput;
import com.hivemq.extension.sdk.api.parameter.ExtensionStopInput;
import com.hivemq.extension.sdk.api.parameter.ExtensionStopOutput;
import com.hivemq.extension.sdk.api.services.Services;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.livedash.server.LoopbackProcess;

/**
 * HiveMQ Community Edition, a production MQTT broker that comes through Maven, run in the test's
 * JVM on a free loopback port with its data in files (retained messages survive a stop and a
 * resume). Its one extension lets in anyone, or only the access's user with its password.
 * Its subscriptions can be held unanswered, as a slow broker's are, until the test lets them go.
 * Closing it stops it in the background (a stop takes HiveMQ about 4 s, which no test needs to
 * wait for) and then removes its files, kept out of the test's directory for that reason.
 */
public final class HiveMqBroker implements TestMqttBroker {
  /** Held so the levels set on them stay set: the broker's INFO lines are not the test's. */
  private static final List<Logger> QUIETED = List.of(Logger.getLogger("com.hivemq"),
      Logger.getLogger("jetbrains.exodus"), Logger.getLogger("oshi"));
  private final Path dir;
  private final int port;
  private final BrokerAccess access;
  private final SubscriptionGate gate = new SubscriptionGate();
  private EmbeddedHiveMQ running;

  private HiveMqBroker(Path dir, int port, BrokerAccess access) {
    this.dir = dir;
    this.port = port;
    this.access = access;
  }

  /** Starts a broker with this access and waits until it takes connections. */
  public static HiveMqBroker start(Path testDir, BrokerAccess access) throws IOException {
    QUIETED.forEach(l -> l.setLevel(Level.WARNING));
    int port = LoopbackProcess.freePort();
    Path dir = Files.createTempDirectory(testDir.getFileName() + "-hivemq");
    for (String sub : List.of("conf", "data", "extensions")) {
      Files.createDirectories(dir.resolve(sub));
    }
    Files.writeString(dir.resolve("conf/config.xml"), config(port, access));
    HiveMqBroker broker = new HiveMqBroker(dir, port, access);
    broker.resume();
    return broker;
  }

  private static String config(int port, BrokerAccess access) {
    String address = "<port>" + port + "</port><bind-address>127.0.0.1</bind-address>";
    TestCertificate tls = access.certificate();
    String listener = tls == null ? "<tcp-listener>" + address + "</tcp-listener>"
        : "<tls-tcp-listener>" + address + "<tls><keystore><path>"
            + tls.keyStore().toAbsolutePath() + "</path><password>" + tls.storePassword()
            + "</password><private-key-password>" + tls.storePassword()
            + "</private-key-password></keystore></tls></tls-tcp-listener>";
    return "<hivemq><listeners>" + listener + "</listeners>"
        + "<anonymous-usage-statistics><enabled>false</enabled></anonymous-usage-statistics>"
        + "</hivemq>\n";
  }

  @Override
  public BrokerAccess access() {
    return access;
  }

  @Override
  public int port() {
    return port;
  }

  @Override
  public synchronized void resume() throws IOException {
    EmbeddedHiveMQ hivemq = EmbeddedHiveMQ.builder()
        .withConfigurationFolder(dir.resolve("conf"))
        .withDataFolder(dir.resolve("data"))
        .withExtensionsFolder(dir.resolve("extensions"))
        .withEmbeddedExtension(EmbeddedExtension.builder().withId("livedash-test-access")
            .withName("access").withVersion("1").withPriority(0).withStartPriority(0)
            .withExtensionMain(new Access(access, gate)).build())
        // The broker would set up Logback; it logs through the tests' SLF4J provider instead.
        .withoutLoggingBootstrap()
        .build();
    try {
      hivemq.start().join();
    } catch (CompletionException e) {
      throw new IOException("HiveMQ did not start on port " + port, e.getCause());
    }
    running = hivemq;
  }

  /** From now on, the broker answers no subscription until {@link #answerSubscriptions()}. */
  public void holdSubscriptions() {
    gate.hold();
  }

  /** Answers the subscriptions held, and every one after. */
  public void answerSubscriptions() {
    gate.open();
  }

  @Override
  public synchronized void stop() throws Exception {
    if (running != null) {
      running.stop().join();
      running.close();
      running = null;
    }
  }

  @Override
  public synchronized void close() {
    if (running != null) {
      EmbeddedHiveMQ stopping = running;
      running = null;
      stopping.stop().whenComplete((done, failure) -> {
        try {
          stopping.close();
          deleteTree(dir);
        } catch (Exception e) {
          Logger.getLogger(HiveMqBroker.class.getName()).log(Level.WARNING,
              "HiveMQ in " + dir + " did not close", e);
        }
      });
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    try (var files = Files.walk(dir)) {
      for (Path p : (Iterable<Path>) files.sorted(java.util.Comparator.reverseOrder())::iterator) {
        Files.deleteIfExists(p);
      }
    }
  }

  /** Holds subscriptions while closed; a new latch for each hold. */
  private static final class SubscriptionGate {
    private volatile CountDownLatch closed;

    void hold() {
      closed = new CountDownLatch(1);
    }

    void open() {
      CountDownLatch c = closed;
      closed = null;
      if (c != null) {
        c.countDown();
      }
    }

    /** Authorises the subscription now, or once the gate opens. */
    void pass(SubscriptionAuthorizerOutput out) {
      CountDownLatch c = closed;
      if (c == null) {
        out.authorizeSuccessfully();
        return;
      }
      Async<SubscriptionAuthorizerOutput> later = out.async(Duration.ofMinutes(1));
      Thread waiter = new Thread(() -> {
        try {
          c.await();
          out.authorizeSuccessfully();
        } catch (InterruptedException e) {
          out.failAuthorization();
        }
        later.resume();
      }, "held-subscription");
      waiter.setDaemon(true);
      waiter.start();
    }
  }

  /** The broker's one extension: who may connect, and when a subscription is answered. */
  private record Access(BrokerAccess access, SubscriptionGate gate) implements ExtensionMain {
    @Override
    public void extensionStart(ExtensionStartInput input, ExtensionStartOutput output) {
      SimpleAuthenticator check = (in, out) -> {
        if (access.user() == null || (in.getConnectPacket().getUserName()
            .filter(access.user()::equals).isPresent()
            && password(in.getConnectPacket().getPassword()).equals(access.password()))) {
          out.authenticateSuccessfully();
        } else {
          out.failAuthentication();
        }
      };
      Services.securityRegistry().setAuthenticatorProvider(provider -> check);
      SubscriptionAuthorizer subscribe = (in, out) -> gate.pass(out);
      Services.securityRegistry().setAuthorizerProvider(provider -> subscribe);
    }

    @Override
    public void extensionStop(ExtensionStopInput input, ExtensionStopOutput output) {
    }

    private static String password(Optional<ByteBuffer> bytes) {
      return bytes.map(b -> StandardCharsets.UTF_8.decode(b.duplicate()).toString()).orElse("");
    }
  }
}
