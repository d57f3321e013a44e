package dev.arca.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ConnectionPoolTest {

  @Test
  void slotsAreBoundedAndAWaiterGetsTheNextFreeOne() throws Exception {
    ConnectionPool pool = new ConnectionPool(2);
    ConnectionPool.Lease a = pool.lease(Duration.ofMillis(10));
    ConnectionPool.Lease b = pool.lease(Duration.ofMillis(10));
    assertThat(pool.size()).isEqualTo(2);

    long start = System.nanoTime();
    assertThatThrownBy(() -> pool.lease(Duration.ofMillis(150)))
        .isInstanceOf(IOException.class)
        .hasMessage("all 2 connections of the pool stayed busy for 150 ms");
    assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start))
        .isGreaterThanOrEqualTo(140);

    CompletableFuture<ConnectionPool.Lease> waiter =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                return pool.lease(Duration.ofSeconds(5));
              } catch (IOException e) {
                throw new IllegalStateException(e);
              }
            });
    Thread.sleep(50);
    assertThat(waiter).isNotDone();
    a.close();
    ConnectionPool.Lease c = waiter.get(5, TimeUnit.SECONDS);
    assertThat(c.connection()).isNull();
    assertThat(pool.size()).isEqualTo(2);

    b.close();
    c.close();
    b.close();
    assertThat(pool.size()).isZero();
  }

  @Test
  void aClosedPoolRefusesLeases() {
    ConnectionPool pool = new ConnectionPool(1);
    pool.close();
    assertThatThrownBy(() -> pool.lease(Duration.ofSeconds(1)))
        .isInstanceOf(IOException.class)
        .hasMessage("the client is closed");
  }

  @Test
  void capacityMustBePositive() {
    assertThatThrownBy(() -> new ConnectionPool(0))
        .hasMessage("pool capacity must be at least 1, was 0");
  }
}
