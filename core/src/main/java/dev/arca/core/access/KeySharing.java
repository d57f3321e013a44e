package dev.arca.core.access;

import dev.arca.core.key.ManagedObject;
import dev.arca.core.state.Atomic;
import dev.arca.core.state.Command;
import dev.arca.core.state.CommandResult;
import dev.arca.core.state.DeleteRecord;
import dev.arca.core.state.NotDurableException;
import dev.arca.core.state.PutRecord;
import dev.arca.core.state.RecordFields;
import dev.arca.core.state.RecordKey;
import dev.arca.core.state.Replicator;
import dev.arca.core.store.RecordStore;
import dev.arca.core.store.StoreException;
import dev.arca.core.store.StoredRecord;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Key sharing groups and the permissions the owners of keys grant them.
 *
 * <p>Two kinds of records, changed only through the {@link Replicator}:
 *
 * <pre>
 * group/&lt;name&gt;          created=…  format=1  members=alice,bob
 * key-share/&lt;subject&gt;   format=1  grants=auditors=EXPORT;payments=USE+SIGN
 * </pre>
 *
 * The subject of a grant is the versioned key's name ({@code key:<name>}) for a version of a
 * versioned key, so that every version, and every version a re-key makes later, is shared alike;
 * else the object's identifier ({@code id:<id>}). A grant names {@link #GRANTABLE} permissions;
 * {@link Permission#READ} comes with any of them.
 *
 * <p>A grant to a group is written together with the group record rewritten unchanged at its next
 * revision, and deleting a group removes its grants in the same command: a grant can never outlive
 * its group and come back to life for a new group of the same name. Thread-safe.
 */
public final class KeySharing {

  /** The permissions a grant may name; reading comes with any of them. */
  public static final Set<Permission> GRANTABLE =
      Collections.unmodifiableSet(
          EnumSet.of(
              Permission.EXPORT,
              Permission.USE,
              Permission.SIGN,
              Permission.MAC,
              Permission.MODIFY,
              Permission.REKEY,
              Permission.MANAGE));

  /**
   * The names officers use for the grantable permissions, in the admin API and the command line:
   * get (export the material), encrypt (encrypt and decrypt, wrap, derive), sign (sign and verify),
   * mac (MAC and its verification), modify (attributes), rekey, revoke (revoke, destroy and the
   * rest of the lifecycle).
   */
  private static final Map<String, Permission> NAMES =
      Map.of(
          "get", Permission.EXPORT,
          "encrypt", Permission.USE,
          "sign", Permission.SIGN,
          "mac", Permission.MAC,
          "modify", Permission.MODIFY,
          "rekey", Permission.REKEY,
          "revoke", Permission.MANAGE);

  static final String GROUP_KIND = "group";
  static final String SHARE_KIND = "key-share";
  private static final String FORMAT = "1";
  private static final int MAX_SUBJECT = RecordKey.MAX_NAME_LENGTH;
  private static final Logger LOG = LoggerFactory.getLogger(KeySharing.class);

  private final RecordStore records;
  private final Replicator replicator;
  private final Clock clock;
  private final int conflictRetries;
  private final Duration commandTimeout;

  public KeySharing(
      RecordStore records,
      Replicator replicator,
      Clock clock,
      int conflictRetries,
      Duration commandTimeout) {
    this.records = Objects.requireNonNull(records, "records");
    this.replicator = Objects.requireNonNull(replicator, "replicator");
    this.clock = Objects.requireNonNull(clock, "clock");
    if (conflictRetries < 1 || conflictRetries > 100) {
      throw new IllegalArgumentException(
          "conflictRetries must be between 1 and 100: " + conflictRetries);
    }
    this.conflictRetries = conflictRetries;
    this.commandTimeout = Objects.requireNonNull(commandTimeout, "commandTimeout");
  }

  /** The grantable permission called {@code name} (see {@link #nameOf}), if there is one. */
  public static Optional<Permission> permissionNamed(String name) {
    return Optional.ofNullable(name == null ? null : NAMES.get(name));
  }

  /** The name officers use for a grantable permission. */
  public static String nameOf(Permission permission) {
    for (Map.Entry<String, Permission> e : NAMES.entrySet()) {
      if (e.getValue() == permission) {
        return e.getKey();
      }
    }
    throw new IllegalArgumentException(permission + " is not granted to groups");
  }

  /** The names of the grantable permissions, in the order of {@link Permission}. */
  public static List<String> permissionNames() {
    List<String> out = new ArrayList<>();
    for (Permission p : GRANTABLE) {
      out.add(nameOf(p));
    }
    return List.copyOf(out);
  }

  // ---- groups ----------------------------------------------------------------------------------

  /** The group called {@code name}, if there is one. */
  public Optional<KeySharingGroup> group(String name) {
    if (!ClientUser.isValidName(name)) {
      return Optional.empty();
    }
    return records.record(groupKey(name)).map(KeySharing::readGroup);
  }

  /** Every group, in name order. */
  public List<KeySharingGroup> groups() {
    List<KeySharingGroup> out = new ArrayList<>();
    for (StoredRecord r : records.records(GROUP_KIND)) {
      out.add(readGroup(r));
    }
    return List.copyOf(out);
  }

  /** The groups {@code user} belongs to, in name order. */
  public List<KeySharingGroup> groupsOf(String user) {
    List<KeySharingGroup> out = new ArrayList<>();
    for (KeySharingGroup g : groups()) {
      if (g.has(user)) {
        out.add(g);
      }
    }
    return List.copyOf(out);
  }

  /** Whether {@code user} belongs to any group. */
  public boolean isMemberOfAny(String user) {
    for (KeySharingGroup g : groups()) {
      if (g.has(user)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Creates an empty group.
   *
   * @throws UserDirectoryException INVALID_NAME, ALREADY_EXISTS, CONFLICT or UNAVAILABLE
   */
  public KeySharingGroup createGroup(String name) throws UserDirectoryException {
    checkName(name);
    KeySharingGroup group =
        new KeySharingGroup(name, Set.of(), clock.instant().truncatedTo(ChronoUnit.MILLIS), 1);
    CommandResult result = submit(putGroup(group));
    if (!result.applied()) {
      CommandResult.Rejected rejected = (CommandResult.Rejected) result;
      if (rejected.reason() == CommandResult.Reason.ALREADY_EXISTS) {
        throw new UserDirectoryException(
            UserDirectoryException.Reason.ALREADY_EXISTS, "group " + name + " already exists");
      }
      throw new UserDirectoryException(
          UserDirectoryException.Reason.CONFLICT,
          "group " + name + " was not created: " + rejected.message());
    }
    LOG.info("Created key sharing group {}", name);
    return group;
  }

  /**
   * Adds {@code user} to the group; nothing changes if it is a member already. The user need not
   * exist yet: membership is by name, as ownership is.
   *
   * @throws UserDirectoryException INVALID_NAME, NOT_FOUND, CONFLICT or UNAVAILABLE
   */
  public KeySharingGroup addMember(String group, String user) throws UserDirectoryException {
    return changeMembers(group, user, true);
  }

  /**
   * Removes {@code user} from the group; nothing changes if it is not a member.
   *
   * @throws UserDirectoryException INVALID_NAME, NOT_FOUND, CONFLICT or UNAVAILABLE
   */
  public KeySharingGroup removeMember(String group, String user) throws UserDirectoryException {
    return changeMembers(group, user, false);
  }

  private KeySharingGroup changeMembers(String group, String user, boolean add)
      throws UserDirectoryException {
    checkName(group);
    if (!ClientUser.isValidName(user)) {
      throw new UserDirectoryException(
          UserDirectoryException.Reason.INVALID_NAME, ClientUser.nameRule());
    }
    for (int attempt = 1; attempt <= conflictRetries; attempt++) {
      KeySharingGroup current = group(group).orElseThrow(() -> noGroup(group));
      if (current.has(user) == add) {
        return current;
      }
      Set<String> members = new TreeSet<>(current.members());
      if (add) {
        members.add(user);
      } else {
        members.remove(user);
      }
      KeySharingGroup next = current.withMembers(members);
      if (submit(putGroup(next)).applied()) {
        LOG.info("Client user {} {} key sharing group {}", user, add ? "joined" : "left", group);
        return next;
      }
    }
    throw kept("group " + group);
  }

  /**
   * Deletes a group and every grant made to it, in one command.
   *
   * @throws UserDirectoryException INVALID_NAME, NOT_FOUND, CONFLICT or UNAVAILABLE
   */
  public void deleteGroup(String name) throws UserDirectoryException {
    checkName(name);
    for (int attempt = 1; attempt <= conflictRetries; attempt++) {
      StoredRecord stored = records.record(groupKey(name)).orElseThrow(() -> noGroup(name));
      List<Command> commands = new ArrayList<>();
      commands.add(new DeleteRecord(stored.key(), stored.revision()));
      for (StoredRecord share : records.records(SHARE_KIND)) {
        SortedMap<String, Set<Permission>> grants = readGrants(share);
        if (grants.remove(name) != null) {
          commands.add(
              grants.isEmpty()
                  ? new DeleteRecord(share.key(), share.revision())
                  : writeGrants(share.key(), grants, share.revision() + 1));
        }
      }
      if (submit(commands.size() == 1 ? commands.get(0) : new Atomic(commands)).applied()) {
        LOG.info(
            "Deleted key sharing group {} and its grants on {} keys", name, commands.size() - 1);
        return;
      }
    }
    throw kept("group " + name);
  }

  // ---- grants ----------------------------------------------------------------------------------

  /** The grants on {@code object}: group name to the permissions it holds, in group order. */
  public SortedMap<String, Set<Permission>> grants(ManagedObject object) {
    Optional<RecordKey> key = shareKey(object);
    if (key.isEmpty()) {
      return Collections.emptySortedMap();
    }
    return records
        .record(key.get())
        .map(KeySharing::readGrants)
        .map(Collections::unmodifiableSortedMap)
        .orElse(Collections.emptySortedMap());
  }

  /**
   * What {@code user} may do with {@code object} through its groups: the union of the grants to the
   * groups it belongs to, with {@link Permission#READ} when there is any. Empty when none.
   */
  public Set<Permission> permissionsThroughGroups(String user, ManagedObject object) {
    SortedMap<String, Set<Permission>> grants = grants(object);
    if (grants.isEmpty()) {
      return Set.of();
    }
    EnumSet<Permission> out = EnumSet.noneOf(Permission.class);
    for (Map.Entry<String, Set<Permission>> e : grants.entrySet()) {
      if (!e.getValue().isEmpty() && group(e.getKey()).filter(g -> g.has(user)).isPresent()) {
        out.addAll(e.getValue());
        out.add(Permission.READ);
      }
    }
    return out;
  }

  /**
   * Sets what {@code group} may do with {@code object} (and, for a versioned key, with all its
   * versions); an empty set takes the grant away.
   *
   * @throws UserDirectoryException INVALID_NAME for a malformed group name or a permission that
   *     cannot be granted, NOT_FOUND when the group does not exist, CONFLICT or UNAVAILABLE
   */
  public SortedMap<String, Set<Permission>> grant(
      ManagedObject object, String group, Set<Permission> permissions)
      throws UserDirectoryException {
    return change(object, Map.of(group, permissions));
  }

  /**
   * Sets what each of several groups may do with {@code object} (and, for a versioned key, with all
   * its versions), in one atomic command; an empty set takes that group's grant away. Groups not
   * named keep their grants. What an owner's change of the share attribute comes down to.
   *
   * @param changes group name to the permissions it holds afterwards
   * @return every grant on the object afterwards
   * @throws UserDirectoryException INVALID_NAME for a malformed group name or a permission that
   *     cannot be granted, NOT_FOUND when a group does not exist, CONFLICT or UNAVAILABLE
   */
  public SortedMap<String, Set<Permission>> change(
      ManagedObject object, Map<String, Set<Permission>> changes) throws UserDirectoryException {
    Objects.requireNonNull(changes, "changes");
    SortedMap<String, Set<Permission>> wanted = new TreeMap<>();
    for (Map.Entry<String, Set<Permission>> e : changes.entrySet()) {
      checkName(e.getKey());
      Objects.requireNonNull(e.getValue(), "permissions");
      for (Permission p : e.getValue()) {
        if (!GRANTABLE.contains(p)) {
          throw new UserDirectoryException(
              UserDirectoryException.Reason.INVALID_NAME,
              "the permission " + p.name().toLowerCase(java.util.Locale.ROOT) + " is not granted");
        }
      }
      wanted.put(
          e.getKey(),
          e.getValue().isEmpty() ? EnumSet.noneOf(Permission.class) : EnumSet.copyOf(e.getValue()));
    }
    RecordKey key =
        shareKey(object)
            .orElseThrow(
                () ->
                    new UserDirectoryException(
                        UserDirectoryException.Reason.INVALID_NAME,
                        "a versioned key whose name is longer than "
                            + (MAX_SUBJECT - 4)
                            + " characters cannot be shared"));
    for (int attempt = 1; attempt <= conflictRetries; attempt++) {
      List<KeySharingGroup> groups = new ArrayList<>();
      for (String group : wanted.keySet()) {
        groups.add(group(group).orElseThrow(() -> noGroup(group)));
      }
      Optional<StoredRecord> stored = records.record(key);
      SortedMap<String, Set<Permission>> grants =
          stored.map(KeySharing::readGrants).orElseGet(TreeMap::new);
      SortedMap<String, Set<Permission>> before = new TreeMap<>(grants);
      for (Map.Entry<String, Set<Permission>> e : wanted.entrySet()) {
        if (e.getValue().isEmpty()) {
          grants.remove(e.getKey());
        } else {
          grants.put(e.getKey(), Collections.unmodifiableSet(e.getValue()));
        }
      }
      if (before.equals(grants)) {
        return Collections.unmodifiableSortedMap(grants);
      }
      long revision = stored.map(StoredRecord::revision).orElse(0L) + 1;
      List<Command> commands = new ArrayList<>();
      commands.add(
          grants.isEmpty()
              ? new DeleteRecord(key, revision - 1)
              : writeGrants(key, grants, revision));
      // Each group rewritten unchanged: the grant fails if a group was deleted meanwhile.
      for (KeySharingGroup g : groups) {
        commands.add(putGroup(g.touched()));
      }
      if (submit(new Atomic(commands)).applied()) {
        for (Map.Entry<String, Set<Permission>> e : wanted.entrySet()) {
          LOG.info(
              "Key sharing group {} holds {} on {}",
              e.getKey(),
              e.getValue().isEmpty() ? "nothing" : e.getValue(),
              key.name());
        }
        return Collections.unmodifiableSortedMap(grants);
      }
    }
    throw kept("the grants of " + object.id());
  }

  // ---- records ---------------------------------------------------------------------------------

  /** The subject a grant on {@code object} is recorded under; empty if it is too long. */
  static Optional<RecordKey> shareKey(ManagedObject object) {
    String subject = object.keyName().map(n -> "key:" + n).orElse("id:" + object.id());
    return subject.length() > MAX_SUBJECT
        ? Optional.empty()
        : Optional.of(new RecordKey(SHARE_KIND, subject));
  }

  private static RecordKey groupKey(String name) {
    return new RecordKey(GROUP_KIND, name);
  }

  private static PutRecord putGroup(KeySharingGroup g) {
    return new PutRecord(
        groupKey(g.name()),
        RecordFields.builder()
            .put("created", g.created().toString())
            .put("format", FORMAT)
            .put("members", String.join(",", g.members()))
            .build()
            .encode(),
        g.revision());
  }

  private static KeySharingGroup readGroup(StoredRecord r) {
    String name = r.key().name();
    try {
      RecordFields f = RecordFields.decode(r.body());
      checkFormat(f, Set.of("created", "format", "members"));
      String members = f.require("members");
      Set<String> set = new TreeSet<>();
      if (!members.isEmpty()) {
        for (String m : members.split(",", -1)) {
          set.add(m);
        }
      }
      return new KeySharingGroup(name, set, Instant.parse(f.require("created")), r.revision());
    } catch (IllegalArgumentException | DateTimeParseException e) {
      throw new StoreException("stored group " + name + " is damaged: " + e.getMessage(), e);
    }
  }

  private static PutRecord writeGrants(
      RecordKey key, SortedMap<String, Set<Permission>> grants, long revision) {
    List<String> parts = new ArrayList<>();
    for (Map.Entry<String, Set<Permission>> e : grants.entrySet()) {
      List<String> names = new ArrayList<>();
      for (Permission p : e.getValue()) {
        names.add(p.name());
      }
      parts.add(e.getKey() + "=" + String.join("+", names));
    }
    return new PutRecord(
        key,
        RecordFields.builder()
            .put("format", FORMAT)
            .put("grants", String.join(";", parts))
            .build()
            .encode(),
        revision);
  }

  private static SortedMap<String, Set<Permission>> readGrants(StoredRecord r) {
    try {
      RecordFields f = RecordFields.decode(r.body());
      checkFormat(f, Set.of("format", "grants"));
      SortedMap<String, Set<Permission>> out = new TreeMap<>();
      String grants = f.require("grants");
      if (grants.isEmpty()) {
        return out;
      }
      for (String part : grants.split(";", -1)) {
        int eq = part.indexOf('=');
        if (eq <= 0) {
          throw new IllegalArgumentException("a grant has no group");
        }
        String group = part.substring(0, eq);
        if (!ClientUser.isValidName(group)) {
          throw new IllegalArgumentException("a grant names a malformed group");
        }
        EnumSet<Permission> perms = EnumSet.noneOf(Permission.class);
        for (String p : part.substring(eq + 1).split("\\+", -1)) {
          Permission permission = Permission.valueOf(p);
          if (!GRANTABLE.contains(permission)) {
            throw new IllegalArgumentException("a grant names a permission that is not granted");
          }
          perms.add(permission);
        }
        out.put(group, Collections.unmodifiableSet(perms));
      }
      return out;
    } catch (IllegalArgumentException e) {
      throw new StoreException(
          "stored grants on " + r.key().name() + " are damaged: " + e.getMessage(), e);
    }
  }

  private static void checkFormat(RecordFields f, Set<String> fields) {
    String format = f.require("format");
    if (!format.equals(FORMAT)) {
      throw new IllegalArgumentException(
          "format " + format + " is not " + FORMAT + " (written by a newer Arca?)");
    }
    for (String key : f.asMap().keySet()) {
      if (!fields.contains(key)) {
        throw new IllegalArgumentException("unknown field " + key);
      }
    }
  }

  // ---- internals -------------------------------------------------------------------------------

  private static void checkName(String name) throws UserDirectoryException {
    if (!ClientUser.isValidName(name)) {
      throw new UserDirectoryException(
          UserDirectoryException.Reason.INVALID_NAME,
          "a group name has the form of a user name: " + ClientUser.nameRule());
    }
  }

  private static UserDirectoryException noGroup(String name) {
    return new UserDirectoryException(
        UserDirectoryException.Reason.NOT_FOUND, "no key sharing group " + name);
  }

  private static UserDirectoryException kept(String what) {
    return new UserDirectoryException(
        UserDirectoryException.Reason.CONFLICT,
        what + " kept changing concurrently; nothing was changed, try again");
  }

  private CommandResult submit(Command command) throws UserDirectoryException {
    try {
      return replicator.submitAndWait(command, commandTimeout);
    } catch (NotDurableException e) {
      throw new UserDirectoryException(
          UserDirectoryException.Reason.UNAVAILABLE, e.getMessage(), e);
    }
  }
}
