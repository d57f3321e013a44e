package dev.arca.core.crypto;

/** Module instances for tests in other packages of the core. */
public final class TestModules {

  private TestModules() {}

  /**
   * A module instance, apart from the shared one, whose power-up self-test {@code test} was forced
   * to fail: it is in its error state from the start.
   */
  public static CryptoModule failed(String test) {
    return CryptoModule.start(test);
  }
}
