package dev.arca.core.access;

/**
 * What a caller wants to do with a managed object. An {@link AccessPolicy} answers per permission,
 * so that key sharing groups can later grant, say, use without export.
 */
public enum Permission {
  /** See that the object exists: Get Attributes, Get Attribute List, Locate. */
  READ,
  /** Receive the key material: Get, Export. */
  EXPORT,
  /** Use the key material inside the server: Encrypt, Decrypt, Sign, MAC, … */
  USE,
  /** Change attributes: Add, Modify, Delete, Set Attribute. */
  MODIFY,
  /** Move the object through its lifecycle: Activate, Revoke, Destroy, Archive, Recover. */
  MANAGE,
  /** Make a new version: Re-key, Re-key Key Pair. */
  REKEY
}
