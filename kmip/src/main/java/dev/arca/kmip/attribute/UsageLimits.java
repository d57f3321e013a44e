package dev.arca.kmip.attribute;

import dev.arca.kmip.Tag;
import dev.arca.kmip.bind.KmipField;
import dev.arca.kmip.bind.KmipStructure;
import dev.arca.kmip.enums.UsageLimitsUnit;
import java.util.Optional;

/**
 * KMIP 1.4 §3.21 Table 101, KMIP 2.1 §4.59 and §7.40 Table 392 Usage Limits.
 *
 * <p>The tables mark every field required, yet the profiles' vectors omit the Usage Limits Count
 * when a client sets the limit, which §3.21 allows for ("the server SHALL ignore the Usage Limits
 * Count value if the attribute is specified in an operation that creates a new object"); so the
 * count is optional here.
 */
@KmipStructure(Tag.USAGE_LIMITS)
public record UsageLimits(
    @KmipField(Tag.USAGE_LIMITS_TOTAL) long usageLimitsTotal,
    @KmipField(Tag.USAGE_LIMITS_COUNT) Optional<Long> usageLimitsCount,
    @KmipField(Tag.USAGE_LIMITS_UNIT) UsageLimitsUnit usageLimitsUnit) {}
