package dev.arca.kmip.attribute;

import dev.arca.kmip.KmipException;
import dev.arca.kmip.bind.TtlvValue;
import dev.arca.kmip.enums.ResultReason;
import dev.arca.kmip.enums.UniqueIdentifier;
import dev.arca.kmip.ttlv.Ttlv;
import dev.arca.kmip.ttlv.TtlvEnumeration;
import dev.arca.kmip.ttlv.TtlvInteger;
import dev.arca.kmip.ttlv.TtlvTextString;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The value of a Unique Identifier or Linked Object Identifier field in a request.
 *
 * <p>KMIP 1.x writes it as a Text String. KMIP 2.1 §4.58 Table 145 (and §4.31 Table 90 for Link)
 * also allows an Enumeration, naming an identifier the server assigned earlier in the same batch
 * ({@link UniqueIdentifier#ID_PLACEHOLDER}, {@link UniqueIdentifier#CREATE}, …), and an Integer,
 * the n-th identifier of the response (negative: counted back from the current batch item). Exactly
 * one of {@link #text()}, {@link #reference()} and {@link #index()} is present.
 */
public final class UniqueIdentifierValue implements TtlvValue {

  private final String text;
  private final UniqueIdentifier reference;
  private final Integer index;

  private UniqueIdentifierValue(String text, UniqueIdentifier reference, Integer index) {
    this.text = text;
    this.reference = reference;
    this.index = index;
  }

  /** An identifier of a managed object, as the server assigned it. */
  public static UniqueIdentifierValue of(String identifier) {
    return new UniqueIdentifierValue(Objects.requireNonNull(identifier, "identifier"), null, null);
  }

  /** A reference to an identifier assigned earlier in the batch (KMIP 2.0 and later). */
  public static UniqueIdentifierValue of(UniqueIdentifier reference) {
    return new UniqueIdentifierValue(null, Objects.requireNonNull(reference, "reference"), null);
  }

  /** The n-th identifier of the response (KMIP 2.0 and later). */
  public static UniqueIdentifierValue ofIndex(int index) {
    return new UniqueIdentifierValue(null, null, index);
  }

  /** Decodes a Text String, Enumeration or Integer item. */
  public static UniqueIdentifierValue fromTtlv(Ttlv item) throws KmipException {
    if (item instanceof TtlvTextString t) {
      return of(t.value());
    }
    if (item instanceof TtlvEnumeration e) {
      return of(UniqueIdentifier.fromCode(e.value()));
    }
    if (item instanceof TtlvInteger i) {
      return ofIndex(i.value());
    }
    throw new KmipException(
        ResultReason.INVALID_MESSAGE,
        item.tagName()
            + " must be a Text String, Enumeration or Integer, not "
            + item.type().encodingName());
  }

  @Override
  public Ttlv toTtlv(int tag) {
    if (text != null) {
      return new TtlvTextString(tag, text);
    }
    if (reference != null) {
      return new TtlvEnumeration(tag, reference.code());
    }
    return new TtlvInteger(tag, index);
  }

  /** The identifier itself, when the value is a Text String. */
  public Optional<String> text() {
    return Optional.ofNullable(text);
  }

  /** The batch reference, when the value is an Enumeration. */
  public Optional<UniqueIdentifier> reference() {
    return Optional.ofNullable(reference);
  }

  /** The response index, when the value is an Integer. */
  public OptionalInt index() {
    return index == null ? OptionalInt.empty() : OptionalInt.of(index);
  }

  /**
   * The identifier, when the value is a Text String.
   *
   * @throws KmipException Invalid Field when the value refers to another identifier, which the
   *     caller has to resolve first
   */
  public String requireText() throws KmipException {
    if (text == null) {
      throw new KmipException(
          ResultReason.INVALID_FIELD, "Unique Identifier " + this + " is not resolved");
    }
    return text;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof UniqueIdentifierValue v
        && Objects.equals(text, v.text)
        && reference == v.reference
        && Objects.equals(index, v.index);
  }

  @Override
  public int hashCode() {
    return Objects.hash(text, reference, index);
  }

  @Override
  public String toString() {
    if (text != null) {
      return text;
    }
    return reference != null ? reference.encodingName() : "#" + index;
  }
}
