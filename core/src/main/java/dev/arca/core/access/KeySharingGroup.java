package dev.arca.core.access;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A key sharing group: client users to whom the owners of keys grant permissions together. A user
 * may belong to many groups; a group grants nothing by itself, only the grants on keys do (see
 * {@link KeySharing}).
 *
 * <p>Group names follow the rules of user names ({@link ClientUser#isValidName}).
 *
 * @param name the group's name
 * @param members the client users in the group, by name, in name order
 * @param created when the group was created
 * @param revision the stored record's revision: 1 when created, one more with every change
 */
public record KeySharingGroup(String name, Set<String> members, Instant created, long revision) {

  public KeySharingGroup {
    if (!ClientUser.isValidName(name)) {
      throw new IllegalArgumentException(
          "a group name has the form of a user name: " + ClientUser.nameRule());
    }
    Objects.requireNonNull(created, "created");
    for (String m : members) {
      if (!ClientUser.isValidName(m)) {
        throw new IllegalArgumentException("a group member must be a valid user name");
      }
    }
    members = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(members));
    if (revision < 1) {
      throw new IllegalArgumentException("revision must be at least 1: " + revision);
    }
  }

  /** Whether {@code user} is a member. */
  public boolean has(String user) {
    return members.contains(user);
  }

  KeySharingGroup withMembers(Set<String> next) {
    return new KeySharingGroup(name, next, created, revision + 1);
  }

  /** The same group at its next revision: rewritten to guard a change against a concurrent one. */
  KeySharingGroup touched() {
    return new KeySharingGroup(name, members, created, revision + 1);
  }
}
