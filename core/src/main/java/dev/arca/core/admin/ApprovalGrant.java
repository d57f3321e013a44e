package dev.arca.core.admin;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A time-limited credential: an administrator lends its approval right for some permission areas to
 * another administrator, for at most the configured number of minutes. While it lasts, the borrower
 * may approve requests of those areas in the lender's name (recorded as "lender via borrower"); it
 * lapses by itself at {@link #expires}.
 *
 * @param id the grant's identifier
 * @param lender whose approval right is lent
 * @param borrower who may use it
 * @param areas the areas it covers; never empty
 * @param created when it was made
 * @param expires when it lapses
 */
public record ApprovalGrant(
    String id,
    String lender,
    String borrower,
    Set<AdminPermission> areas,
    Instant created,
    Instant expires) {

  public ApprovalGrant {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(lender, "lender");
    Objects.requireNonNull(borrower, "borrower");
    if (areas.isEmpty()) {
      throw new IllegalArgumentException("a grant covers at least one area");
    }
    areas = Collections.unmodifiableSet(EnumSet.copyOf(areas));
    Objects.requireNonNull(created, "created");
    Objects.requireNonNull(expires, "expires");
  }

  /** Whether the grant is in force at {@code now} for {@code area}. */
  public boolean covers(AdminPermission area, Instant now) {
    return areas.contains(area) && now.isBefore(expires);
  }

  /** Whether it has lapsed at {@code now}. */
  public boolean lapsedAt(Instant now) {
    return !now.isBefore(expires);
  }
}
