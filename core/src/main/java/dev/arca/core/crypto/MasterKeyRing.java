package dev.arca.core.crypto;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** An immutable set of master keys: the current one seals, any of them opens. */
final class MasterKeyRing {

  private final MasterKey current;
  private final Map<Integer, MasterKey> byId;

  MasterKeyRing(MasterKey current, Iterable<MasterKey> keys) {
    Map<Integer, MasterKey> map = new TreeMap<>();
    for (MasterKey key : keys) {
      if (map.put(key.id(), key) != null) {
        throw new IllegalArgumentException("duplicate master key id " + key.id());
      }
    }
    if (map.get(current.id()) != current) {
      throw new IllegalArgumentException("current master key is not in the ring");
    }
    this.current = current;
    this.byId = Collections.unmodifiableMap(map);
  }

  MasterKey current() {
    return current;
  }

  Optional<MasterKey> find(int id) {
    return Optional.ofNullable(byId.get(id));
  }

  Iterable<MasterKey> all() {
    return byId.values();
  }
}
