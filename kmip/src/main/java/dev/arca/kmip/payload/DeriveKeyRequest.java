package dev.arca.kmip.payload;

import dev.arca.kmip.KmipException;
import dev.arca.kmip.Tag;
import dev.arca.kmip.attribute.AttributeConversion;
import dev.arca.kmip.attribute.Attributes;
import dev.arca.kmip.attribute.CryptographicParameters;
import dev.arca.kmip.attribute.TemplateAttribute;
import dev.arca.kmip.attribute.UniqueIdentifierValue;
import dev.arca.kmip.bind.KmipField;
import dev.arca.kmip.bind.KmipStructure;
import dev.arca.kmip.enums.DerivationMethod;
import dev.arca.kmip.enums.ObjectType;
import java.util.List;
import java.util.Optional;

/**
 * KMIP 1.4 §4.6 Table 180, KMIP 2.1 §6.1.14 Table 205 Derive Key request: a Symmetric Key or Secret
 * Data derived from one or more existing objects.
 *
 * @param uniqueIdentifiers the objects to derive from, at least one; the ID Placeholder SHALL NOT
 *     stand in for them
 * @param templateAttribute KMIP 1.x: attributes of the new object, required there
 * @param attributes KMIP 2.x: attributes of the new object, required there
 */
@KmipStructure(Tag.REQUEST_PAYLOAD)
public record DeriveKeyRequest(
    @KmipField(Tag.OBJECT_TYPE) ObjectType objectType,
    @KmipField(Tag.UNIQUE_IDENTIFIER) List<UniqueIdentifierValue> uniqueIdentifiers,
    @KmipField(Tag.DERIVATION_METHOD) DerivationMethod derivationMethod,
    DerivationParameters derivationParameters,
    Optional<TemplateAttribute> templateAttribute,
    Optional<Attributes> attributes)
    implements RequestPayload {

  public DeriveKeyRequest {
    uniqueIdentifiers = List.copyOf(uniqueIdentifiers);
    if (uniqueIdentifiers.isEmpty()) {
      throw new IllegalArgumentException("Derive Key needs the Unique Identifier of a key");
    }
    AttributeConversion.checkOneForm(
        "Template-Attribute", templateAttribute, "Attributes", attributes, true);
  }

  /**
   * KMIP 1.4 Tables 182 and 183, KMIP 2.1 §7.12 Table 364 Derivation Parameters.
   *
   * @param cryptographicParameters required except for HMAC derivation keys and PBKDF2
   * @param initializationVector absent: an empty IV
   * @param derivationData the data to encrypt, hash or MAC; absent when a Secret Data object
   *     supplies it. One in KMIP 1.x; KMIP 2.x allows several.
   * @param salt PBKDF2 only
   * @param iterationCount PBKDF2 only
   */
  @KmipStructure(Tag.DERIVATION_PARAMETERS)
  public record DerivationParameters(
      Optional<CryptographicParameters> cryptographicParameters,
      @KmipField(Tag.INITIALIZATION_VECTOR) Optional<byte[]> initializationVector,
      @KmipField(Tag.DERIVATION_DATA) List<byte[]> derivationData,
      @KmipField(Tag.SALT) Optional<byte[]> salt,
      @KmipField(Tag.ITERATION_COUNT) Optional<Integer> iterationCount) {

    public DerivationParameters {
      derivationData = List.copyOf(derivationData);
    }

    /** Derivation data may be secret (a password for PBKDF2): only sizes are shown. */
    @Override
    public String toString() {
      return "DerivationParameters["
          + cryptographicParameters.map(p -> p + ", ").orElse("")
          + initializationVector.map(iv -> "IV <" + iv.length + " bytes>, ").orElse("")
          + derivationData.size()
          + " derivation data"
          + salt.map(s -> ", salt <" + s.length + " bytes>").orElse("")
          + iterationCount.map(c -> ", " + c + " iterations").orElse("")
          + "]";
    }
  }

  /** The requested attributes in the KMIP 2.x form, whichever version sent them. */
  public Attributes normalizedAttributes() throws KmipException {
    return AttributeConversion.toV2(templateAttribute, attributes);
  }
}
