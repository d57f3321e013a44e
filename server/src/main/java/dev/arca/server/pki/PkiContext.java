package dev.arca.server.pki;

import dev.arca.core.crypto.CryptoException;
import dev.arca.core.crypto.CryptoModule;
import dev.arca.core.crypto.CryptoService;
import java.security.Provider;
import java.security.SecureRandom;
import java.security.Security;
import java.time.Clock;
import java.util.Objects;

/**
 * What every PKI operation runs on: the crypto boundary (key generation, hashing), the BC-FIPS
 * provider that bcpkix signs and verifies with, the module's DRBG and the clock.
 */
record PkiContext(CryptoService crypto, Provider provider, Clock clock) {

  /** The provider name BC-FIPS registers. */
  static final String PROVIDER_NAME = "BCFIPS";

  PkiContext {
    Objects.requireNonNull(crypto, "crypto");
    Objects.requireNonNull(provider, "provider");
    Objects.requireNonNull(clock, "clock");
  }

  /** A context over the crypto service's module; the module registers BC-FIPS when it starts. */
  static PkiContext of(CryptoService crypto, Clock clock) throws PkiException {
    CryptoModule module = crypto.module();
    try {
      module.checkOperational();
    } catch (CryptoException e) {
      throw new PkiException(e.getMessage(), e);
    }
    Provider provider = Security.getProvider(PROVIDER_NAME);
    if (provider == null) {
      throw new PkiException("the BC-FIPS provider is not registered");
    }
    return new PkiContext(crypto, provider, clock);
  }

  /** The module's approved DRBG: serial numbers, salts, signature nonces. */
  SecureRandom random() {
    return crypto.module().secureRandom();
  }
}
