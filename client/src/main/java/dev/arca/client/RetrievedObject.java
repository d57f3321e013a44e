package dev.arca.client;

import dev.arca.kmip.KmipException;
import dev.arca.kmip.enums.KeyFormatType;
import dev.arca.kmip.enums.ObjectType;
import dev.arca.kmip.object.Certificate;
import dev.arca.kmip.object.KeyBlock;
import dev.arca.kmip.object.ManagedObject;
import dev.arca.kmip.object.OpaqueObject;
import dev.arca.kmip.object.PgpKey;
import dev.arca.kmip.object.PrivateKey;
import dev.arca.kmip.object.PublicKey;
import dev.arca.kmip.object.SecretData;
import dev.arca.kmip.object.SplitKey;
import dev.arca.kmip.object.SymmetricKey;
import java.util.Objects;
import java.util.Optional;

/**
 * An object returned by Get: its identifier, type and the object itself. {@link #toString()} never
 * shows key material.
 */
public final class RetrievedObject {

  private final String uniqueIdentifier;
  private final ManagedObject object;

  RetrievedObject(String uniqueIdentifier, ManagedObject object) {
    this.uniqueIdentifier = Objects.requireNonNull(uniqueIdentifier, "uniqueIdentifier");
    this.object = Objects.requireNonNull(object, "object");
  }

  public String uniqueIdentifier() {
    return uniqueIdentifier;
  }

  public ObjectType objectType() {
    return object.objectType();
  }

  /** The object as the server sent it. */
  public ManagedObject object() {
    return object;
  }

  /** The Key Block, for keys, secret data, split keys and PGP keys. */
  public Optional<KeyBlock> keyBlock() {
    if (object instanceof SymmetricKey) {
      return Optional.of(((SymmetricKey) object).keyBlock());
    } else if (object instanceof PrivateKey) {
      return Optional.of(((PrivateKey) object).keyBlock());
    } else if (object instanceof PublicKey) {
      return Optional.of(((PublicKey) object).keyBlock());
    } else if (object instanceof SecretData) {
      return Optional.of(((SecretData) object).keyBlock());
    } else if (object instanceof SplitKey) {
      return Optional.of(((SplitKey) object).keyBlock());
    } else if (object instanceof PgpKey) {
      return Optional.of(((PgpKey) object).keyBlock());
    }
    return Optional.empty();
  }

  /** The Key Format Type of the Key Block. */
  public Optional<KeyFormatType> keyFormat() {
    return keyBlock().map(KeyBlock::keyFormatType);
  }

  /**
   * The object's bytes, a copy: the key material of a key in an encoded format (Raw, PKCS#1,
   * PKCS#8, X.509, …), the wrapped key of a wrapped key, the DER of a certificate, the value of an
   * opaque object. Empty for a key in a Transparent format, whose material is a structure (read it
   * from {@link #keyBlock()}).
   *
   * @throws KmipException when the Key Value is malformed
   */
  public Optional<byte[]> bytes() throws KmipException {
    if (object instanceof Certificate) {
      return Optional.of(((Certificate) object).certificateValue().clone());
    }
    if (object instanceof OpaqueObject) {
      return Optional.of(((OpaqueObject) object).opaqueDataValue().clone());
    }
    Optional<KeyBlock> block = keyBlock();
    if (block.isEmpty()) {
      return Optional.empty();
    }
    if (block.get().isWrapped()) {
      return block.get().wrappedKeyValue();
    }
    return block.get().keyMaterialBytes();
  }

  @Override
  public String toString() {
    return "RetrievedObject["
        + uniqueIdentifier
        + ", "
        + object.objectType().specName()
        + keyBlock().map(b -> ", " + b).orElse("")
        + "]";
  }
}
