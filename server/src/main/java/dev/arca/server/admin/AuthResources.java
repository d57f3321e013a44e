package dev.arca.server.admin;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.arca.core.admin.Administrator;
import java.util.Arrays;

/** Login, logout and who one is: {@code /api/v1/login}, {@code /logout}, {@code /me}. */
final class AuthResources {

  /** The body of a login. */
  record Login(String username, char[] password) {}

  private final AdminServer server;

  AuthResources(AdminServer server) {
    this.server = server;
  }

  void register(RouteTable t) {
    t.post("/api/v1/login", "login")
        .access(Route.Access.PUBLIC)
        .summary("Log in with a name and a password; returns a bearer token")
        .request("LoginRequest")
        .response("Session")
        .errors(ErrorCode.AUTHENTICATION_FAILED, ErrorCode.UNAVAILABLE)
        .handle(this::login);
    t.post("/api/v1/logout", "logout")
        .summary("End the session of the bearer token")
        .status(204)
        .handle(this::logout);
    t.get("/api/v1/me", "session.show")
        .summary("The administrator of the session and its permission areas")
        .response("Administrator")
        .handle(this::me);
  }

  private void login(Call call) throws ApiException {
    Login body = call.json(Login.class, server.settings().maxJsonBytes());
    try {
      if (body.username() == null || body.username().isEmpty()) {
        throw new ApiException(ErrorCode.MISSING_FIELD, "field 'username' is required");
      }
      if (body.password() == null) {
        throw new ApiException(ErrorCode.MISSING_FIELD, "field 'password' is required");
      }
      call.touched(body.username());
      Sessions.Opened opened =
          server.authentication().login(call, body.username(), body.password());
      ObjectNode out = Json.object();
      out.put("token", opened.token());
      out.put("tokenType", "Bearer");
      out.put("expiresAt", opened.session().expires().toString());
      out.put("idleTimeoutSeconds", server.sessions().idleTimeout().getSeconds());
      out.put("administrator", opened.session().administrator());
      call.ok(out);
    } finally {
      if (body.password() != null) {
        Arrays.fill(body.password(), '\0');
      }
    }
  }

  private void logout(Call call) throws ApiException {
    server.authentication().logout(call);
    call.noContent();
  }

  private void me(Call call) throws ApiException {
    Administrator admin =
        server
            .backend()
            .admins()
            .get(call.actor())
            .orElseThrow(() -> new ApiException(ErrorCode.AUTHENTICATION_REQUIRED, "log in again"));
    ObjectNode out = AdministratorResources.view(admin, server.backend().clock().instant());
    call.session().ifPresent(s -> out.put("sessionExpiresAt", s.expires().toString()));
    call.ok(out);
  }
}
