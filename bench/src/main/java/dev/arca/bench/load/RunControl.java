package dev.arca.bench.load;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.Recorder;

/**
 * The phases every worker follows, and the live counters of the progress line.
 *
 * <ul>
 *   <li><b>Warm-up</b> until {@link #measureStart}: requests are sent and not measured.
 *   <li><b>Timed part.</b> By duration: a response is measured if it arrives between {@link
 *       #measureStart} and {@link #measureEnd}. By count: each request sent after {@link
 *       #measureStart} takes one of the permits, and exactly the requests holding one are measured;
 *       the timed part ends when the last of them is answered.
 *   <li><b>Drain</b> once {@link #stop} is set: no new request; what is in flight is awaited.
 * </ul>
 */
final class RunControl {

  private final boolean byCount;
  private final long target;
  private final AtomicLong permits;
  private final AtomicLong permitsDone = new AtomicLong();

  volatile long measureStart = Long.MAX_VALUE;
  volatile long measureEnd = Long.MAX_VALUE;
  volatile boolean stop;

  /** Every response, warm-up included, for the progress line. */
  final LongAdder completed = new LongAdder();

  final LongAdder failed = new LongAdder();

  /** Latencies since the last progress line, microseconds. */
  final Recorder recent = new Recorder(3);

  RunControl(boolean byCount, long target) {
    this.byCount = byCount;
    this.target = target;
    this.permits = new AtomicLong(target);
  }

  boolean byCount() {
    return byCount;
  }

  /**
   * Whether a request sent at {@code now} may go; by count it takes a permit once the timed part
   * has begun.
   *
   * @return {@link Send#UNTIMED}, {@link Send#TIMED}, or {@link Send#NO} when the permits are gone
   */
  Send trySend(long now) {
    if (!byCount || now - measureStart < 0) {
      return Send.UNTIMED;
    }
    return permits.getAndDecrement() > 0 ? Send.TIMED : Send.NO;
  }

  /** Whether a response that arrived at {@code now} to a request sent as {@code send} counts. */
  boolean counts(Send send, long now) {
    if (byCount) {
      return send == Send.TIMED;
    }
    return now - measureStart >= 0 && now - measureEnd < 0;
  }

  /** Called once per answered request that held a permit; the last one ends the timed part. */
  void permitDone(long now) {
    if (permitsDone.incrementAndGet() == target) {
      measureEnd = now;
      stop = true;
    }
  }

  long permitsDone() {
    return permitsDone.get();
  }

  /** How a request was sent. */
  enum Send {
    NO,
    UNTIMED,
    TIMED
  }
}
