package dev.arca.client;

import dev.arca.kmip.enums.Operation;
import dev.arca.kmip.enums.ResultReason;
import dev.arca.kmip.enums.ResultStatus;
import java.util.Objects;
import java.util.Optional;

/**
 * The server answered and refused: a batch item whose Result Status is not Success (KMIP 2.1 §8.6,
 * §11.1). It carries the Result Reason and the server's Result Message.
 *
 * <p>This is distinct from the {@link java.io.IOException}s of {@link KmipClient}, which say that
 * no answer came: a {@code KmipClientException} means the server did receive and judge the request.
 */
public class KmipClientException extends Exception {

  private static final long serialVersionUID = 1L;

  private final Operation operation;
  private final ResultStatus status;
  private final ResultReason reason;
  private final String resultMessage;

  /**
   * @param operation the operation of the failed batch item, if known
   * @param status Operation Failed, Operation Pending or Operation Undone
   * @param reason the Result Reason; General Failure when the server gave none
   * @param resultMessage the server's Result Message, empty when it gave none
   */
  public KmipClientException(
      Optional<Operation> operation,
      ResultStatus status,
      ResultReason reason,
      String resultMessage) {
    super(describe(operation, status, reason, resultMessage));
    this.operation = operation.orElse(null);
    this.status = Objects.requireNonNull(status, "status");
    this.reason = Objects.requireNonNull(reason, "reason");
    this.resultMessage = Objects.requireNonNull(resultMessage, "resultMessage");
  }

  /** The operation that failed, if the response named it. */
  public Optional<Operation> operation() {
    return Optional.ofNullable(operation);
  }

  /** The Result Status: Operation Failed, or Pending / Undone for asynchronous and batch cases. */
  public ResultStatus status() {
    return status;
  }

  /** The Result Reason (KMIP 2.1 §11.1 Table 410), e.g. Item Not Found or Permission Denied. */
  public ResultReason reason() {
    return reason;
  }

  /** The server's Result Message as sent; empty when it sent none. */
  public String resultMessage() {
    return resultMessage;
  }

  private static String describe(
      Optional<Operation> operation, ResultStatus status, ResultReason reason, String message) {
    StringBuilder out = new StringBuilder();
    out.append(operation.map(Operation::specName).orElse("request"));
    if (status == ResultStatus.OPERATION_FAILED) {
      out.append(" failed: ");
    } else {
      out.append(": ").append(status.specName()).append(": ");
    }
    out.append(reason.specName());
    if (!message.isEmpty()) {
      out.append(": ").append(message);
    }
    return out.toString();
  }
}
