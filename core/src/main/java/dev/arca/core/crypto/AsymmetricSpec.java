package dev.arca.core.crypto;

/** The shape of an asymmetric key: RSA with a modulus size, or EC on a named curve. */
public sealed interface AsymmetricSpec {

  /** Key size in bits: the RSA modulus length or the curve's field size. */
  int sizeBits();

  /** Row name of this key shape in {@link Algorithms}. */
  String policyName();

  /** An RSA key with a modulus of {@code bits} bits. */
  static AsymmetricSpec rsa(int bits) {
    return new Rsa(bits);
  }

  /** An EC key on {@code curve}. */
  static AsymmetricSpec ec(EcCurve curve) {
    return new Ec(curve);
  }

  /**
   * RSA key shape.
   *
   * @param bits modulus length in bits
   */
  record Rsa(int bits) implements AsymmetricSpec {
    /** Validates the size is plausible; supported sizes are in {@link Algorithms}. */
    public Rsa {
      if (bits < 512 || bits > 16384) {
        throw new IllegalArgumentException("RSA modulus size out of range: " + bits);
      }
    }

    @Override
    public int sizeBits() {
      return bits;
    }

    @Override
    public String policyName() {
      return "RSA";
    }

    @Override
    public String toString() {
      return "RSA-" + bits;
    }
  }

  /**
   * EC key shape.
   *
   * @param curve the named curve
   */
  record Ec(EcCurve curve) implements AsymmetricSpec {
    /** Requires a curve. */
    public Ec {
      if (curve == null) {
        throw new IllegalArgumentException("EC key needs a curve");
      }
    }

    @Override
    public int sizeBits() {
      return curve.fieldBits();
    }

    @Override
    public String policyName() {
      return curve.policyName();
    }

    @Override
    public String toString() {
      return "EC " + curve.displayName();
    }
  }
}
