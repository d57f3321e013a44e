package dev.arca.core.admin;

/**
 * The permission areas of an administrator: what parts of the node it may administer. An
 * administrator holds any set of them; the first administrator, {@code admin}, holds all.
 *
 * <p>Each area guards the admin API's resources of that kind (the API's route table names the area
 * of every route). {@link #HIGH_ACCESS} is special: it alone lets an administrator create, delete
 * and reset other administrators and change their areas, and the node always keeps at least one
 * enabled administrator with it.
 */
public enum AdminPermission {
  /** Certificates, certificate authorities, trusted-CA profiles, FIPS mode. */
  SECURITY,
  /** KMIP listeners and their settings, network interfaces. */
  NETWORK,
  /** Cluster membership and replication. */
  CLUSTER,
  /** Creating and scheduling backups. */
  BACKUP,
  /** Restoring backups. */
  RESTORE,
  /** Reading, exporting and transferring logs. */
  LOGS,
  /** Client users and key sharing groups, client bundles. */
  USERS,
  /** Keys: metadata, lifecycle, versions, owners; never their material. */
  KEYS,
  /** Node services: status, metrics, the admin port's own settings. */
  SERVICES,
  /** Managing administrators and their passwords. */
  HIGH_ACCESS
}
