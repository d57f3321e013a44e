package dev.arca.kmip.enums;

import static dev.arca.kmip.KmipVersion.V1_0;
import static dev.arca.kmip.KmipVersion.V2_0;

import dev.arca.kmip.KmipEnum;
import dev.arca.kmip.KmipException;
import dev.arca.kmip.KmipVersion;
import java.util.Optional;

/**
 * KMIP 1.0 §9.1.3.3.1, KMIP 2.1 §12.1 Cryptographic Usage Mask.
 *
 * <p>Each constant is one bit; {@link #code()} is the bit's value. A mask on the wire is the OR of
 * its bits, see {@link KmipEnums#maskBits} and {@link KmipEnums#maskNames}.
 */
public enum CryptographicUsageMask implements KmipEnum {
  SIGN(0x00000001, "Sign", "Sign", V1_0),
  VERIFY(0x00000002, "Verify", "Verify", V1_0),
  ENCRYPT(0x00000004, "Encrypt", "Encrypt", V1_0),
  DECRYPT(0x00000008, "Decrypt", "Decrypt", V1_0),
  WRAP_KEY(0x00000010, "Wrap Key", "WrapKey", V1_0),
  UNWRAP_KEY(0x00000020, "Unwrap Key", "UnwrapKey", V1_0),
  // Removed in KMIP 2.0.
  EXPORT(0x00000040, "Export", "Export", V1_0),

  MAC_GENERATE(0x00000080, "MAC Generate", "MACGenerate", V1_0),
  MAC_VERIFY(0x00000100, "MAC Verify", "MACVerify", V1_0),
  DERIVE_KEY(0x00000200, "Derive Key", "DeriveKey", V1_0),
  // Removed in KMIP 2.0.
  CONTENT_COMMITMENT_NON_REPUDIATION(
      0x00000400, "Content Commitment (Non Repudiation)", "ContentCommitmentNonRepudiation", V1_0),

  KEY_AGREEMENT(0x00000800, "Key Agreement", "KeyAgreement", V1_0),
  CERTIFICATE_SIGN(0x00001000, "Certificate Sign", "CertificateSign", V1_0),
  CRL_SIGN(0x00002000, "CRL Sign", "CRLSign", V1_0),
  // Removed in KMIP 2.0.
  GENERATE_CRYPTOGRAM(0x00004000, "Generate Cryptogram", "GenerateCryptogram", V1_0),
  VALIDATE_CRYPTOGRAM(0x00008000, "Validate Cryptogram", "ValidateCryptogram", V1_0),
  TRANSLATE_ENCRYPT(0x00010000, "Translate Encrypt", "TranslateEncrypt", V1_0),
  TRANSLATE_DECRYPT(0x00020000, "Translate Decrypt", "TranslateDecrypt", V1_0),
  TRANSLATE_WRAP(0x00040000, "Translate Wrap", "TranslateWrap", V1_0),
  TRANSLATE_UNWRAP(0x00080000, "Translate Unwrap", "TranslateUnwrap", V1_0),

  AUTHENTICATE(0x00100000, "Authenticate", "Authenticate", V2_0),
  UNRESTRICTED(0x00200000, "Unrestricted", "Unrestricted", V2_0),
  FPE_ENCRYPT(0x00400000, "FPE Encrypt", "FPEEncrypt", V2_0),
  FPE_DECRYPT(0x00800000, "FPE Decrypt", "FPEDecrypt", V2_0);

  private static final EnumLookup<CryptographicUsageMask> LOOKUP =
      EnumLookup.of("Cryptographic Usage Mask", values());

  private final int code;
  private final String specName;
  private final String encodingName;
  private final KmipVersion since;

  CryptographicUsageMask(int code, String specName, String encodingName, KmipVersion since) {
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

  public static CryptographicUsageMask fromCode(int code) throws KmipException {
    return LOOKUP.fromCode(code);
  }

  public static Optional<CryptographicUsageMask> find(int code) {
    return LOOKUP.find(code);
  }

  public static Optional<CryptographicUsageMask> fromEncodingName(String name) {
    return LOOKUP.fromEncodingName(name);
  }
}
