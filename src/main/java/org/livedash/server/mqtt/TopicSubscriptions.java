package org.livedash.server.mqtt;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.logging.Logger;
import org.livedash.model.Reason;

/**
 * The subscriptions of one connection to a broker, in their order: the topics stating units
 * first, then the data once the broker has answered those (a broker sends a subscription's
 * retained messages before it reads the next request, so each device's units are known before
 * its first reading). It says when the broker has answered every data subscription — until
 * then what devices publish is not sent to this client — and what it refused.
 */
final class TopicSubscriptions {
  private static final Logger LOG = Logger.getLogger(MqttSource.class.getName());
  private final List<String> unitTopics;
  private final List<String> dataTopics;

  TopicSubscriptions(List<String> unitTopics, List<String> dataTopics) {
    this.unitTopics = List.copyOf(unitTopics);
    this.dataTopics = List.copyOf(dataTopics);
  }

  /**
   * Subscribes through {@code subscribeTo}; completes when the broker has answered every data
   * subscription, with the refusal of one of them, or null when it took them all.
   */
  CompletableFuture<Reason> subscribe(Function<String, CompletableFuture<?>> subscribeTo) {
    List<CompletableFuture<?>> first = new ArrayList<>();
    for (String t : unitTopics) {
      first.add(subscribeTo.apply(t).whenComplete((ack, e) -> {
        if (e != null) {
          // Only the units are missing: they are guessed, and the readings still flow.
          LOG.info(Reason.of("mqtt.unitsUnread", t, MqttSource.oneLine(e)).english());
        }
      }));
    }
    AtomicReference<Reason> refused = new AtomicReference<>();
    return CompletableFuture.allOf(first.toArray(CompletableFuture[]::new))
        .handle((ok, e) -> dataTopics.stream()
            .map(t -> subscribeTo.apply(t).whenComplete((ack, f) -> {
              if (f != null) {
                Reason why = Reason.of("mqtt.subscriptionRefused", t, f.getMessage());
                refused.set(why);
                LOG.warning(why.english());
              }
            }))
            .toArray(CompletableFuture[]::new))
        .thenCompose(data -> CompletableFuture.allOf(data).handle((ok, e) -> refused.get()));
  }
}
