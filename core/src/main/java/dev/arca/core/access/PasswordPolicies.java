package dev.arca.core.access;

import dev.arca.core.state.CommandResult;
import dev.arca.core.state.NotDurableException;
import dev.arca.core.state.PutRecord;
import dev.arca.core.state.RecordFields;
import dev.arca.core.state.RecordKey;
import dev.arca.core.state.Replicator;
import dev.arca.core.store.RecordStore;
import dev.arca.core.store.StoreException;
import dev.arca.core.store.StoredRecord;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Where the {@link PasswordPolicy} is kept: one record, {@code policy/password}, changed through
 * the {@link Replicator} so that every node of a cluster follows the same rules. Until one is set
 * the {@linkplain PasswordPolicy#DEFAULT defaults} apply. Read on every use, so that a change
 * applies at once. Thread-safe.
 */
public final class PasswordPolicies {

  static final RecordKey KEY = new RecordKey("policy", "password");
  private static final String FORMAT = "1";
  private static final Set<String> FIELDS =
      Set.of(
          "format",
          "min-length",
          "min-classes",
          "history",
          "max-age",
          "lockout-threshold",
          "lockout-duration");

  private final RecordStore records;
  private final Replicator replicator;
  private final Duration commandTimeout;

  public PasswordPolicies(RecordStore records, Replicator replicator, Duration commandTimeout) {
    this.records = Objects.requireNonNull(records, "records");
    this.replicator = Objects.requireNonNull(replicator, "replicator");
    this.commandTimeout = Objects.requireNonNull(commandTimeout, "commandTimeout");
  }

  /** The policy set by an administrator, if one was. */
  public Optional<PasswordPolicy> stored() {
    return records.record(KEY).map(PasswordPolicies::read);
  }

  /** The policy in force: the stored one, else the defaults. */
  public PasswordPolicy current() {
    return stored().orElse(PasswordPolicy.DEFAULT);
  }

  /**
   * Sets the policy. It applies to passwords set from now on, to logins, and to the age of every
   * password.
   *
   * @throws UserDirectoryException CONFLICT when another change won, UNAVAILABLE
   */
  public PasswordPolicy set(PasswordPolicy policy) throws UserDirectoryException {
    Objects.requireNonNull(policy, "policy");
    long revision = records.record(KEY).map(StoredRecord::revision).orElse(0L) + 1;
    byte[] body =
        RecordFields.builder()
            .put("format", FORMAT)
            .put("min-length", Integer.toString(policy.minLength()))
            .put("min-classes", Integer.toString(policy.minClasses()))
            .put("history", Integer.toString(policy.history()))
            .put("max-age", policy.maxAge().toString())
            .put("lockout-threshold", Integer.toString(policy.lockoutThreshold()))
            .put("lockout-duration", policy.lockoutDuration().toString())
            .build()
            .encode();
    CommandResult result;
    try {
      result = replicator.submitAndWait(new PutRecord(KEY, body, revision), commandTimeout);
    } catch (NotDurableException e) {
      throw new UserDirectoryException(
          UserDirectoryException.Reason.UNAVAILABLE, "the password policy: " + e.getMessage(), e);
    }
    if (!result.applied()) {
      throw new UserDirectoryException(
          UserDirectoryException.Reason.CONFLICT,
          "the password policy changed concurrently; nothing was changed, try again");
    }
    return policy;
  }

  private static PasswordPolicy read(StoredRecord r) {
    try {
      RecordFields f = RecordFields.decode(r.body());
      if (!f.require("format").equals(FORMAT)) {
        throw new IllegalArgumentException("unknown format (written by a newer Arca?)");
      }
      for (String key : f.asMap().keySet()) {
        if (!FIELDS.contains(key)) {
          throw new IllegalArgumentException("unknown field " + key);
        }
      }
      return new PasswordPolicy(
          Integer.parseInt(f.require("min-length")),
          Integer.parseInt(f.require("min-classes")),
          Integer.parseInt(f.require("history")),
          Duration.parse(f.require("max-age")),
          Integer.parseInt(f.require("lockout-threshold")),
          Duration.parse(f.require("lockout-duration")));
    } catch (IllegalArgumentException | DateTimeParseException e) {
      throw new StoreException("the stored password policy is damaged: " + e.getMessage(), e);
    }
  }
}
