package dev.arca.core.admin;

import dev.arca.core.key.ManagedObject;
import dev.arca.core.state.Atomic;
import dev.arca.core.state.Command;
import dev.arca.core.state.CommandResult;
import dev.arca.core.state.NotDurableException;
import dev.arca.core.state.PutObject;
import dev.arca.core.state.Replicator;
import dev.arca.core.store.LocateQuery;
import dev.arca.core.store.ObjectStore;
import dev.arca.kmip.KmipException;
import dev.arca.kmip.enums.ResultReason;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives a key to another client user: an administrator's act (the admin API allows it to the keys
 * area only), which no client can do over KMIP.
 *
 * <p>Every version of a versioned key changes owner together, in one atomic command, so that the
 * versions of one name never belong to different users and a later re-key (which copies the owner)
 * stays with the new one. The command is built on the revisions just read and rebuilt when a
 * concurrent change wins, like every change of the key service.
 */
public final class KeyOwnership {

  private static final Logger LOG = LoggerFactory.getLogger(KeyOwnership.class);

  /** The same message as the key service's for a missing object. */
  private static final String NOT_FOUND = "no such object";

  private final ObjectStore store;
  private final Replicator replicator;
  private final Clock clock;
  private final int conflictRetries;
  private final Duration commandTimeout;

  public KeyOwnership(
      ObjectStore store,
      Replicator replicator,
      Clock clock,
      int conflictRetries,
      Duration commandTimeout) {
    this.store = Objects.requireNonNull(store, "store");
    this.replicator = Objects.requireNonNull(replicator, "replicator");
    this.clock = Objects.requireNonNull(clock, "clock");
    if (conflictRetries < 1) {
      throw new IllegalArgumentException("conflictRetries must be at least 1");
    }
    this.conflictRetries = conflictRetries;
    this.commandTimeout = Objects.requireNonNull(commandTimeout, "commandTimeout");
  }

  /**
   * Makes {@code newOwner} the owner of the object {@code id} and, for a version of a versioned
   * key, of every version of that key.
   *
   * @return the identifiers whose owner changed (none when the owner was already {@code newOwner})
   * @throws KmipException Item Not Found when no object has that id; General Failure when the
   *     change could not be made durable or kept conflicting
   */
  public List<String> reassign(String id, String newOwner) throws KmipException {
    Objects.requireNonNull(newOwner, "newOwner");
    return reassign(id, Optional.of(newOwner));
  }

  /**
   * Makes {@code newOwner} the owner of the object {@code id} and of every version of its versioned
   * key; an empty owner makes them global keys, usable by every client user (the caller checks that
   * global keys are allowed: never in FIPS mode).
   *
   * @return the identifiers whose owner changed
   * @throws KmipException Item Not Found when no object has that id; General Failure when the
   *     change could not be made durable or kept conflicting
   */
  public List<String> reassign(String id, Optional<String> newOwner) throws KmipException {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(newOwner, "newOwner");
    for (int attempt = 1; attempt <= conflictRetries; attempt++) {
      ManagedObject object =
          store
              .get(id)
              .orElseThrow(() -> new KmipException(ResultReason.ITEM_NOT_FOUND, NOT_FOUND));
      List<ManagedObject> all = new ArrayList<>();
      all.add(object);
      if (object.keyName().isPresent()) {
        for (String other : store.locate(allVersions(object.keyName().get())).ids()) {
          if (!other.equals(id)) {
            store.get(other).filter(o -> o.keyName().equals(object.keyName())).ifPresent(all::add);
          }
        }
      }
      List<Command> puts = new ArrayList<>();
      List<String> changed = new ArrayList<>();
      for (ManagedObject o : all) {
        if (!o.owner().equals(newOwner)) {
          puts.add(new PutObject(o.withOwner(newOwner)));
          changed.add(o.id());
        }
      }
      if (puts.isEmpty()) {
        return List.of();
      }
      if (submit(new Atomic(puts)).applied()) {
        LOG.info(
            "Objects {} now {}",
            changed,
            newOwner.map(u -> "belong to client user " + u).orElse("are global keys"));
        return List.copyOf(changed);
      }
      LOG.debug("Reassigning object {} conflicted on attempt {}", id, attempt);
    }
    throw new KmipException(
        ResultReason.GENERAL_FAILURE,
        "the key kept changing concurrently; the owner was not changed, try again");
  }

  private LocateQuery allVersions(String keyName) {
    return new LocateQuery(
        Optional.empty(),
        Optional.of(keyName),
        Optional.empty(),
        OptionalInt.empty(),
        Set.of(),
        true,
        Set.of(),
        clock.instant(),
        Map.of(),
        Map.of(),
        Set.of(),
        LocateQuery.Versions.all(),
        Optional.empty(),
        0,
        OptionalInt.empty());
  }

  private CommandResult submit(Command command) throws KmipException {
    try {
      return replicator.submitAndWait(command, commandTimeout);
    } catch (NotDurableException e) {
      throw new KmipException(ResultReason.GENERAL_FAILURE, e.getMessage(), e);
    }
  }
}
