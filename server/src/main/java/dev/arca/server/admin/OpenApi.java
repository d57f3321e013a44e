package dev.arca.server.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

/**
 * The OpenAPI 3.1 document of the admin port, served at {@code /api/v1/openapi.json}: the paths and
 * operations come from the route table — the same table the server registers, so the document
 * cannot describe a route that does not exist nor miss one that does — and the schemas of bodies
 * and answers from the hand-written {@code openapi-schemas.json} beside this class.
 */
final class OpenApi {

  private static final String SCHEMAS = "openapi-schemas.json";

  private OpenApi() {}

  static ObjectNode document(List<Route> routes, String version) {
    ObjectNode doc = Json.object();
    doc.put("openapi", "3.1.0");
    ObjectNode info = doc.putObject("info");
    info.put("title", "Arca admin API");
    info.put("version", version);
    info.put(
        "description",
        "Administration of an Arca key manager node. Log in at /api/v1/login and send the token"
            + " as Authorization: Bearer <token>. Errors are {\"error\": {\"code\", \"message\"}}"
            + " with a stable code. KMIP over HTTPS is at /kmip.");
    ObjectNode components = doc.putObject("components");
    ObjectNode bearer = components.putObject("securitySchemes").putObject("bearer");
    bearer.put("type", "http");
    bearer.put("scheme", "bearer");
    components.set("schemas", schemas());

    ObjectNode paths = doc.putObject("paths");
    for (Route route : routes) {
      ObjectNode path =
          paths.has(route.path())
              ? (ObjectNode) paths.get(route.path())
              : paths.putObject(route.path());
      path.set(route.method().toLowerCase(Locale.ROOT), operation(route));
    }
    return doc;
  }

  private static ObjectNode operation(Route route) {
    ObjectNode op = Json.object();
    op.put("operationId", operationId(route));
    op.put("summary", route.summary());
    op.putArray("tags").add(tag(route));
    route.area().ifPresent(a -> op.put("x-arca-permission-area", a.name()));
    op.put("x-arca-audit-action", route.action());
    ArrayNode security = op.putArray("security");
    if (route.access() == Route.Access.ADMINISTRATOR || route.access() == Route.Access.METRICS) {
      security.addObject().putArray("bearer");
    }
    if (route.access() == Route.Access.METRICS) {
      security.addObject();
    }
    ArrayNode parameters = Json.array();
    for (String name : route.pathParameters()) {
      ObjectNode p = parameters.addObject();
      p.put("name", name);
      p.put("in", "path");
      p.put("required", true);
      p.putObject("schema").put("type", "string");
    }
    for (Route.QueryParameter q : route.query()) {
      ObjectNode p = parameters.addObject();
      p.put("name", q.name());
      p.put("in", "query");
      p.put("required", false);
      p.put("description", q.description());
      p.putObject("schema").put("type", q.type());
    }
    if (!parameters.isEmpty()) {
      op.set("parameters", parameters);
    }
    if (route.request().isPresent()) {
      ObjectNode body = op.putObject("requestBody");
      body.put("required", true);
      body.putObject("content")
          .putObject("application/json")
          .set("schema", ref(route.request().get()));
    } else if (route.access() == Route.Access.KMIP) {
      ObjectNode body = op.putObject("requestBody");
      body.put("required", true);
      ObjectNode content = body.putObject("content");
      content
          .putObject("application/octet-stream")
          .putObject("schema")
          .put("type", "string")
          .put("format", "binary");
      content.putObject("application/json").putObject("schema").put("description", "KMIP JSON");
      content.putObject("text/xml").putObject("schema").put("description", "KMIP XML");
    }
    ObjectNode responses = op.putObject("responses");
    ObjectNode success = responses.putObject(Integer.toString(route.status()));
    success.put("description", "Success");
    if (route.response().isPresent()) {
      success
          .putObject("content")
          .putObject("application/json")
          .set("schema", ref(route.response().get()));
    } else if (route.access() == Route.Access.KMIP) {
      success.put("description", "The KMIP response message, in the request's encoding");
      ObjectNode content = success.putObject("content");
      content
          .putObject("application/octet-stream")
          .putObject("schema")
          .put("type", "string")
          .put("format", "binary");
      content.putObject("application/json").putObject("schema").put("description", "KMIP JSON");
      content.putObject("text/xml").putObject("schema").put("description", "KMIP XML");
    } else if (route.access() == Route.Access.METRICS) {
      success
          .putObject("content")
          .putObject("text/plain")
          .putObject("schema")
          .put("type", "string");
    }
    for (ErrorCode code : route.allErrors()) {
      String status = Integer.toString(code.status());
      ObjectNode response =
          responses.has(status) ? (ObjectNode) responses.get(status) : responses.putObject(status);
      String description = response.path("description").asText("");
      response.put(
          "description", description.isEmpty() ? code.code() : description + ", " + code.code());
      if (!response.has("content")) {
        response.putObject("content").putObject("application/json").set("schema", ref("Error"));
      }
    }
    return op;
  }

  /** {@code user.create} → {@code userCreate}; the two KMIP routes differ by their path. */
  static String operationId(Route route) {
    StringBuilder out = new StringBuilder();
    boolean upper = false;
    for (char c : route.action().toCharArray()) {
      if (c == '.' || c == '-') {
        upper = true;
      } else {
        out.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    if (route.path().contains("{version}")) {
      out.append("WithVersion");
    }
    return out.toString();
  }

  private static String tag(Route route) {
    String path = route.path();
    if (path.startsWith("/kmip")) {
      return "kmip";
    }
    if (!path.startsWith("/api/v1/")) {
      return "node";
    }
    String rest = path.substring("/api/v1/".length());
    int slash = rest.indexOf('/');
    String first = slash < 0 ? rest : rest.substring(0, slash);
    switch (first) {
      case "login":
      case "logout":
      case "me":
        return "session";
      case "status":
      case "openapi.json":
        return "node";
      default:
        return first;
    }
  }

  private static ObjectNode ref(String schema) {
    ObjectNode out = Json.object();
    out.put("$ref", "#/components/schemas/" + schema);
    return out;
  }

  private static JsonNode schemas() {
    try (InputStream in = OpenApi.class.getResourceAsStream(SCHEMAS)) {
      if (in == null) {
        throw new IllegalStateException("resource " + SCHEMAS + " is missing");
      }
      return Json.MAPPER.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + SCHEMAS, e);
    }
  }
}
