package dev.arca.server.admin;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.arca.core.admin.AdminPermission;
import dev.arca.core.crypto.CryptoException;
import dev.arca.core.key.RewrapReport;
import dev.arca.server.pki.PkiException;

/**
 * The master key: {@code GET /api/v1/master-key} names the current one; {@code POST
 * /api/v1/master-key/rotate} creates the next and re-wraps everything under it while the node
 * serves. Needs the security area. Nothing about the key itself ever leaves.
 */
final class MasterKeyResources {

  private final AdminServer server;

  MasterKeyResources(AdminServer server) {
    this.server = server;
  }

  void register(RouteTable t) {
    t.get("/api/v1/master-key", "master-key.show")
        .area(AdminPermission.SECURITY)
        .summary("The id of the master key the node seals material under")
        .response("MasterKey")
        .handle(this::show);
    t.post("/api/v1/master-key/rotate", "master-key.rotate")
        .area(AdminPermission.SECURITY)
        .summary(
            "Create the next master key and re-wrap every object, private key and seal under it")
        .response("MasterKeyRotation")
        .errors(ErrorCode.UNAVAILABLE)
        .handle(this::rotate);
  }

  private void show(Call call) {
    ObjectNode out = Json.object();
    out.put("masterKeyId", server.backend().masterKey().currentKeyId());
    call.ok(out);
  }

  private void rotate(Call call) throws ApiException {
    RewrapReport report;
    try {
      report = server.backend().masterKey().rotate();
    } catch (CryptoException | PkiException e) {
      throw new ApiException(
          ErrorCode.UNAVAILABLE, "master key rotation failed: " + e.getMessage());
    }
    ObjectNode out = Json.object();
    out.put("masterKeyId", report.masterKeyId());
    out.put("objectsScanned", report.scanned());
    out.put("objectsRewrapped", report.rewrapped());
    ArrayNode failed = out.putArray("objectsNotRewrapped");
    report.failedIds().forEach(failed::add);
    out.put("complete", report.complete());
    call.ok(out);
  }
}
