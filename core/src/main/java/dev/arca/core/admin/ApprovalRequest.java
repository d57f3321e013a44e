package dev.arca.core.admin;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A change waiting for approvals ("multiple credentials"): who asked, what it changes, until when
 * it may be approved, and who approved so far. The requester counts as the first approval.
 *
 * <p>The request itself — the admin API route and its input, which may hold a password — is kept
 * sealed under the master key; {@link #toString()} never shows it.
 *
 * @param id the request's identifier
 * @param requester the administrator who asked
 * @param action the admin API action, e.g. {@code user.create}
 * @param area the permission area an approver needs (or a grant of it)
 * @param summary what the change does, for people: the method, the path and the fields given
 * @param pathParameters the route's path parameters
 * @param sealedBody the request body sealed under the master key
 * @param created when it was asked
 * @param expires after this instant it can no longer be approved and changes nothing
 * @param approvals the approvals so far, the requester's first
 * @param status where it stands
 * @param outcome for a decided request, what happened: the error of a change that failed, who
 *     denied it
 * @param revision the stored record's revision
 */
public record ApprovalRequest(
    String id,
    String requester,
    String action,
    AdminPermission area,
    String summary,
    Map<String, String> pathParameters,
    byte[] sealedBody,
    Instant created,
    Instant expires,
    List<Approval> approvals,
    Status status,
    Optional<String> outcome,
    long revision) {

  /** Where a request stands. */
  public enum Status {
    /** Waiting for approvals. */
    PENDING,
    /** Approved by enough administrators; being applied. */
    APPROVED,
    /** Approved and applied. */
    APPLIED,
    /** Approved, but the change failed when applied; nothing changed. */
    FAILED,
    /** Denied by an administrator, or withdrawn by its requester; nothing changed. */
    DENIED,
    /** Not approved in time; nothing changed. */
    EXPIRED
  }

  /**
   * One approval.
   *
   * @param administrator whose approval right counts
   * @param via the administrator who used it under a time-limited grant; empty when the same
   * @param at when
   */
  public record Approval(String administrator, Optional<String> via, Instant at) {
    public Approval {
      Objects.requireNonNull(administrator, "administrator");
      Objects.requireNonNull(via, "via");
      Objects.requireNonNull(at, "at");
    }
  }

  public ApprovalRequest {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(requester, "requester");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(area, "area");
    Objects.requireNonNull(summary, "summary");
    pathParameters = Map.copyOf(pathParameters);
    sealedBody = sealedBody.clone();
    Objects.requireNonNull(created, "created");
    Objects.requireNonNull(expires, "expires");
    approvals = List.copyOf(approvals);
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(outcome, "outcome");
  }

  @Override
  public byte[] sealedBody() {
    return sealedBody.clone();
  }

  /** The status at {@code now}: a pending request past its expiry has expired. */
  public Status statusAt(Instant now) {
    return status == Status.PENDING && !now.isBefore(expires) ? Status.EXPIRED : status;
  }

  /** Whether {@code administrator}'s approval right has been used already. */
  public boolean approvedBy(String administrator) {
    return approvals.stream().anyMatch(a -> a.administrator().equals(administrator));
  }

  ApprovalRequest with(List<Approval> next, Status nextStatus, Optional<String> nextOutcome) {
    return new ApprovalRequest(
        id,
        requester,
        action,
        area,
        summary,
        pathParameters,
        sealedBody,
        created,
        expires,
        next,
        nextStatus,
        nextOutcome,
        revision + 1);
  }

  @Override
  public String toString() {
    return "ApprovalRequest["
        + id
        + ", "
        + action
        + " by "
        + requester
        + ", "
        + status
        + ", "
        + approvals.size()
        + " approvals]";
  }
}
