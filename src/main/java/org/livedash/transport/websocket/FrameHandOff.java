package org.livedash.transport.websocket;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Hands one connection's frames from the socket's reader thread to a thread of the connection's
 * own that decodes and stores them, in order: the socket is read on while the frame before is
 * decoded. Bounded: when decoding falls {@link #CAPACITY} frames behind, the reader waits, so the
 * socket stops being read and the server sees a slow client (and says so when it closes) — a
 * frame is never dropped here unseen. What is still waiting when the connection ends is not run:
 * its updates were never stored, so the next connection resumes before them.
 */
final class FrameHandOff {
  /** Frames waiting at most; at a fast feed's thousand updates a frame, well under a second. */
  static final int CAPACITY = 64;
  private static final Runnable STOP = () -> { };
  private final BlockingQueue<Runnable> waiting = new ArrayBlockingQueue<>(CAPACITY);
  private volatile boolean stopped;

  FrameHandOff(String threadName) {
    Thread worker = new Thread(this::work, threadName);
    worker.setDaemon(true);
    worker.start();
  }

  /** Runs {@code task} after those handed before it; waits while {@link #CAPACITY} wait. */
  void hand(Runnable task) {
    try {
      while (!stopped && !waiting.offer(task, 100, TimeUnit.MILLISECONDS)) {
        // The decoding thread is behind: the socket waits with it.
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Ends the thread after the task it is running; nothing waiting is run. */
  void stop() {
    stopped = true;
    waiting.clear();
    waiting.offer(STOP);
  }

  private void work() {
    try {
      while (!stopped) {
        Runnable task = waiting.take();
        if (!stopped) {
          task.run();
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
