package dev.arca.kmip.object;

import dev.arca.kmip.enums.ObjectType;

/**
 * A Managed Object as it travels in Register, Get, Export and Import (KMIP 1.4 §2.2, KMIP 2.1 §2):
 * one record per Object Type, see {@link ManagedObjects}.
 */
public sealed interface ManagedObject
    permits Certificate,
        CertificateRequest,
        SymmetricKey,
        PublicKey,
        PrivateKey,
        SplitKey,
        Template,
        SecretData,
        OpaqueObject,
        PgpKey {

  /** The Object Type this structure is the value of. */
  ObjectType objectType();
}
