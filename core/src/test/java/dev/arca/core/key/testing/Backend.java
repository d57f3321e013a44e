package dev.arca.core.key.testing;

/** The stores the key service tests run on. */
public enum Backend {
  /** {@link InMemoryObjectStore}: fast, for the bulk and the 4000-version tests. */
  IN_MEMORY,
  /** The real SQLite store and its local replicator. */
  SQLITE
}
