package dev.arca.server.admin;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.arca.core.admin.AdminPermission;
import dev.arca.core.key.FipsObjects;
import dev.arca.core.key.ManagedObject;
import dev.arca.core.store.LocateQuery;
import dev.arca.kmip.Tag;
import dev.arca.kmip.enums.CryptographicAlgorithm;
import dev.arca.server.fips.FipsMode;
import dev.arca.server.fips.FipsReport;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * FIPS mode: {@code GET /api/v1/fips} is the FIPS status report (the status server's data) with
 * what would stop FIPS mode from being turned on; {@code POST /api/v1/fips/enable} and {@code
 * /disable} request the mode from the next start; {@code GET /api/v1/fips/objects} lists the stored
 * objects FIPS mode does not allow to be used. All need the security area.
 */
final class FipsResources {

  private static final int DEFAULT_PAGE = 100;
  private static final int MAX_PAGE = 1000;

  private final AdminServer server;

  FipsResources(AdminServer server) {
    this.server = server;
  }

  void register(RouteTable t) {
    t.get("/api/v1/fips", "fips.show")
        .area(AdminPermission.SECURITY)
        .summary(
            "FIPS mode now and at the next start, the module, every self-test with its result,"
                + " and what contradicts FIPS mode")
        .response("Fips")
        .handle(this::show);
    t.post("/api/v1/fips/enable", "fips.enable")
        .area(AdminPermission.SECURITY)
        .summary("Turn FIPS mode on from the next start; refused while a setting contradicts it")
        .response("Fips")
        .errors(ErrorCode.CONFLICT)
        .handle(this::enable);
    t.post("/api/v1/fips/disable", "fips.disable")
        .area(AdminPermission.SECURITY)
        .summary("Turn FIPS mode off from the next start")
        .response("Fips")
        .handle(this::disable);
    t.get("/api/v1/fips/objects", "fips.objects")
        .area(AdminPermission.SECURITY)
        .summary(
            "Stored objects FIPS mode does not allow to be used (non-approved algorithm or key"
                + " size), with the reason; query offset and limit")
        .response("FipsObjects")
        .handle(this::objects);
  }

  private FipsMode fips() {
    return server.backend().fips();
  }

  private void show(Call call) {
    call.ok(report());
  }

  private void enable(Call call) throws ApiException {
    try {
      fips().enable();
    } catch (FipsMode.ContradictionException e) {
      throw new ApiException(ErrorCode.CONFLICT, e.getMessage());
    }
    call.ok(report());
  }

  private void disable(Call call) {
    fips().disable();
    call.ok(report());
  }

  private ObjectNode report() {
    AdminServer.Backend b = server.backend();
    ObjectNode out =
        FipsReport.json(b.server().node(), b.server().version(), fips(), b.clock().instant());
    ArrayNode contradictions = out.putArray("contradictions");
    fips().contradictions().forEach(contradictions::add);
    return out;
  }

  private void objects(Call call) throws ApiException {
    int offset = call.queryNumber("offset", 0, Integer.MAX_VALUE - MAX_PAGE).orElse(0);
    int limit = call.queryNumber("limit", 1, MAX_PAGE).orElse(DEFAULT_PAGE);
    LocateQuery query =
        new LocateQuery(
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            OptionalInt.empty(),
            Set.of(),
            true,
            Set.of(),
            server.backend().clock().instant(),
            Map.of(),
            Map.of(),
            Set.of(),
            LocateQuery.Versions.all(),
            Optional.of(o -> FipsObjects.refusal(o.objectType(), o.attributes()).isPresent()),
            offset,
            OptionalInt.of(limit + 1));
    List<String> ids = server.backend().objects().locate(query).ids();
    ArrayNode items = Json.array();
    for (String id : ids.subList(0, Math.min(limit, ids.size()))) {
      Optional<ManagedObject> found = server.backend().objects().get(id);
      if (found.isEmpty()) {
        continue; // destroyed and deleted between the locate and the read
      }
      ManagedObject o = found.get();
      call.touched(id);
      ObjectNode item = items.addObject();
      item.put("id", o.id());
      item.put("objectType", o.objectType().specName());
      o.keyName().ifPresent(n -> item.put("name", n));
      o.attributes()
          .enumeration(Tag.CRYPTOGRAPHIC_ALGORITHM, CryptographicAlgorithm.class)
          .ifPresent(a -> item.put("algorithm", a.specName()));
      o.attributes().integer(Tag.CRYPTOGRAPHIC_LENGTH).ifPresent(l -> item.put("length", l));
      o.owner().ifPresent(owner -> item.put("owner", owner));
      item.put("reason", FipsObjects.refusal(o.objectType(), o.attributes()).orElse(""));
    }
    ObjectNode out = Json.object();
    out.put("fipsMode", fips().active());
    out.set("items", items);
    out.put("offset", offset);
    out.put("limit", limit);
    out.put("more", ids.size() > limit);
    call.ok(out);
  }
}
