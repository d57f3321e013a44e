package dev.arca.bench.load;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Sends a list of requests over several connections at once, each pipelining up to {@code depth} of
 * them, and counts the answers that succeeded. For work outside the timed load (the clean-up):
 * spreading it lets a server that groups commits across connections do so.
 */
final class Pipeline {

  private Pipeline() {}

  /** Answers that succeeded, and requests that failed or got no answer. */
  record Result(long succeeded, long failed) {}

  static Result run(List<KmipChannel> channels, List<byte[]> requests, int depth) {
    if (requests.isEmpty() || channels.isEmpty()) {
      return new Result(0, requests.size());
    }
    AtomicLong ok = new AtomicLong();
    AtomicLong failed = new AtomicLong();
    List<Thread> threads = new ArrayList<>();
    for (int c = 0; c < channels.size(); c++) {
      List<byte[]> share = new ArrayList<>();
      for (int i = c; i < requests.size(); i += channels.size()) {
        share.add(requests.get(i));
      }
      if (share.isEmpty()) {
        continue;
      }
      KmipChannel channel = channels.get(c);
      Thread t =
          new Thread(
              () -> {
                long answered = 0;
                try {
                  int sent = 0;
                  while (answered < share.size()) {
                    while (sent < share.size() && sent - answered < depth) {
                      channel.write(share.get(sent++));
                    }
                    channel.flush();
                    int n = channel.read();
                    answered++;
                    if (ResponseScanner.scan(channel.buffer(), n, false).success()) {
                      ok.incrementAndGet();
                    } else {
                      failed.incrementAndGet();
                    }
                  }
                } catch (IOException e) {
                  failed.addAndGet(share.size() - answered);
                }
              },
              "bench-cleanup-" + c);
      t.setDaemon(true);
      threads.add(t);
      t.start();
    }
    for (Thread t : threads) {
      try {
        t.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    return new Result(ok.get(), failed.get());
  }
}
