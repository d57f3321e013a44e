package dev.arca.core.state;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.LoggerFactory;

/**
 * Takes commands and has them applied to the store of every node, in one order.
 *
 * <p>The future completes once the command is durable — committed to the local SQLite database with
 * {@code synchronous=FULL} on a single node; on a majority of the cluster's logs and applied
 * locally in a cluster — so an acknowledged change survives {@code kill -9} and power loss.
 */
public interface Replicator extends AutoCloseable {

  CompletableFuture<CommandResult> submit(Command command);

  /**
   * Submits {@code command} and waits up to {@code timeout} until it is durable. A failure or a
   * missing confirmation is logged here, with its cause, so callers need only pass the message on.
   *
   * @throws NotDurableException if the wait is interrupted (the thread's interrupt flag is set
   *     again), the command cannot be applied, or no confirmation comes in time
   */
  default CommandResult submitAndWait(Command command, Duration timeout)
      throws NotDurableException {
    try {
      return submit(command).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new NotDurableException("interrupted while the change was being made durable", e);
    } catch (ExecutionException e) {
      LoggerFactory.getLogger(Replicator.class)
          .error(
              "A {} could not be made durable", command.getClass().getSimpleName(), e.getCause());
      throw new NotDurableException(
          "the change could not be made durable; see the server log", e.getCause());
    } catch (TimeoutException e) {
      LoggerFactory.getLogger(Replicator.class)
          .error(
              "A {} was not confirmed as durable within {}",
              command.getClass().getSimpleName(),
              timeout);
      throw new NotDurableException(
          "the change was not confirmed in time and may still be applied; check before retrying",
          e);
    }
  }

  @Override
  void close();
}
