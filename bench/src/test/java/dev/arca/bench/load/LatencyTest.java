package dev.arca.bench.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

/** The histogram side: percentiles from recorded microseconds, merging, errors by reason. */
class LatencyTest {

  @Test
  void percentilesComeFromTheRecordedMicroseconds() {
    Tally t = new Tally();
    // 1..1000 ms in 1 ms steps: p50 = 500 ms, p90 = 900 ms, p99 = 990 ms, max = 1000 ms.
    for (int ms = 1; ms <= 1000; ms++) {
      t.success(BenchOperation.GET, ms * 1000L);
    }

    LoadReport.Latency l = LoadReport.Latency.of(t.histogram(BenchOperation.GET));

    // HdrHistogram with 3 significant digits: within 0.1 %.
    assertThat(l.p50()).isCloseTo(500, within(0.5));
    assertThat(l.p90()).isCloseTo(900, within(0.9));
    assertThat(l.p99()).isCloseTo(990, within(1.0));
    assertThat(l.p999()).isCloseTo(999, within(1.0));
    assertThat(l.max()).isCloseTo(1000, within(1.0));
    assertThat(l.mean()).isCloseTo(500.5, within(0.5));
    assertThat(l.distribution()).hasSize(LoadReport.Latency.SPECTRUM.length);
    assertThat(l.distribution().get(0).percentile()).isZero();
    assertThat(l.distribution().get(l.distribution().size() - 1).ms()).isEqualTo(l.max());
    for (int i = 1; i < l.distribution().size(); i++) {
      assertThat(l.distribution().get(i).ms())
          .isGreaterThanOrEqualTo(l.distribution().get(i - 1).ms());
    }
  }

  @Test
  void anEmptyHistogramIsAllZeros() {
    LoadReport.Latency l = LoadReport.Latency.of(new Histogram(3));
    assertThat(l.p99()).isZero();
    assertThat(l.distribution()).isEmpty();
  }

  @Test
  void tooLongAndTooShortLatenciesAreClampedNotLost() {
    Tally t = new Tally();
    t.success(BenchOperation.GET, 0);
    t.success(BenchOperation.GET, Tally.MAX_MICROS * 10);

    Histogram h = t.histogram(BenchOperation.GET);
    assertThat(h.getTotalCount()).isEqualTo(2);
    assertThat(h.getMinValue()).isEqualTo(1);
    assertThat(h.getMaxValue()).isCloseTo(Tally.MAX_MICROS, within(Tally.MAX_MICROS / 1000));
  }

  @Test
  void tallyMergesCountsLatenciesErrorsAndHandshakes() {
    Tally a = new Tally();
    a.success(BenchOperation.GET, 100);
    a.failure(BenchOperation.GET, 200, "Item Not Found");
    a.handshake(true);
    Tally b = new Tally();
    b.failure(BenchOperation.GET, 300, "Item Not Found");
    b.failure(BenchOperation.ENCRYPT, 400, "I/O: connection reset");
    b.handshake(false);

    Tally all = new Tally();
    all.add(a);
    all.add(b);

    assertThat(all.histogram(BenchOperation.GET).getTotalCount()).isEqualTo(3);
    assertThat(all.errors(BenchOperation.GET))
        .containsExactly(java.util.Map.entry("Item Not Found", 2L));
    assertThat(all.errors(BenchOperation.ENCRYPT)).containsKey("I/O: connection reset");
    assertThat(all.errors(BenchOperation.SIGN)).isEmpty();
    assertThat(all.handshakes()).isEqualTo(2);
    assertThat(all.resumed()).isEqualTo(1);
  }

  @Test
  void byDurationOnlyResponsesInsideTheWindowCount() {
    RunControl c = new RunControl(false, 0);
    c.measureStart = 1_000;
    c.measureEnd = 2_000;

    assertThat(c.trySend(500)).isEqualTo(RunControl.Send.UNTIMED);
    assertThat(c.counts(RunControl.Send.UNTIMED, 999)).isFalse();
    assertThat(c.counts(RunControl.Send.UNTIMED, 1_000)).isTrue();
    assertThat(c.counts(RunControl.Send.UNTIMED, 1_999)).isTrue();
    assertThat(c.counts(RunControl.Send.UNTIMED, 2_000)).isFalse();
  }

  @Test
  void byCountExactlyThePermittedRequestsCountAndTheLastEndsTheRun() {
    RunControl c = new RunControl(true, 2);
    assertThat(c.trySend(0)).isEqualTo(RunControl.Send.UNTIMED); // warm-up: no permit needed
    c.measureStart = 10;
    assertThat(c.trySend(10)).isEqualTo(RunControl.Send.TIMED);
    assertThat(c.trySend(11)).isEqualTo(RunControl.Send.TIMED);
    assertThat(c.trySend(12)).isEqualTo(RunControl.Send.NO);
    assertThat(c.counts(RunControl.Send.UNTIMED, 20)).isFalse();
    assertThat(c.counts(RunControl.Send.TIMED, 20)).isTrue();

    c.permitDone(30);
    assertThat(c.stop).isFalse();
    c.permitDone(40);
    assertThat(c.stop).isTrue();
    assertThat(c.measureEnd).isEqualTo(40);
  }
}
