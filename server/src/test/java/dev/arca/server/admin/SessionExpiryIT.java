package dev.arca.server.admin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.arca.server.testing.NodeFixture;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Session tokens stop working after the idle timeout and after their lifetime. */
class SessionExpiryIT {

  @Test
  void anIdleOrOldTokenStopsWorking() throws Exception {
    try (NodeFixture node =
        NodeFixture.start(
            l -> l,
            o ->
                o.withAdminApi(
                    o.adminApi().withSessions(Duration.ofSeconds(1), Duration.ofSeconds(3))))) {
      AdminClient idle = AdminClient.of(node).asAdmin();
      assertThat(idle.get("/api/v1/me").status()).isEqualTo(200);
      Thread.sleep(1300);
      AdminClient.Response expired = idle.get("/api/v1/me");
      assertThat(expired.status()).isEqualTo(401);
      assertThat(expired.error()).isEqualTo("authentication_required");

      // Kept busy, it still ends at its lifetime.
      AdminClient busy = AdminClient.of(node).asAdmin();
      long start = System.nanoTime();
      int last = 200;
      while (System.nanoTime() - start < Duration.ofSeconds(5).toNanos() && last == 200) {
        last = busy.get("/api/v1/me").status();
        Thread.sleep(300);
      }
      assertThat(last).isEqualTo(401);
      assertThat(Duration.ofNanos(System.nanoTime() - start))
          .isGreaterThanOrEqualTo(Duration.ofMillis(2500));
    }
  }
}
