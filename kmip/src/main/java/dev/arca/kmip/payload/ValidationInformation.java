package dev.arca.kmip.payload;

import dev.arca.kmip.Tag;
import dev.arca.kmip.bind.KmipField;
import dev.arca.kmip.bind.KmipStructure;
import dev.arca.kmip.enums.ValidationAuthorityType;
import dev.arca.kmip.enums.ValidationType;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * KMIP 1.4 §2.1.20 Table 41, KMIP 2.1 §7.41 Table 393 Validation Information: a formal validation
 * the server claims (FIPS 140, Common Criteria, …), in a Query response. Authority type, major
 * version, validation type and level together identify the validation.
 *
 * @param validationAuthorityCountry the authority's two-letter ISO country code
 * @param validationVendorUri where to read about the validation when there is no certificate URI
 */
@KmipStructure(Tag.VALIDATION_INFORMATION)
public record ValidationInformation(
    @KmipField(Tag.VALIDATION_AUTHORITY_TYPE) ValidationAuthorityType validationAuthorityType,
    @KmipField(Tag.VALIDATION_AUTHORITY_COUNTRY) Optional<String> validationAuthorityCountry,
    @KmipField(Tag.VALIDATION_AUTHORITY_URI) Optional<String> validationAuthorityUri,
    @KmipField(Tag.VALIDATION_VERSION_MAJOR) int validationVersionMajor,
    @KmipField(Tag.VALIDATION_VERSION_MINOR) Optional<Integer> validationVersionMinor,
    @KmipField(Tag.VALIDATION_TYPE) ValidationType validationType,
    @KmipField(Tag.VALIDATION_LEVEL) int validationLevel,
    @KmipField(Tag.VALIDATION_CERTIFICATE_IDENTIFIER)
        Optional<String> validationCertificateIdentifier,
    @KmipField(Tag.VALIDATION_CERTIFICATE_URI) Optional<String> validationCertificateUri,
    @KmipField(Tag.VALIDATION_VENDOR_URI) Optional<String> validationVendorUri,
    @KmipField(Tag.VALIDATION_PROFILE) List<String> validationProfiles) {

  public ValidationInformation {
    Objects.requireNonNull(validationAuthorityType, "validationAuthorityType");
    Objects.requireNonNull(validationType, "validationType");
    validationProfiles = List.copyOf(validationProfiles);
  }
}
