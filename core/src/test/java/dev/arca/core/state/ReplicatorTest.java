package dev.arca.core.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** {@link Replicator#submitAndWait}: each way a command can fail to be confirmed as durable. */
class ReplicatorTest {

  private static final Command COMMAND =
      new PutRecord(new RecordKey("test", "a"), "x".getBytes(StandardCharsets.UTF_8), 1);

  private static Replicator answering(Supplier<CompletableFuture<CommandResult>> future) {
    return new Replicator() {
      @Override
      public CompletableFuture<CommandResult> submit(Command command) {
        return future.get();
      }

      @Override
      public void close() {}
    };
  }

  @Test
  void aConfirmedCommandGivesItsResult() throws Exception {
    CommandResult applied = new CommandResult.Applied(7);
    Replicator r = answering(() -> CompletableFuture.completedFuture(applied));
    assertThat(r.submitAndWait(COMMAND, Duration.ofSeconds(1))).isSameAs(applied);
  }

  @Test
  void aFailedApplyIsNotDurableWithTheReplicatorsCause() {
    IOException disk = new IOException("disk full");
    Replicator r = answering(() -> CompletableFuture.failedFuture(disk));
    assertThatThrownBy(() -> r.submitAndWait(COMMAND, Duration.ofSeconds(1)))
        .isInstanceOf(NotDurableException.class)
        .hasMessage("the change could not be made durable; see the server log")
        .hasCause(disk);
  }

  @Test
  void noConfirmationInTimeMayStillBeApplied() {
    Replicator r = answering(CompletableFuture::new);
    assertThatThrownBy(() -> r.submitAndWait(COMMAND, Duration.ofMillis(20)))
        .isInstanceOf(NotDurableException.class)
        .hasMessage(
            "the change was not confirmed in time and may still be applied; check before"
                + " retrying");
  }

  @Test
  void anInterruptedWaitKeepsTheInterrupt() {
    Replicator r = answering(CompletableFuture::new);
    Thread.currentThread().interrupt();
    try {
      assertThatThrownBy(() -> r.submitAndWait(COMMAND, Duration.ofSeconds(10)))
          .isInstanceOf(NotDurableException.class)
          .hasMessage("interrupted while the change was being made durable");
      assertThat(Thread.currentThread().isInterrupted()).isTrue();
    } finally {
      Thread.interrupted();
    }
  }
}
