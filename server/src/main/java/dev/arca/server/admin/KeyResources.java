package dev.arca.server.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.arca.core.access.Caller;
import dev.arca.core.admin.AdminPermission;
import dev.arca.core.key.AttributeInstance;
import dev.arca.core.key.AttributeKey;
import dev.arca.core.key.AttributeSet;
import dev.arca.core.key.KeyService;
import dev.arca.core.key.ManagedObject;
import dev.arca.core.key.ManagedObjectView;
import dev.arca.core.key.OldVersion;
import dev.arca.core.key.RekeyRequest;
import dev.arca.core.store.LocateQuery;
import dev.arca.kmip.KmipException;
import dev.arca.kmip.Tag;
import dev.arca.kmip.attribute.Name;
import dev.arca.kmip.attribute.RevocationReason;
import dev.arca.kmip.bind.TtlvBinder;
import dev.arca.kmip.enums.CryptographicAlgorithm;
import dev.arca.kmip.enums.CryptographicUsageMask;
import dev.arca.kmip.enums.ObjectType;
import dev.arca.kmip.enums.RevocationReasonCode;
import dev.arca.kmip.enums.State;
import dev.arca.kmip.ttlv.Ttlv;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Keys: {@code /api/v1/keys}. Needs the keys area. Every action goes through the key service as an
 * {@linkplain Caller#administrator administrative caller}, which may read and manage every client
 * user's keys and never receive their material: nothing here returns key material, and nothing
 * could.
 */
final class KeyResources {

  /** The most keys one page lists. */
  static final int MAX_PAGE = 1000;

  static final int DEFAULT_PAGE = 100;

  private static final Pattern CUSTOM_NAME = Pattern.compile("x-[A-Za-z0-9_.-]{1,64}");

  record Create(
      String owner,
      String name,
      String algorithm,
      Integer length,
      List<String> usageMask,
      Boolean activate) {}

  record Rekey(Integer offsetSeconds, Boolean deactivateOld) {}

  record Revoke(String reason, String message, String compromiseOccurrenceDate) {}

  record AttributeValue(String type, JsonNode value) {}

  record Owner(String owner, Boolean global) {}

  private final AdminServer server;

  KeyResources(AdminServer server) {
    this.server = server;
  }

  private KeyService keys() {
    return server.backend().keys();
  }

  void register(RouteTable t) {
    t.get("/api/v1/keys", "key.list")
        .area(AdminPermission.KEYS)
        .summary("Keys of every owner, newest first, filtered and paged")
        .query("name", "string", "only the versions of the key of this name")
        .query("owner", "string", "only keys of this client user")
        .query("state", "string", "only keys in this state, e.g. Active")
        .query("algorithm", "string", "only keys of this algorithm, e.g. AES")
        .query("type", "string", "only objects of this type, e.g. SymmetricKey")
        .query("versions", "string", "all: every version; otherwise the newest usable one")
        .query("offset", "integer", "how many matches to skip (default 0)")
        .query("limit", "integer", "how many to return, 1 to 1000 (default 100)")
        .response("KeyList")
        .errors(ErrorCode.INVALID_PARAMETER)
        .handle(this::list);
    t.post("/api/v1/keys", "key.create")
        .area(AdminPermission.KEYS)
        .summary("Create a symmetric key owned by a client user")
        .status(201)
        .request("KeyCreate")
        .response("Key")
        .errors(ErrorCode.ALREADY_EXISTS)
        .handle(this::create);
    t.get("/api/v1/keys/{id}", "key.show")
        .area(AdminPermission.KEYS)
        .summary("A key with its attributes and versions; never its material")
        .response("Key")
        .handle(this::show);
    t.post("/api/v1/keys/{id}/rekey", "key.rekey")
        .area(AdminPermission.KEYS)
        .summary("Make the next version of a key")
        .status(201)
        .request("Rekey")
        .response("Key")
        .errors(ErrorCode.WRONG_STATE, ErrorCode.CONFLICT)
        .handle(this::rekey);
    t.post("/api/v1/keys/{id}/activate", "key.activate")
        .area(AdminPermission.KEYS)
        .summary("Activate a pre-active key")
        .response("Key")
        .errors(ErrorCode.WRONG_STATE)
        .handle(this::activate);
    t.post("/api/v1/keys/{id}/revoke", "key.revoke")
        .area(AdminPermission.KEYS)
        .summary("Revoke a key with a reason")
        .request("Revoke")
        .response("Key")
        .errors(ErrorCode.WRONG_STATE)
        .handle(this::revoke);
    t.post("/api/v1/keys/{id}/destroy", "key.destroy")
        .area(AdminPermission.KEYS)
        .summary("Destroy a key's material; its metadata stays")
        .response("Key")
        .errors(ErrorCode.WRONG_STATE)
        .handle(this::destroy);
    t.put("/api/v1/keys/{id}/attributes/{attribute}", "key.attribute.set")
        .area(AdminPermission.KEYS)
        .summary("Set a custom attribute x-…")
        .request("AttributeValue")
        .response("Key")
        .errors(ErrorCode.WRONG_STATE)
        .handle(this::setAttribute);
    t.delete("/api/v1/keys/{id}/attributes/{attribute}", "key.attribute.delete")
        .area(AdminPermission.KEYS)
        .summary("Delete a custom attribute x-…")
        .response("Key")
        .errors(ErrorCode.WRONG_STATE)
        .handle(this::deleteAttribute);
    t.put("/api/v1/keys/{id}/owner", "key.owner.set")
        .area(AdminPermission.KEYS)
        .summary(
            "Give a key, every version of it, to another client user, or make it a global key"
                + " (not in FIPS mode)")
        .request("Owner")
        .response("OwnerChange")
        .errors(ErrorCode.CONFLICT, ErrorCode.UNAVAILABLE)
        .handle(this::setOwner);
  }

  private static Caller administrator(Call call) {
    return Caller.administrator(call.actor());
  }

  // ---- reading -------------------------------------------------------------------------------

  private void list(Call call) throws ApiException, KmipException {
    int offset = call.queryNumber("offset", 0, Integer.MAX_VALUE - MAX_PAGE).orElse(0);
    int limit = call.queryNumber("limit", 1, MAX_PAGE).orElse(DEFAULT_PAGE);
    Optional<ObjectType> type = enumParameter(call, "type", ObjectType::fromEncodingName);
    Optional<CryptographicAlgorithm> algorithm =
        enumParameter(call, "algorithm", CryptographicAlgorithm::fromEncodingName);
    Optional<State> state = enumParameter(call, "state", State::fromEncodingName);
    Optional<String> owner = call.query("owner");
    Optional<String> versions = call.query("versions");
    if (versions.isPresent() && !versions.get().equals("all") && !versions.get().equals("newest")) {
      throw new ApiException(
          ErrorCode.INVALID_PARAMETER, "query parameter 'versions' is all or newest");
    }
    Optional<Predicate<ManagedObject>> ownedBy =
        owner.map(o -> object -> object.owner().equals(Optional.of(o)));
    Instant now = server.backend().clock().instant();
    LocateQuery query =
        new LocateQuery(
            type,
            call.query("name"),
            algorithm,
            OptionalInt.empty(),
            Set.of(),
            true,
            state.map(s -> (Set<State>) EnumSet.of(s)).orElse(Set.of()),
            now,
            Map.of(),
            Map.of(),
            Set.of(),
            versions.filter("all"::equals).isPresent()
                ? LocateQuery.Versions.all()
                : LocateQuery.Versions.newestUsable(),
            ownedBy,
            offset,
            OptionalInt.of(limit + 1));
    List<String> ids = keys().locate(administrator(call), query).ids();
    ArrayNode items = Json.array();
    for (String id : ids.subList(0, Math.min(limit, ids.size()))) {
      try {
        items.add(KeyViews.summary(keys().get(administrator(call), id)));
      } catch (KmipException e) {
        // Deleted between the locate and the read: not listed.
      }
    }
    ObjectNode out = Json.object();
    out.set("items", items);
    out.put("offset", offset);
    out.put("limit", limit);
    out.put("more", ids.size() > limit);
    call.ok(out);
  }

  private void show(Call call) throws KmipException {
    ManagedObjectView view = view(call, call.pathParameter("id"));
    call.ok(full(call, view));
  }

  private ManagedObjectView view(Call call, String id) throws KmipException {
    call.touched(id);
    return keys().get(administrator(call), id);
  }

  private ObjectNode full(Call call, ManagedObjectView view) throws KmipException {
    List<ManagedObjectView> versions =
        view.object().keyName().isPresent()
            ? keys().versions(administrator(call), view.object().keyName().get())
            : List.of();
    return KeyViews.full(view, versions);
  }

  // ---- creating and changing -----------------------------------------------------------------

  private void create(Call call) throws ApiException, KmipException {
    Create body = call.json(Create.class, server.settings().maxJsonBytes());
    String owner = AdministratorResources.required(body.owner(), "owner");
    if (server.backend().users().get(owner).isEmpty()) {
      throw new ApiException(
          ErrorCode.INVALID_FIELD, "field 'owner': '" + owner + "' is not a client user");
    }
    AttributeSet.Builder attributes = AttributeSet.builder();
    CryptographicAlgorithm algorithm =
        body.algorithm() == null
            ? CryptographicAlgorithm.AES
            : CryptographicAlgorithm.fromEncodingName(body.algorithm())
                .orElseThrow(
                    () ->
                        new ApiException(
                            ErrorCode.INVALID_FIELD,
                            "field 'algorithm': '"
                                + Call.shorten(body.algorithm())
                                + "' is not a KMIP cryptographic algorithm, e.g. AES"));
    attributes.add(Ttlv.enumeration(Tag.CRYPTOGRAPHIC_ALGORITHM, algorithm.code()));
    if (body.length() != null) {
      attributes.add(Ttlv.integer(Tag.CRYPTOGRAPHIC_LENGTH, body.length()));
    }
    int mask =
        body.usageMask() == null
            ? CryptographicUsageMask.ENCRYPT.code() | CryptographicUsageMask.DECRYPT.code()
            : usageMask(body.usageMask());
    attributes.add(Ttlv.integer(Tag.CRYPTOGRAPHIC_USAGE_MASK, mask));
    if (body.name() != null) {
      attributes.add(TtlvBinder.encode(Tag.NAME, Name.of(body.name())));
      call.touched(body.name());
    }
    Caller caller = administrator(call).onBehalfOf(owner);
    ManagedObjectView created = keys().create(caller, ObjectType.SYMMETRIC_KEY, attributes.build());
    call.touched(created.id());
    if (Boolean.TRUE.equals(body.activate())) {
      created = keys().activate(caller, created.id());
    }
    call.ok(full(call, created));
  }

  private static int usageMask(List<String> names) throws ApiException {
    int mask = 0;
    for (String name : names) {
      Optional<CryptographicUsageMask> bit =
          name == null ? Optional.empty() : CryptographicUsageMask.fromEncodingName(name);
      if (bit.isEmpty()) {
        throw new ApiException(
            ErrorCode.INVALID_FIELD,
            "field 'usageMask': '"
                + (name == null ? "null" : Call.shorten(name))
                + "' is not a usage; e.g. "
                + Arrays.stream(CryptographicUsageMask.values())
                    .limit(4)
                    .map(CryptographicUsageMask::encodingName)
                    .collect(Collectors.joining(", ")));
      }
      mask |= bit.get().code();
    }
    return mask;
  }

  private void rekey(Call call) throws ApiException, KmipException {
    String id = call.pathParameter("id");
    call.touched(id);
    Rekey body =
        call.optionalJson(Rekey.class, server.settings().maxJsonBytes())
            .orElse(new Rekey(null, null));
    RekeyRequest request = RekeyRequest.defaults();
    if (body.offsetSeconds() != null) {
      if (body.offsetSeconds() < 0) {
        throw new ApiException(
            ErrorCode.INVALID_FIELD, "field 'offsetSeconds' must not be negative");
      }
      request = request.withOffset(Duration.ofSeconds(body.offsetSeconds()));
    }
    if (body.deactivateOld() != null) {
      request =
          request.withOldVersion(
              body.deactivateOld() ? OldVersion.deactivateNow() : OldVersion.keepState());
    }
    ManagedObjectView next = keys().rekey(administrator(call), id, request);
    call.touched(next.id());
    call.ok(full(call, next));
  }

  private void activate(Call call) throws KmipException {
    String id = call.pathParameter("id");
    call.touched(id);
    call.ok(full(call, keys().activate(administrator(call), id)));
  }

  private void revoke(Call call) throws ApiException, KmipException {
    String id = call.pathParameter("id");
    call.touched(id);
    Revoke body = call.json(Revoke.class, server.settings().maxJsonBytes());
    String reasonName = AdministratorResources.required(body.reason(), "reason");
    RevocationReasonCode code =
        RevocationReasonCode.fromEncodingName(reasonName)
            .orElseThrow(
                () ->
                    new ApiException(
                        ErrorCode.INVALID_FIELD,
                        "field 'reason': '"
                            + Call.shorten(reasonName)
                            + "' is not a revocation reason, e.g. KeyCompromise or"
                            + " CessationOfOperation"));
    Optional<Instant> occurred = Optional.empty();
    if (body.compromiseOccurrenceDate() != null) {
      try {
        occurred = Optional.of(Instant.parse(body.compromiseOccurrenceDate()));
      } catch (DateTimeParseException e) {
        throw new ApiException(
            ErrorCode.INVALID_FIELD,
            "field 'compromiseOccurrenceDate' must be an ISO 8601 instant such as"
                + " 2030-01-01T00:00:00Z");
      }
    }
    ManagedObjectView revoked =
        keys()
            .revoke(
                administrator(call),
                id,
                new RevocationReason(code, Optional.ofNullable(body.message())),
                occurred);
    call.ok(full(call, revoked));
  }

  private void destroy(Call call) throws KmipException {
    String id = call.pathParameter("id");
    call.touched(id);
    call.ok(full(call, keys().destroy(administrator(call), id)));
  }

  private void setAttribute(Call call) throws ApiException, KmipException {
    String id = call.pathParameter("id");
    call.touched(id);
    AttributeKey key = customAttribute(call);
    AttributeValue body = call.json(AttributeValue.class, server.settings().maxJsonBytes());
    Ttlv value = value(body);
    ManagedObjectView view = view(call, id);
    boolean present = view.attributes().contains(key);
    ManagedObjectView changed =
        present
            ? keys().modifyAttribute(administrator(call), id, key, AttributeInstance.only(), value)
            : keys().addAttribute(administrator(call), id, key, value);
    call.ok(full(call, changed));
  }

  private void deleteAttribute(Call call) throws ApiException, KmipException {
    String id = call.pathParameter("id");
    call.touched(id);
    AttributeKey key = customAttribute(call);
    if (!view(call, id).attributes().contains(key)) {
      throw new ApiException(ErrorCode.NOT_FOUND, "the key has no attribute " + key.v1Name());
    }
    call.ok(
        full(call, keys().deleteAttribute(administrator(call), id, key, AttributeInstance.all())));
  }

  private static AttributeKey customAttribute(Call call) throws ApiException {
    String name = call.pathParameter("attribute");
    call.touched(name);
    if (!CUSTOM_NAME.matcher(name).matches()) {
      throw new ApiException(
          ErrorCode.INVALID_PARAMETER,
          "only custom attributes x-… are edited here (x- and 1-64 letters, digits, '.', '_' or"
              + " '-')");
    }
    return AttributeKey.customFromV1Name(name).orElseThrow();
  }

  /**
   * The value of a custom attribute: a JSON string, whole number or boolean, typed as TextString,
   * Integer (LongInteger beyond 32 bits) and Boolean unless {@code type} says otherwise; {@code
   * DateTime} takes an ISO 8601 instant and {@code Interval} a number of seconds.
   */
  private static Ttlv value(AttributeValue body) throws ApiException {
    JsonNode v = AdministratorResources.required(body.value(), "value");
    String type = body.type();
    Tag tag = Tag.ATTRIBUTE_VALUE;
    if (type == null) {
      if (v.isTextual()) {
        type = "TextString";
      } else if (v.isBoolean()) {
        type = "Boolean";
      } else if (v.isIntegralNumber()) {
        type = v.canConvertToInt() ? "Integer" : "LongInteger";
      } else {
        throw new ApiException(
            ErrorCode.INVALID_FIELD, "field 'value' must be a string, a whole number or a boolean");
      }
    }
    switch (type) {
      case "TextString":
        if (!v.isTextual()) {
          throw wrongType("a string");
        }
        return Ttlv.text(tag, v.textValue());
      case "Integer":
        if (!v.isIntegralNumber() || !v.canConvertToInt()) {
          throw wrongType("a whole number of 32 bits");
        }
        return Ttlv.integer(tag, v.intValue());
      case "LongInteger":
        if (!v.isIntegralNumber() || !v.canConvertToLong()) {
          throw wrongType("a whole number of 64 bits");
        }
        return Ttlv.longInteger(tag, v.longValue());
      case "Boolean":
        if (!v.isBoolean()) {
          throw wrongType("true or false");
        }
        return Ttlv.bool(tag, v.booleanValue());
      case "DateTime":
        try {
          return Ttlv.dateTime(tag, Instant.parse(v.asText()));
        } catch (DateTimeParseException e) {
          throw wrongType("an ISO 8601 instant such as 2031-01-01T00:00:00Z");
        }
      case "Interval":
        if (!v.isIntegralNumber() || v.longValue() < 0 || v.longValue() > 0xFFFFFFFFL) {
          throw wrongType("a number of seconds");
        }
        return Ttlv.interval(tag, Duration.ofSeconds(v.longValue()));
      default:
        throw new ApiException(
            ErrorCode.INVALID_FIELD,
            "field 'type' is one of TextString, Integer, LongInteger, Boolean, DateTime,"
                + " Interval");
    }
  }

  private static ApiException wrongType(String expected) {
    return new ApiException(ErrorCode.INVALID_FIELD, "field 'value' must be " + expected);
  }

  private void setOwner(Call call) throws ApiException, KmipException {
    String id = call.pathParameter("id");
    Owner body = call.json(Owner.class, server.settings().maxJsonBytes());
    boolean global = Boolean.TRUE.equals(body.global());
    Optional<String> owner;
    if (global) {
      if (body.owner() != null) {
        throw new ApiException(
            ErrorCode.INVALID_FIELD,
            "a global key has no owner: give 'owner' or 'global', not both");
      }
      if (server.backend().fipsMode()) {
        throw new ApiException(
            ErrorCode.INVALID_FIELD, "field 'global': global keys are off in FIPS mode");
      }
      owner = Optional.empty();
    } else {
      String named = AdministratorResources.required(body.owner(), "owner");
      if (server.backend().users().get(named).isEmpty()) {
        throw new ApiException(
            ErrorCode.INVALID_FIELD, "field 'owner': '" + named + "' is not a client user");
      }
      owner = Optional.of(named);
    }
    view(call, id);
    owner.ifPresent(call::touched);
    List<String> changed = server.backend().ownership().reassign(id, owner);
    changed.forEach(call::touched);
    ObjectNode out = Json.object();
    out.put("id", id);
    if (owner.isPresent()) {
      out.put("owner", owner.get());
    } else {
      out.putNull("owner");
    }
    out.put("global", owner.isEmpty());
    ArrayNode list = out.putArray("changed");
    changed.forEach(list::add);
    call.ok(out);
  }

  // ---- parameters ----------------------------------------------------------------------------

  @FunctionalInterface
  private interface Lookup<E> {
    Optional<E> find(String name);
  }

  private static <E> Optional<E> enumParameter(Call call, String name, Lookup<E> lookup)
      throws ApiException {
    Optional<String> text = call.query(name);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    Optional<E> value = lookup.find(text.get());
    if (value.isEmpty()) {
      throw new ApiException(
          ErrorCode.INVALID_PARAMETER,
          "query parameter '"
              + name
              + "': '"
              + Call.shorten(text.get())
              + "' is not a KMIP value of it (write it as KMIP JSON does, e.g. Active, AES,"
              + " SymmetricKey)");
    }
    return value;
  }
}
