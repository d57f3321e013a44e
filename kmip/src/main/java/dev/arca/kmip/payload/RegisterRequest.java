package dev.arca.kmip.payload;

import dev.arca.kmip.KmipException;
import dev.arca.kmip.Tag;
import dev.arca.kmip.attribute.AttributeConversion;
import dev.arca.kmip.attribute.Attributes;
import dev.arca.kmip.attribute.ProtectionStorageMasks;
import dev.arca.kmip.attribute.TemplateAttribute;
import dev.arca.kmip.bind.KmipAny;
import dev.arca.kmip.bind.KmipField;
import dev.arca.kmip.bind.KmipStructure;
import dev.arca.kmip.enums.ObjectType;
import dev.arca.kmip.object.ManagedObject;
import dev.arca.kmip.object.ManagedObjects;
import dev.arca.kmip.ttlv.Ttlv;
import java.util.List;
import java.util.Optional;

/**
 * KMIP 1.4 §4.3 Table 169, KMIP 2.1 §6.1.43 Table 291 Register request: an object the client
 * supplies, with its attributes.
 *
 * @param templateAttribute KMIP 1.x: the attributes, required there
 * @param attributes KMIP 2.x: the attributes, required there
 * @param objectItems the object, exactly one item, tagged after the Object Type (Symmetric Key,
 *     Certificate, …); read it with {@link #managedObject()}. It is kept as sent because its tag
 *     depends on the Object Type.
 * @param protectionStorageMasks KMIP 2.x: the acceptable storage protections
 */
@KmipStructure(Tag.REQUEST_PAYLOAD)
public record RegisterRequest(
    @KmipField(Tag.OBJECT_TYPE) ObjectType objectType,
    Optional<TemplateAttribute> templateAttribute,
    Optional<Attributes> attributes,
    @KmipAny List<Ttlv> objectItems,
    Optional<ProtectionStorageMasks> protectionStorageMasks)
    implements RequestPayload {

  public RegisterRequest {
    objectItems = List.copyOf(objectItems);
    AttributeConversion.checkOneForm(
        "Template-Attribute", templateAttribute, "Attributes", attributes, true);
    if (objectItems.size() != 1) {
      throw new IllegalArgumentException(
          "Register needs one object, found " + objectItems.stream().map(Ttlv::tagName).toList());
    }
    Tag expected = ManagedObjects.tag(objectType);
    if (objectItems.get(0).tag() != expected.code()) {
      throw new IllegalArgumentException(
          "Object Type "
              + objectType.specName()
              + " needs a "
              + expected.specName()
              + ", found "
              + objectItems.get(0).tagName());
    }
  }

  /** A KMIP 2.x request. */
  public static RegisterRequest of(Attributes attributes, ManagedObject object) {
    return new RegisterRequest(
        object.objectType(),
        Optional.empty(),
        Optional.of(attributes),
        List.of(ManagedObjects.encode(object)),
        Optional.empty());
  }

  /** A KMIP 1.x request. */
  public static RegisterRequest of(TemplateAttribute templateAttribute, ManagedObject object) {
    return new RegisterRequest(
        object.objectType(),
        Optional.of(templateAttribute),
        Optional.empty(),
        List.of(ManagedObjects.encode(object)),
        Optional.empty());
  }

  /** The object as sent. */
  public Ttlv objectItem() {
    return objectItems.get(0);
  }

  /** The object, decoded as the record of its Object Type. */
  public ManagedObject managedObject() throws KmipException {
    return ManagedObjects.decode(objectType, objectItem());
  }

  /** The requested attributes in the KMIP 2.x form, whichever version sent them. */
  public Attributes normalizedAttributes() throws KmipException {
    return AttributeConversion.toV2(templateAttribute, attributes);
  }
}
