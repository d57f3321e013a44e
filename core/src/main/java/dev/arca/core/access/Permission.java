package dev.arca.core.access;

/**
 * What a caller wants to do with a managed object. An {@link AccessPolicy} answers per permission,
 * so that a key sharing group can be granted, say, use without export.
 */
public enum Permission {
  /** See that the object exists: Get Attributes, Get Attribute List, Locate. */
  READ,
  /** Receive the key material: Get, Export. */
  EXPORT,
  /**
   * Encrypt and decrypt with the key material inside the server, and the other uses that protect or
   * recover data with it: wrapping, unwrapping, derivation, leases and usage allocations.
   */
  USE,
  /** Sign and verify signatures with the key inside the server. */
  SIGN,
  /** Compute and verify MACs with the key inside the server. */
  MAC,
  /** Change attributes: Add, Modify, Delete, Set Attribute. */
  MODIFY,
  /** Move the object through its lifecycle: Activate, Revoke, Destroy, Archive, Recover. */
  MANAGE,
  /** Make a new version: Re-key, Re-key Key Pair. */
  REKEY
}
