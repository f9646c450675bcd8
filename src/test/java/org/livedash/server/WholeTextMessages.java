package org.livedash.server;

import java.net.http.WebSocket;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A JDK WebSocket listener for tests that keeps every text message whole, in order, however the
 * server split it into frames.
 */
public final class WholeTextMessages implements WebSocket.Listener {
  private final List<String> messages = new CopyOnWriteArrayList<>();
  private final StringBuilder part = new StringBuilder();

  @Override
  public CompletionStage<?> onText(WebSocket w, CharSequence data, boolean last) {
    part.append(data);
    if (last) {
      messages.add(part.toString());
      part.setLength(0);
    }
    w.request(1);
    return null;
  }

  /** The messages so far, a live view safe to read from any thread. */
  public List<String> messages() {
    return messages;
  }
}
