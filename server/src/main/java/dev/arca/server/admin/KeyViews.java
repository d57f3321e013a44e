package dev.arca.server.admin;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.arca.core.key.AttributeKey;
import dev.arca.core.key.ManagedObject;
import dev.arca.core.key.ManagedObjectView;
import dev.arca.kmip.Tag;
import dev.arca.kmip.codec.JsonCodec;
import dev.arca.kmip.enums.CryptographicAlgorithm;
import dev.arca.kmip.ttlv.Ttlv;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Keys as the API shows them: identity, owner, place among the versions, state and every attribute
 * with its KMIP type and value, written as KMIP JSON writes values (enumerations and masks by name,
 * dates in ISO 8601, bytes in hex). Key material is not an attribute and never appears: a view is
 * made from the object's metadata alone.
 */
final class KeyViews {

  private static final JsonCodec KMIP_JSON = new JsonCodec();

  private KeyViews() {}

  /** The short form, for lists. */
  static ObjectNode summary(ManagedObjectView view) {
    ManagedObject o = view.object();
    ObjectNode out = Json.object();
    out.put("id", o.id());
    out.put("objectType", o.objectType().encodingName());
    out.put("state", view.state().encodingName());
    if (o.owner().isPresent()) {
      out.put("owner", o.owner().get());
    } else {
      out.putNull("owner");
    }
    if (o.keyName().isPresent()) {
      out.put("name", o.keyName().get());
      out.put("version", o.keyVersion());
    }
    o.algorithm().map(CryptographicAlgorithm::encodingName).ifPresent(a -> out.put("algorithm", a));
    view.attributes().integer(Tag.CRYPTOGRAPHIC_LENGTH).ifPresent(l -> out.put("length", l));
    out.put("material", o.materialState().name().toLowerCase(Locale.ROOT));
    return out;
  }

  /** The full form: the summary, every attribute and, for a versioned key, its versions. */
  static ObjectNode full(ManagedObjectView view, List<ManagedObjectView> versions) {
    ObjectNode out = summary(view);
    ArrayNode attributes = out.putArray("attributes");
    for (Map.Entry<AttributeKey, List<Ttlv>> e : view.attributes().asMap().entrySet()) {
      for (Ttlv value : e.getValue()) {
        attributes.add(attribute(e.getKey(), value));
      }
    }
    if (!versions.isEmpty()) {
      ArrayNode list = out.putArray("versions");
      for (ManagedObjectView v : versions) {
        ObjectNode item = Json.object();
        item.put("id", v.id());
        item.put("version", v.object().keyVersion());
        item.put("state", v.state().encodingName());
        list.add(item);
      }
    }
    return out;
  }

  /** One attribute value: its name, KMIP item type and value. */
  static ObjectNode attribute(AttributeKey key, Ttlv value) {
    ObjectNode out = Json.object();
    out.put("name", key.v1Name());
    JsonNode encoded = kmipJson(value);
    out.put("type", encoded.path("type").asText());
    out.set("value", encoded.path("value"));
    return out;
  }

  private static JsonNode kmipJson(Ttlv value) {
    try {
      return Json.MAPPER.readTree(KMIP_JSON.encode(value));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("KMIP JSON of an attribute did not parse back", e);
    }
  }
}
