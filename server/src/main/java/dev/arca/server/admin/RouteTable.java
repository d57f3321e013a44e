package dev.arca.server.admin;

import dev.arca.core.admin.AdminPermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The routes of the admin port, collected from the resources in the order they register them. */
final class RouteTable {

  private final List<Route> routes = new ArrayList<>();

  List<Route> routes() {
    return List.copyOf(routes);
  }

  Builder get(String path, String action) {
    return new Builder("GET", path, action);
  }

  Builder post(String path, String action) {
    return new Builder("POST", path, action);
  }

  Builder put(String path, String action) {
    return new Builder("PUT", path, action);
  }

  Builder patch(String path, String action) {
    return new Builder("PATCH", path, action);
  }

  Builder delete(String path, String action) {
    return new Builder("DELETE", path, action);
  }

  /** One route being described; {@link #handle} adds it to the table. */
  final class Builder {
    private final String method;
    private final String path;
    private final String action;
    private Route.Access access = Route.Access.ADMINISTRATOR;
    private Optional<AdminPermission> area = Optional.empty();
    private String summary = "";
    private int status = 200;
    private Optional<String> request = Optional.empty();
    private Optional<String> response = Optional.empty();
    private final List<Route.QueryParameter> query = new ArrayList<>();
    private final List<ErrorCode> errors = new ArrayList<>();

    private Builder(String method, String path, String action) {
      this.method = method;
      this.path = path;
      this.action = action;
    }

    Builder access(Route.Access value) {
      this.access = value;
      return this;
    }

    Builder area(AdminPermission value) {
      this.area = Optional.of(value);
      return this;
    }

    Builder summary(String value) {
      this.summary = value;
      return this;
    }

    Builder status(int value) {
      this.status = value;
      return this;
    }

    Builder request(String schema) {
      this.request = Optional.of(schema);
      return this;
    }

    Builder response(String schema) {
      this.response = Optional.of(schema);
      return this;
    }

    Builder query(String name, String type, String description) {
      query.add(new Route.QueryParameter(name, type, description));
      return this;
    }

    Builder errors(ErrorCode... codes) {
      errors.addAll(List.of(codes));
      return this;
    }

    void handle(Route.Handler handler) {
      for (Route r : routes) {
        if (r.method().equals(method) && r.path().equals(path)) {
          throw new IllegalStateException("two routes for " + method + " " + path);
        }
      }
      routes.add(
          new Route(
              method, path, access, area, action, summary, status, request, response, query, errors,
              handler));
    }
  }
}
