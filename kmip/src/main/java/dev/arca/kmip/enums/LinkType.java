package dev.arca.kmip.enums;

import static dev.arca.kmip.KmipVersion.V1_0;
import static dev.arca.kmip.KmipVersion.V1_2;
import static dev.arca.kmip.KmipVersion.V1_4;
import static dev.arca.kmip.KmipVersion.V2_0;

import dev.arca.kmip.KmipEnum;
import dev.arca.kmip.KmipException;
import dev.arca.kmip.KmipVersion;
import java.util.Optional;

/** KMIP 1.0 §9.1.3.2.19, KMIP 2.1 §11.28 Link Type Enumeration. */
public enum LinkType implements KmipEnum {
  CERTIFICATE_LINK(0x00000101, "Certificate Link", "CertificateLink", V1_0),
  PUBLIC_KEY_LINK(0x00000102, "Public Key Link", "PublicKeyLink", V1_0),
  PRIVATE_KEY_LINK(0x00000103, "Private Key Link", "PrivateKeyLink", V1_0),
  DERIVATION_BASE_OBJECT_LINK(
      0x00000104, "Derivation Base Object Link", "DerivationBaseObjectLink", V1_0),
  DERIVED_KEY_LINK(0x00000105, "Derived Key Link", "DerivedKeyLink", V1_0),
  REPLACEMENT_OBJECT_LINK(0x00000106, "Replacement Object Link", "ReplacementObjectLink", V1_0),
  REPLACED_OBJECT_LINK(0x00000107, "Replaced Object Link", "ReplacedObjectLink", V1_0),
  PARENT_LINK(0x00000108, "Parent Link", "ParentLink", V1_2),
  CHILD_LINK(0x00000109, "Child Link", "ChildLink", V1_2),
  PREVIOUS_LINK(0x0000010A, "Previous Link", "PreviousLink", V1_2),
  NEXT_LINK(0x0000010B, "Next Link", "NextLink", V1_2),
  PKCS_12_CERTIFICATE_LINK(0x0000010C, "PKCS#12 Certificate Link", "PKCS_12CertificateLink", V1_4),
  PKCS_12_PASSWORD_LINK(0x0000010D, "PKCS#12 Password Link", "PKCS_12PasswordLink", V1_4),
  WRAPPING_KEY_LINK(0x0000010E, "Wrapping Key Link", "WrappingKeyLink", V2_0);

  private static final EnumLookup<LinkType> LOOKUP = EnumLookup.of("Link Type", values());

  private final int code;
  private final String specName;
  private final String encodingName;
  private final KmipVersion since;

  LinkType(int code, String specName, String encodingName, KmipVersion since) {
    this.code = code;
    this.specName = specName;
    this.encodingName = encodingName;
    this.since = since;
  }

  @Override
  public int code() {
    return code;
  }

  @Override
  public String specName() {
    return specName;
  }

  @Override
  public String encodingName() {
    return encodingName;
  }

  @Override
  public KmipVersion since() {
    return since;
  }

  public static LinkType fromCode(int code) throws KmipException {
    return LOOKUP.fromCode(code);
  }

  public static Optional<LinkType> find(int code) {
    return LOOKUP.find(code);
  }

  public static Optional<LinkType> fromEncodingName(String name) {
    return LOOKUP.fromEncodingName(name);
  }
}
