package dev.arca.kmip.attribute;

import dev.arca.kmip.Tag;
import dev.arca.kmip.bind.KmipField;
import dev.arca.kmip.bind.KmipStructure;
import dev.arca.kmip.enums.BlockCipherMode;
import dev.arca.kmip.enums.CryptographicAlgorithm;
import dev.arca.kmip.enums.DigitalSignatureAlgorithm;
import dev.arca.kmip.enums.HashingAlgorithm;
import dev.arca.kmip.enums.KeyRoleType;
import dev.arca.kmip.enums.MaskGenerator;
import dev.arca.kmip.enums.PaddingMethod;
import java.util.Optional;

/**
 * KMIP 1.4 §3.6 Table 65, KMIP 2.1 §4.16 Table 59 Cryptographic Parameters: every field is
 * optional. KMIP 1.0 defined the first four fields; 1.2 added Digital Signature Algorithm to
 * Initial Counter Value, 1.4 the RSA-PSS/OAEP fields from Salt Length on.
 *
 * <p>The same structure is an attribute, a field of Encryption/MAC-Signature Key Information and of
 * Derivation Parameters, and a field of the cryptographic operations (Encrypt, Sign, MAC, …).
 *
 * @param pSource the OAEP encoding parameter P; public, not key material
 */
@KmipStructure(Tag.CRYPTOGRAPHIC_PARAMETERS)
public record CryptographicParameters(
    @KmipField(Tag.BLOCK_CIPHER_MODE) Optional<BlockCipherMode> blockCipherMode,
    @KmipField(Tag.PADDING_METHOD) Optional<PaddingMethod> paddingMethod,
    @KmipField(Tag.HASHING_ALGORITHM) Optional<HashingAlgorithm> hashingAlgorithm,
    @KmipField(Tag.KEY_ROLE_TYPE) Optional<KeyRoleType> keyRoleType,
    @KmipField(Tag.DIGITAL_SIGNATURE_ALGORITHM)
        Optional<DigitalSignatureAlgorithm> digitalSignatureAlgorithm,
    @KmipField(Tag.CRYPTOGRAPHIC_ALGORITHM) Optional<CryptographicAlgorithm> cryptographicAlgorithm,
    @KmipField(Tag.RANDOM_IV) Optional<Boolean> randomIv,
    @KmipField(Tag.IV_LENGTH) Optional<Integer> ivLength,
    @KmipField(Tag.TAG_LENGTH) Optional<Integer> tagLength,
    @KmipField(Tag.FIXED_FIELD_LENGTH) Optional<Integer> fixedFieldLength,
    @KmipField(Tag.INVOCATION_FIELD_LENGTH) Optional<Integer> invocationFieldLength,
    @KmipField(Tag.COUNTER_LENGTH) Optional<Integer> counterLength,
    @KmipField(Tag.INITIAL_COUNTER_VALUE) Optional<Integer> initialCounterValue,
    @KmipField(Tag.SALT_LENGTH) Optional<Integer> saltLength,
    @KmipField(Tag.MASK_GENERATOR) Optional<MaskGenerator> maskGenerator,
    @KmipField(Tag.MASK_GENERATOR_HASHING_ALGORITHM)
        Optional<HashingAlgorithm> maskGeneratorHashingAlgorithm,
    @KmipField(Tag.P_SOURCE) Optional<byte[]> pSource,
    @KmipField(Tag.TRAILER_FIELD) Optional<Integer> trailerField) {

  private static final CryptographicParameters EMPTY = new Builder().build();

  /** Parameters with no field set: the key's own Cryptographic Parameters attribute applies. */
  public static CryptographicParameters empty() {
    return EMPTY;
  }

  /** A builder starting from no field set. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder starting from these parameters. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.blockCipherMode = blockCipherMode;
    b.paddingMethod = paddingMethod;
    b.hashingAlgorithm = hashingAlgorithm;
    b.keyRoleType = keyRoleType;
    b.digitalSignatureAlgorithm = digitalSignatureAlgorithm;
    b.cryptographicAlgorithm = cryptographicAlgorithm;
    b.randomIv = randomIv;
    b.ivLength = ivLength;
    b.tagLength = tagLength;
    b.fixedFieldLength = fixedFieldLength;
    b.invocationFieldLength = invocationFieldLength;
    b.counterLength = counterLength;
    b.initialCounterValue = initialCounterValue;
    b.saltLength = saltLength;
    b.maskGenerator = maskGenerator;
    b.maskGeneratorHashingAlgorithm = maskGeneratorHashingAlgorithm;
    b.pSource = pSource;
    b.trailerField = trailerField;
    return b;
  }

  /** Builds parameters field by field; the structure is too wide for a readable constructor. */
  public static final class Builder {
    private Optional<BlockCipherMode> blockCipherMode = Optional.empty();
    private Optional<PaddingMethod> paddingMethod = Optional.empty();
    private Optional<HashingAlgorithm> hashingAlgorithm = Optional.empty();
    private Optional<KeyRoleType> keyRoleType = Optional.empty();
    private Optional<DigitalSignatureAlgorithm> digitalSignatureAlgorithm = Optional.empty();
    private Optional<CryptographicAlgorithm> cryptographicAlgorithm = Optional.empty();
    private Optional<Boolean> randomIv = Optional.empty();
    private Optional<Integer> ivLength = Optional.empty();
    private Optional<Integer> tagLength = Optional.empty();
    private Optional<Integer> fixedFieldLength = Optional.empty();
    private Optional<Integer> invocationFieldLength = Optional.empty();
    private Optional<Integer> counterLength = Optional.empty();
    private Optional<Integer> initialCounterValue = Optional.empty();
    private Optional<Integer> saltLength = Optional.empty();
    private Optional<MaskGenerator> maskGenerator = Optional.empty();
    private Optional<HashingAlgorithm> maskGeneratorHashingAlgorithm = Optional.empty();
    private Optional<byte[]> pSource = Optional.empty();
    private Optional<Integer> trailerField = Optional.empty();

    private Builder() {}

    public Builder blockCipherMode(BlockCipherMode value) {
      this.blockCipherMode = Optional.of(value);
      return this;
    }

    public Builder paddingMethod(PaddingMethod value) {
      this.paddingMethod = Optional.of(value);
      return this;
    }

    public Builder hashingAlgorithm(HashingAlgorithm value) {
      this.hashingAlgorithm = Optional.of(value);
      return this;
    }

    public Builder keyRoleType(KeyRoleType value) {
      this.keyRoleType = Optional.of(value);
      return this;
    }

    public Builder digitalSignatureAlgorithm(DigitalSignatureAlgorithm value) {
      this.digitalSignatureAlgorithm = Optional.of(value);
      return this;
    }

    public Builder cryptographicAlgorithm(CryptographicAlgorithm value) {
      this.cryptographicAlgorithm = Optional.of(value);
      return this;
    }

    public Builder randomIv(boolean value) {
      this.randomIv = Optional.of(value);
      return this;
    }

    public Builder ivLength(int value) {
      this.ivLength = Optional.of(value);
      return this;
    }

    public Builder tagLength(int value) {
      this.tagLength = Optional.of(value);
      return this;
    }

    public Builder fixedFieldLength(int value) {
      this.fixedFieldLength = Optional.of(value);
      return this;
    }

    public Builder invocationFieldLength(int value) {
      this.invocationFieldLength = Optional.of(value);
      return this;
    }

    public Builder counterLength(int value) {
      this.counterLength = Optional.of(value);
      return this;
    }

    public Builder initialCounterValue(int value) {
      this.initialCounterValue = Optional.of(value);
      return this;
    }

    public Builder saltLength(int value) {
      this.saltLength = Optional.of(value);
      return this;
    }

    public Builder maskGenerator(MaskGenerator value) {
      this.maskGenerator = Optional.of(value);
      return this;
    }

    public Builder maskGeneratorHashingAlgorithm(HashingAlgorithm value) {
      this.maskGeneratorHashingAlgorithm = Optional.of(value);
      return this;
    }

    public Builder pSource(byte[] value) {
      this.pSource = Optional.of(value.clone());
      return this;
    }

    public Builder trailerField(int value) {
      this.trailerField = Optional.of(value);
      return this;
    }

    public CryptographicParameters build() {
      return new CryptographicParameters(
          blockCipherMode,
          paddingMethod,
          hashingAlgorithm,
          keyRoleType,
          digitalSignatureAlgorithm,
          cryptographicAlgorithm,
          randomIv,
          ivLength,
          tagLength,
          fixedFieldLength,
          invocationFieldLength,
          counterLength,
          initialCounterValue,
          saltLength,
          maskGenerator,
          maskGeneratorHashingAlgorithm,
          pSource,
          trailerField);
    }
  }

  /** True when no field is set. */
  public boolean isEmpty() {
    return blockCipherMode.isEmpty()
        && paddingMethod.isEmpty()
        && hashingAlgorithm.isEmpty()
        && keyRoleType.isEmpty()
        && digitalSignatureAlgorithm.isEmpty()
        && cryptographicAlgorithm.isEmpty()
        && randomIv.isEmpty()
        && ivLength.isEmpty()
        && tagLength.isEmpty()
        && fixedFieldLength.isEmpty()
        && invocationFieldLength.isEmpty()
        && counterLength.isEmpty()
        && initialCounterValue.isEmpty()
        && saltLength.isEmpty()
        && maskGenerator.isEmpty()
        && maskGeneratorHashingAlgorithm.isEmpty()
        && pSource.isEmpty()
        && trailerField.isEmpty();
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("CryptographicParameters[");
    String sep = "";
    sep = field(sb, sep, "blockCipherMode", blockCipherMode);
    sep = field(sb, sep, "paddingMethod", paddingMethod);
    sep = field(sb, sep, "hashingAlgorithm", hashingAlgorithm);
    sep = field(sb, sep, "keyRoleType", keyRoleType);
    sep = field(sb, sep, "digitalSignatureAlgorithm", digitalSignatureAlgorithm);
    sep = field(sb, sep, "cryptographicAlgorithm", cryptographicAlgorithm);
    sep = field(sb, sep, "randomIv", randomIv);
    sep = field(sb, sep, "ivLength", ivLength);
    sep = field(sb, sep, "tagLength", tagLength);
    sep = field(sb, sep, "fixedFieldLength", fixedFieldLength);
    sep = field(sb, sep, "invocationFieldLength", invocationFieldLength);
    sep = field(sb, sep, "counterLength", counterLength);
    sep = field(sb, sep, "initialCounterValue", initialCounterValue);
    sep = field(sb, sep, "saltLength", saltLength);
    sep = field(sb, sep, "maskGenerator", maskGenerator);
    sep = field(sb, sep, "maskGeneratorHashingAlgorithm", maskGeneratorHashingAlgorithm);
    sep = field(sb, sep, "pSource", pSource.map(p -> "<" + p.length + " bytes>"));
    field(sb, sep, "trailerField", trailerField);
    return sb.append(']').toString();
  }

  private static String field(StringBuilder sb, String sep, String name, Optional<?> value) {
    if (value.isEmpty()) {
      return sep;
    }
    sb.append(sep).append(name).append('=').append(value.get());
    return ", ";
  }
}
