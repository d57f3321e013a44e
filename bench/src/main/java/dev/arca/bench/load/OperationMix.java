package dev.arca.bench.load;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The operations of a load and their weights, e.g. {@code get=70,encrypt=20,create=10}: of every
 * 100 steps a worker takes, 70 are Get, 20 Encrypt and 10 Create.
 *
 * <p>Workers do not draw at random: each walks the mix with smooth weighted round-robin, so every
 * window of {@link #totalWeight()} steps holds each operation exactly its weight's number of times,
 * spread as evenly as the weights allow (e.g. {@code get=2,encrypt=1} gives get, encrypt, get, get,
 * encrypt, get, …). A short run has the same mix as a long one.
 */
public final class OperationMix {

  private static final int MAX_WEIGHT = 1_000_000;

  private final Map<BenchOperation, Integer> weights;
  private final List<BenchOperation> order;
  private final int totalWeight;

  private OperationMix(Map<BenchOperation, Integer> weights) {
    if (weights.isEmpty()) {
      throw new IllegalArgumentException("the operation mix is empty");
    }
    EnumMap<BenchOperation, Integer> copy = new EnumMap<>(BenchOperation.class);
    int total = 0;
    for (Map.Entry<BenchOperation, Integer> e : weights.entrySet()) {
      int w = Objects.requireNonNull(e.getValue(), "weight");
      if (w < 1 || w > MAX_WEIGHT) {
        throw new IllegalArgumentException(
            "weight of " + e.getKey() + " must be between 1 and " + MAX_WEIGHT + ", was " + w);
      }
      copy.put(Objects.requireNonNull(e.getKey(), "operation"), w);
      total += w;
    }
    this.weights = Collections.unmodifiableMap(copy);
    this.order = List.copyOf(copy.keySet());
    this.totalWeight = total;
  }

  /** A mix of one operation. */
  public static OperationMix of(BenchOperation operation) {
    return new OperationMix(Map.of(operation, 1));
  }

  /** A mix with these weights (each 1 to 1,000,000). */
  public static OperationMix of(Map<BenchOperation, Integer> weights) {
    return new OperationMix(weights);
  }

  /**
   * Parses {@code op[=weight][,op[=weight]]…}; a weight left out is 1, and {@code :} may stand for
   * {@code =}. Operations: {@link BenchOperation#allIds()}.
   *
   * @throws IllegalArgumentException naming the part that is wrong
   */
  public static OperationMix parse(String text) {
    Map<BenchOperation, Integer> weights = new EnumMap<>(BenchOperation.class);
    for (String part : text.split(",")) {
      String p = part.strip();
      if (p.isEmpty()) {
        continue;
      }
      int sep = Math.max(p.indexOf('='), p.indexOf(':'));
      String name = sep < 0 ? p : p.substring(0, sep);
      BenchOperation op =
          BenchOperation.find(name)
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "unknown operation '"
                              + name.strip()
                              + "' in the mix; use "
                              + BenchOperation.allIds()));
      int weight = 1;
      if (sep >= 0) {
        String w = p.substring(sep + 1).strip();
        try {
          weight = Integer.parseInt(w);
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException(
              "weight '" + w + "' of " + op + " in the mix is not a whole number");
        }
      }
      if (weights.put(op, weight) != null) {
        throw new IllegalArgumentException(op + " appears twice in the mix");
      }
    }
    if (weights.isEmpty()) {
      throw new IllegalArgumentException(
          "the operation mix is empty; give e.g. get=80,encrypt=20 (operations: "
              + BenchOperation.allIds()
              + ")");
    }
    return new OperationMix(weights);
  }

  /** The operations with their weights, in declaration order. */
  public Map<BenchOperation, Integer> weights() {
    return weights;
  }

  public List<BenchOperation> operations() {
    return order;
  }

  public boolean contains(BenchOperation op) {
    return weights.containsKey(op);
  }

  public int totalWeight() {
    return totalWeight;
  }

  /** The share of steps that are {@code op}, 0 to 1. */
  public double share(BenchOperation op) {
    return weights.getOrDefault(op, 0) / (double) totalWeight;
  }

  /** A new walk through the mix, starting {@code offset} steps in (to spread workers apart). */
  Cursor cursor(int offset) {
    Cursor c = new Cursor();
    for (int i = 0; i < Math.floorMod(offset, totalWeight); i++) {
      c.next();
    }
    return c;
  }

  /** The canonical text form, e.g. {@code get=70,encrypt=30}; {@link #parse} reads it back. */
  @Override
  public String toString() {
    List<String> parts = new ArrayList<>();
    for (Map.Entry<BenchOperation, Integer> e : weights.entrySet()) {
      parts.add(e.getKey().id() + "=" + e.getValue());
    }
    return String.join(",", parts);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof OperationMix && ((OperationMix) o).weights.equals(weights);
  }

  @Override
  public int hashCode() {
    return weights.hashCode();
  }

  /** One worker's walk: smooth weighted round-robin. Not thread-safe. */
  final class Cursor {
    private final BenchOperation[] ops = order.toArray(new BenchOperation[0]);
    private final int[] weight = new int[ops.length];
    private final long[] current = new long[ops.length];

    private Cursor() {
      for (int i = 0; i < ops.length; i++) {
        weight[i] = weights.get(ops[i]);
      }
    }

    /** The next operation. */
    BenchOperation next() {
      int best = 0;
      for (int i = 0; i < ops.length; i++) {
        current[i] += weight[i];
        if (current[i] > current[best]) {
          best = i;
        }
      }
      current[best] -= totalWeight;
      return ops[best];
    }
  }
}
