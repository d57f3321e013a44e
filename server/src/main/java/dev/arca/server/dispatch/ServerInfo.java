package dev.arca.server.dispatch;

import java.util.Objects;

/**
 * What the server says about itself in a Query response.
 *
 * @param vendor the Vendor Identification
 * @param version the product version
 * @param node this node's name
 */
public record ServerInfo(String vendor, String version, String node) {
  public ServerInfo {
    Objects.requireNonNull(vendor, "vendor");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(node, "node");
  }
}
