package dev.arca.kmip;

/**
 * A KMIP enumeration, mask bit or tag: a Java constant carrying the code the specification assigns
 * to it.
 *
 * <p>{@link #specName()} is the name as the specification prints it ({@code "Symmetric Key"});
 * {@link #encodingName()} is the form the KMIP XML and JSON encodings write ({@code
 * "SymmetricKey"}).
 */
public interface KmipEnum {

  /** The value the specification assigns, as written on the wire. */
  int code();

  /** The name as the specification prints it, spaces and punctuation included. */
  String specName();

  /** The name the KMIP XML and JSON encodings use for this value. */
  String encodingName();

  /** The first protocol version that defines this value. */
  KmipVersion since();
}
