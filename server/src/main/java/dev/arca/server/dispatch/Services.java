package dev.arca.server.dispatch;

import dev.arca.core.crypto.CryptoService;
import dev.arca.core.key.KeyService;
import java.util.Objects;

/** The services operation handlers work with. */
public record Services(KeyService keys, CryptoService crypto, ServerInfo server) {
  public Services {
    Objects.requireNonNull(keys, "keys");
    Objects.requireNonNull(crypto, "crypto");
    Objects.requireNonNull(server, "server");
  }
}
