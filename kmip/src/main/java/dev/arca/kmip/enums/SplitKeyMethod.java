package dev.arca.kmip.enums;

import static dev.arca.kmip.KmipVersion.V1_0;
import static dev.arca.kmip.KmipVersion.V1_2;

import dev.arca.kmip.KmipEnum;
import dev.arca.kmip.KmipException;
import dev.arca.kmip.KmipVersion;
import java.util.Map;
import java.util.Optional;

/** KMIP 1.0 §9.1.3.2.7, KMIP 2.1 §11.54 Split Key Method Enumeration. */
public enum SplitKeyMethod implements KmipEnum {
  XOR(0x00000001, "XOR", "XOR", V1_0),
  POLYNOMIAL_SHARING_GF_2_16(
      0x00000002, "Polynomial Sharing GF (2^16)", "PolynomialSharingGF2_16", V1_0),
  POLYNOMIAL_SHARING_PRIME_FIELD(
      0x00000003, "Polynomial Sharing Prime Field", "PolynomialSharingPrimeField", V1_0),
  POLYNOMIAL_SHARING_GF_2_8(
      0x00000004, "Polynomial Sharing GF (2^8)", "PolynomialSharingGF2_8", V1_2);

  // Other names the tables print for a value; decoders accept them too.
  private static final EnumLookup<SplitKeyMethod> LOOKUP =
      EnumLookup.of(
          "Split Key Method",
          values(),
          Map.ofEntries(
              // Polynomial Sharing GF (2^16), with the superscript flattened as plain-text copies
              // of the spec do
              Map.entry("PolynomialSharingGF216", POLYNOMIAL_SHARING_GF_2_16),
              // Polynomial Sharing GF (2^8), with the superscript flattened as plain-text copies of
              // the spec do
              Map.entry("PolynomialSharingGF28", POLYNOMIAL_SHARING_GF_2_8)));

  private final int code;
  private final String specName;
  private final String encodingName;
  private final KmipVersion since;

  SplitKeyMethod(int code, String specName, String encodingName, KmipVersion since) {
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

  public static SplitKeyMethod fromCode(int code) throws KmipException {
    return LOOKUP.fromCode(code);
  }

  public static Optional<SplitKeyMethod> find(int code) {
    return LOOKUP.find(code);
  }

  public static Optional<SplitKeyMethod> fromEncodingName(String name) {
    return LOOKUP.fromEncodingName(name);
  }
}
