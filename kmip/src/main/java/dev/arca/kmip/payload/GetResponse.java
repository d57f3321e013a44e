package dev.arca.kmip.payload;

import dev.arca.kmip.KmipException;
import dev.arca.kmip.Tag;
import dev.arca.kmip.bind.KmipAny;
import dev.arca.kmip.bind.KmipField;
import dev.arca.kmip.bind.KmipStructure;
import dev.arca.kmip.enums.ObjectType;
import dev.arca.kmip.object.ManagedObject;
import dev.arca.kmip.object.ManagedObjects;
import dev.arca.kmip.ttlv.Ttlv;
import java.util.List;

/**
 * KMIP 1.4 §4.11 Table 195, KMIP 2.1 §6.1.19 Table 221 Get response.
 *
 * @param objectItems the object, exactly one item, tagged after the Object Type; read it with
 *     {@link #managedObject()}. It is kept as sent because its tag depends on the Object Type.
 */
@KmipStructure(Tag.RESPONSE_PAYLOAD)
public record GetResponse(
    @KmipField(Tag.OBJECT_TYPE) ObjectType objectType,
    @KmipField(Tag.UNIQUE_IDENTIFIER) String uniqueIdentifier,
    @KmipAny List<Ttlv> objectItems)
    implements ResponsePayload {

  public GetResponse {
    objectItems = List.copyOf(objectItems);
    if (objectItems.size() != 1) {
      throw new IllegalArgumentException(
          "Get returns one object, found " + objectItems.stream().map(Ttlv::tagName).toList());
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

  public static GetResponse of(String uniqueIdentifier, ManagedObject object) {
    return new GetResponse(
        object.objectType(), uniqueIdentifier, List.of(ManagedObjects.encode(object)));
  }

  /** The object as sent. */
  public Ttlv objectItem() {
    return objectItems.get(0);
  }

  /** The object, decoded as the record of its Object Type. */
  public ManagedObject managedObject() throws KmipException {
    return ManagedObjects.decode(objectType, objectItem());
  }
}
