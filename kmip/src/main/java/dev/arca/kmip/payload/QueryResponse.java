package dev.arca.kmip.payload;

import dev.arca.kmip.Tag;
import dev.arca.kmip.attribute.ProtectionStorageMasks;
import dev.arca.kmip.attribute.RngParameters;
import dev.arca.kmip.bind.KmipField;
import dev.arca.kmip.bind.KmipStructure;
import dev.arca.kmip.enums.AttestationType;
import dev.arca.kmip.enums.ClientRegistrationMethod;
import dev.arca.kmip.enums.ObjectType;
import dev.arca.kmip.enums.Operation;
import dev.arca.kmip.ttlv.Ttlv;
import dev.arca.kmip.ttlv.TtlvStructure;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * KMIP 1.4 §4.25 Table 223 and §5.3, KMIP 2.1 §6.1.40 Table 283 and §6.2.4 Query response: only the
 * fields the Query Functions asked for; empty when there is nothing to say.
 *
 * <p>The fields are the union of all versions, in the specification's order: KMIP 1.0 defined
 * Operation to Application Namespace, 1.1 added Extension Information, 1.2 Attestation Type, 1.3
 * RNG Parameters to Client Registration Method, and 2.0 Defaults Information and Protection Storage
 * Masks. KMIP 2.x marks Protection Storage Masks as required, but servers, the OASIS vectors among
 * them, leave it out, so it is optional here.
 *
 * @param vendorIdentification returned for Query Server Information
 * @param serverInformation a structure of vendor-specific fields (KMIP 2.1 §7.37 names some of
 *     them), kept as sent
 */
@KmipStructure(Tag.RESPONSE_PAYLOAD)
public record QueryResponse(
    @KmipField(Tag.OPERATION) List<Operation> operations,
    @KmipField(Tag.OBJECT_TYPE) List<ObjectType> objectTypes,
    @KmipField(Tag.VENDOR_IDENTIFICATION) Optional<String> vendorIdentification,
    @KmipField(Tag.SERVER_INFORMATION) Optional<Ttlv> serverInformation,
    @KmipField(Tag.APPLICATION_NAMESPACE) List<String> applicationNamespaces,
    @KmipField(Tag.EXTENSION_INFORMATION) List<ExtensionInformation> extensionInformation,
    @KmipField(Tag.ATTESTATION_TYPE) List<AttestationType> attestationTypes,
    @KmipField(Tag.RNG_PARAMETERS) List<RngParameters> rngParameters,
    @KmipField(Tag.PROFILE_INFORMATION) List<ProfileInformation> profileInformation,
    @KmipField(Tag.VALIDATION_INFORMATION) List<ValidationInformation> validationInformation,
    @KmipField(Tag.CAPABILITY_INFORMATION) List<CapabilityInformation> capabilityInformation,
    @KmipField(Tag.CLIENT_REGISTRATION_METHOD)
        List<ClientRegistrationMethod> clientRegistrationMethods,
    @KmipField(Tag.DEFAULTS_INFORMATION) Optional<DefaultsInformation> defaultsInformation,
    @KmipField(Tag.PROTECTION_STORAGE_MASKS)
        Optional<ProtectionStorageMasks> protectionStorageMasks)
    implements ResponsePayload {

  public QueryResponse {
    operations = List.copyOf(operations);
    objectTypes = List.copyOf(objectTypes);
    applicationNamespaces = List.copyOf(applicationNamespaces);
    extensionInformation = List.copyOf(extensionInformation);
    attestationTypes = List.copyOf(attestationTypes);
    rngParameters = List.copyOf(rngParameters);
    profileInformation = List.copyOf(profileInformation);
    validationInformation = List.copyOf(validationInformation);
    capabilityInformation = List.copyOf(capabilityInformation);
    clientRegistrationMethods = List.copyOf(clientRegistrationMethods);
    if (serverInformation.isPresent() && !(serverInformation.get() instanceof TtlvStructure)) {
      throw new IllegalArgumentException("Server Information must be a Structure");
    }
  }

  /** A response with no field set; fill it with the {@link Builder}. */
  public static Builder builder() {
    return new Builder();
  }

  /** The items of Server Information, empty when it is absent. */
  public List<Ttlv> serverInformationItems() {
    return serverInformation.map(s -> ((TtlvStructure) s).children()).orElse(List.of());
  }

  /** Builds a response field by field, since each Query Function fills only some fields. */
  public static final class Builder {
    private final List<Operation> operations = new ArrayList<>();
    private final List<ObjectType> objectTypes = new ArrayList<>();
    private Optional<String> vendorIdentification = Optional.empty();
    private Optional<Ttlv> serverInformation = Optional.empty();
    private final List<String> applicationNamespaces = new ArrayList<>();
    private final List<ExtensionInformation> extensionInformation = new ArrayList<>();
    private final List<AttestationType> attestationTypes = new ArrayList<>();
    private final List<RngParameters> rngParameters = new ArrayList<>();
    private final List<ProfileInformation> profileInformation = new ArrayList<>();
    private final List<ValidationInformation> validationInformation = new ArrayList<>();
    private final List<CapabilityInformation> capabilityInformation = new ArrayList<>();
    private final List<ClientRegistrationMethod> clientRegistrationMethods = new ArrayList<>();
    private Optional<DefaultsInformation> defaultsInformation = Optional.empty();
    private Optional<ProtectionStorageMasks> protectionStorageMasks = Optional.empty();

    private Builder() {}

    public Builder operations(List<Operation> values) {
      operations.addAll(values);
      return this;
    }

    public Builder objectTypes(List<ObjectType> values) {
      objectTypes.addAll(values);
      return this;
    }

    public Builder vendorIdentification(String value) {
      vendorIdentification = Optional.of(value);
      return this;
    }

    /** Server Information made of {@code items}. */
    public Builder serverInformation(List<? extends Ttlv> items) {
      serverInformation = Optional.of(Ttlv.structure(Tag.SERVER_INFORMATION, items));
      return this;
    }

    public Builder applicationNamespaces(List<String> values) {
      applicationNamespaces.addAll(values);
      return this;
    }

    public Builder extensionInformation(List<ExtensionInformation> values) {
      extensionInformation.addAll(values);
      return this;
    }

    public Builder attestationTypes(List<AttestationType> values) {
      attestationTypes.addAll(values);
      return this;
    }

    public Builder rngParameters(List<RngParameters> values) {
      rngParameters.addAll(values);
      return this;
    }

    public Builder profileInformation(List<ProfileInformation> values) {
      profileInformation.addAll(values);
      return this;
    }

    public Builder validationInformation(List<ValidationInformation> values) {
      validationInformation.addAll(values);
      return this;
    }

    public Builder capabilityInformation(List<CapabilityInformation> values) {
      capabilityInformation.addAll(values);
      return this;
    }

    public Builder clientRegistrationMethods(List<ClientRegistrationMethod> values) {
      clientRegistrationMethods.addAll(values);
      return this;
    }

    public Builder defaultsInformation(DefaultsInformation value) {
      defaultsInformation = Optional.of(value);
      return this;
    }

    public Builder protectionStorageMasks(ProtectionStorageMasks value) {
      protectionStorageMasks = Optional.of(value);
      return this;
    }

    public QueryResponse build() {
      return new QueryResponse(
          operations,
          objectTypes,
          vendorIdentification,
          serverInformation,
          applicationNamespaces,
          extensionInformation,
          attestationTypes,
          rngParameters,
          profileInformation,
          validationInformation,
          capabilityInformation,
          clientRegistrationMethods,
          defaultsInformation,
          protectionStorageMasks);
    }
  }
}
