package dev.arca.core.key;

/** Where an object's key material is (KMIP Storage Status Mask; Destroy, Archive, Recover). */
public enum MaterialState {
  /** Held in the online store and usable. */
  ONLINE,
  /** Moved to cold storage by Archive; Recover brings it back. */
  ARCHIVED,
  /** Removed by Destroy; the metadata stays. */
  DESTROYED
}
