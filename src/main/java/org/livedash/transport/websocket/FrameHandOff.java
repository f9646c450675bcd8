package org.livedash.transport.websocket;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Hands one connection's frames from the socket's reader thread to a thread of the connection's
 * own that decodes and stores them, in order: the socket is read on while the frame before is
 * decoded. Bounded: when decoding falls {@link #CAPACITY} frames or {@link #CHARS_WAITING}
 * characters behind, the reader waits, so the socket stops being read and the server sees a slow
 * client (and says so when it closes) — a frame is never dropped here unseen. What is still
 * waiting when the connection ends is not run: its updates were never stored, so the next
 * connection resumes before them.
 */
final class FrameHandOff {
  /** Frames waiting at most; at a fast feed's thousand updates a frame, well under a second. */
  static final int CAPACITY = 64;
  /** Characters waiting at most, so a few very large frames cannot fill the memory instead. */
  static final int CHARS_WAITING = 16 * 1024 * 1024;
  private static final int CHARS_A_PERMIT = 1024;
  private static final Runnable STOP = () -> { };
  private final BlockingQueue<Runnable> waiting = new ArrayBlockingQueue<>(CAPACITY);
  private final Semaphore room = new Semaphore(CHARS_WAITING / CHARS_A_PERMIT);
  private volatile boolean stopped;

  FrameHandOff(String threadName) {
    Thread worker = new Thread(this::work, threadName);
    worker.setDaemon(true);
    worker.start();
  }

  /**
   * Runs {@code task}, which holds {@code chars} characters, after those handed before it; waits
   * while the hand-off is full. A frame larger than the whole room waits for the rest to drain.
   */
  void hand(Runnable task, int chars) {
    int permits = Math.min(CHARS_WAITING / CHARS_A_PERMIT, chars / CHARS_A_PERMIT + 1);
    try {
      while (!stopped && !room.tryAcquire(permits, 100, TimeUnit.MILLISECONDS)) {
        // The decoding thread is behind: the socket waits with it.
      }
      Runnable counted = () -> {
        try {
          task.run();
        } finally {
          room.release(permits);
        }
      };
      while (!stopped && !waiting.offer(counted, 100, TimeUnit.MILLISECONDS)) {
        // As above.
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
