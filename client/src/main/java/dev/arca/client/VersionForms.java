package dev.arca.client;

import dev.arca.kmip.KmipException;
import dev.arca.kmip.KmipVersion;
import dev.arca.kmip.attribute.AttributeConversion;
import dev.arca.kmip.attribute.AttributeReference;
import dev.arca.kmip.attribute.Attributes;
import dev.arca.kmip.attribute.TemplateAttribute;
import dev.arca.kmip.attribute.UniqueIdentifierValue;
import dev.arca.kmip.enums.KeyFormatType;
import dev.arca.kmip.enums.ObjectType;
import dev.arca.kmip.object.ManagedObject;
import dev.arca.kmip.payload.CreateKeyPairRequest;
import dev.arca.kmip.payload.CreateRequest;
import dev.arca.kmip.payload.GetAttributeListResponse;
import dev.arca.kmip.payload.GetAttributesRequest;
import dev.arca.kmip.payload.GetRequest;
import dev.arca.kmip.payload.LocateRequest;
import dev.arca.kmip.payload.ReKeyRequest;
import dev.arca.kmip.payload.RegisterRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Request payloads in the form of the protocol version the client speaks. The typed API takes
 * attributes in the KMIP 2.x form ({@link Attributes}); KMIP 1.x sends them as Attribute structures
 * named by text, inside a Template-Attribute where the operation has one, and names attributes
 * instead of referencing them by tag. Conversion happens here, at the edge.
 */
final class VersionForms {

  private final KmipVersion version;

  VersionForms(KmipVersion version) {
    this.version = version;
  }

  CreateRequest create(ObjectType type, Attributes attributes) {
    return version.isV2()
        ? CreateRequest.of(type, attributes)
        : CreateRequest.of(type, template(attributes));
  }

  CreateKeyPairRequest createKeyPair(
      Attributes common, Attributes privateKey, Attributes publicKey) {
    return version.isV2()
        ? CreateKeyPairRequest.of(common, privateKey, publicKey)
        : CreateKeyPairRequest.of(template(common), template(privateKey), template(publicKey));
  }

  RegisterRequest register(ManagedObject object, Attributes attributes) {
    return version.isV2()
        ? RegisterRequest.of(attributes, object)
        : RegisterRequest.of(template(attributes), object);
  }

  ReKeyRequest rekey(String id, Attributes attributes) {
    if (attributes.isEmpty()) {
      return ReKeyRequest.of(id);
    }
    return new ReKeyRequest(
        Optional.of(UniqueIdentifierValue.of(id)),
        Optional.empty(),
        version.isV2() ? Optional.empty() : Optional.of(template(attributes)),
        version.isV2() ? Optional.of(attributes) : Optional.empty(),
        Optional.empty());
  }

  GetRequest get(String id, Optional<KeyFormatType> format) {
    return new GetRequest(
        Optional.of(UniqueIdentifierValue.of(id)),
        format,
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  GetAttributesRequest getAttributes(String id, List<AttributeReference> wanted) {
    if (version.isV2()) {
      return new GetAttributesRequest(Optional.of(UniqueIdentifierValue.of(id)), List.of(), wanted);
    }
    List<String> names = new ArrayList<>();
    for (AttributeReference r : wanted) {
      names.add(convert(r::v1Name));
    }
    return new GetAttributesRequest(Optional.of(UniqueIdentifierValue.of(id)), names, List.of());
  }

  /** The references of a Get Attribute List response, whichever version answered. */
  static List<AttributeReference> references(GetAttributeListResponse response)
      throws KmipException {
    if (response.attributeNames().isEmpty()) {
      return response.attributeReferences();
    }
    List<AttributeReference> out = new ArrayList<>();
    for (String name : response.attributeNames()) {
      out.add(AttributeConversion.reference(name));
    }
    return List.copyOf(out);
  }

  LocateRequest locate(KeyQuery query) {
    Attributes criteria = query.criteria();
    return new LocateRequest(
        query.maxItems(),
        query.offset(),
        Optional.empty(),
        Optional.empty(),
        version.isV2() ? List.of() : convert(() -> AttributeConversion.toV1(criteria)),
        version.isV2() ? Optional.of(criteria) : Optional.empty());
  }

  private static TemplateAttribute template(Attributes attributes) {
    return convert(() -> AttributeConversion.toTemplateAttribute(attributes));
  }

  /** A conversion that fails only for attributes the caller gave: an argument error. */
  private static <T> T convert(Conversion<T> conversion) {
    try {
      return conversion.get();
    } catch (KmipException e) {
      throw new IllegalArgumentException("attributes have no KMIP 1.x form: " + e.getMessage(), e);
    }
  }

  private interface Conversion<T> {
    T get() throws KmipException;
  }
}
