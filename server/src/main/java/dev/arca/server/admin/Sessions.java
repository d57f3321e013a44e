package dev.arca.server.admin;

import dev.arca.core.crypto.CryptoException;
import dev.arca.core.crypto.CryptoService;
import dev.arca.core.crypto.DigestAlgorithm;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The admin API's login sessions. A session is named by a bearer token of 256 random bits from the
 * module's DRBG, handed to the administrator once at login; the node keeps only its SHA-256, so
 * that a memory dump of the node holds no usable token. A token stops working after the idle
 * timeout, after the absolute lifetime, at logout, and when the administrator's password, areas or
 * enabling change or it is deleted. Sessions live in memory only: a restart ends them all.
 *
 * <p>Tokens travel only in the {@code Authorization: Bearer} header, never in a cookie, so no
 * browser sends one on its own and cross-site request forgery has nothing to ride on.
 */
final class Sessions {

  /** Random bytes in a token: 256 bits. */
  static final int TOKEN_BYTES = 32;

  /**
   * One session.
   *
   * @param id a short public name of the session for the audit trail (a prefix of its hash)
   * @param administrator whose session it is
   * @param certificate the SHA-256 of the client certificate it was opened with, when
   *     administrators must present one; every request of the session must present the same
   * @param created login time
   * @param expires created plus the lifetime
   */
  record Session(
      String id,
      String administrator,
      Optional<String> certificate,
      Instant created,
      Instant expires) {}

  /** A session just opened, with its token: shown to the client once. */
  record Opened(Session session, String token) {
    @Override
    public String toString() {
      return "Opened[" + session + "]";
    }
  }

  private static final class Entry {
    final Session session;
    volatile Instant lastUsed;

    Entry(Session session, Instant lastUsed) {
      this.session = session;
      this.lastUsed = lastUsed;
    }
  }

  private final Map<String, Entry> byHash = new ConcurrentHashMap<>();
  private final CryptoService crypto;
  private final Clock clock;
  private final Duration idleTimeout;
  private final Duration lifetime;
  private final int maxSessions;

  Sessions(CryptoService crypto, Clock clock, AdminApiSettings settings) {
    this.crypto = Objects.requireNonNull(crypto, "crypto");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.idleTimeout = settings.sessionIdleTimeout();
    this.lifetime = settings.sessionLifetime();
    this.maxSessions = settings.maxSessions();
  }

  Duration idleTimeout() {
    return idleTimeout;
  }

  /** Opens a session for a logged-in administrator. */
  Opened open(String administrator, Optional<String> certificate) throws CryptoException {
    Instant now = clock.instant();
    purge(now);
    byte[] random = crypto.randomBytes(TOKEN_BYTES);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    Arrays.fill(random, (byte) 0);
    String hash = hash(token);
    Session session =
        new Session(hash.substring(0, 12), administrator, certificate, now, now.plus(lifetime));
    byHash.put(hash, new Entry(session, now));
    return new Opened(session, token);
  }

  /**
   * The live session of {@code token}, marked as used now; empty for an unknown, idle or expired
   * token (which is forgotten).
   */
  Optional<Session> use(String token) {
    if (token.isEmpty() || token.length() > 128) {
      return Optional.empty();
    }
    String hash;
    try {
      hash = hash(token);
    } catch (CryptoException e) {
      return Optional.empty();
    }
    Entry entry = byHash.get(hash);
    if (entry == null) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    if (!alive(entry, now)) {
      byHash.remove(hash);
      return Optional.empty();
    }
    entry.lastUsed = now;
    return Optional.of(entry.session);
  }

  /** Ends the session of {@code token}. */
  void close(String token) {
    try {
      byHash.remove(hash(token));
    } catch (CryptoException e) {
      // Not a token this node issued.
    }
  }

  /** Ends every session of an administrator; returns how many. */
  int closeAll(String administrator) {
    int closed = 0;
    for (Iterator<Entry> it = byHash.values().iterator(); it.hasNext(); ) {
      if (it.next().session.administrator().equals(administrator)) {
        it.remove();
        closed++;
      }
    }
    return closed;
  }

  /** Sessions open now. */
  int count() {
    purge(clock.instant());
    return byHash.size();
  }

  private boolean alive(Entry entry, Instant now) {
    return now.isBefore(entry.session.expires()) && now.isBefore(entry.lastUsed.plus(idleTimeout));
  }

  /** Forgets dead sessions and, beyond the limit, the least recently used ones. */
  private void purge(Instant now) {
    byHash.values().removeIf(e -> !alive(e, now));
    while (byHash.size() >= maxSessions) {
      Map.Entry<String, Entry> oldest = null;
      for (Map.Entry<String, Entry> e : byHash.entrySet()) {
        if (oldest == null || e.getValue().lastUsed.isBefore(oldest.getValue().lastUsed)) {
          oldest = e;
        }
      }
      if (oldest == null) {
        return;
      }
      byHash.remove(oldest.getKey());
    }
  }

  private String hash(String token) throws CryptoException {
    return HexFormat.of()
        .formatHex(crypto.hash(DigestAlgorithm.SHA256, token.getBytes(StandardCharsets.US_ASCII)));
  }
}
