package io.lawcheck.core.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One proposed or decided penalty. {@code amountYuan} is the fine, the unlawful gains or the property's value,
 * in yuan; {@code null} where the file does not give it (never zero for "unknown").
 */
public record Penalty(PenaltyKind kind, BigDecimal amountYuan) {
    public Penalty {
        Objects.requireNonNull(kind, "kind");
        if (amountYuan != null && amountYuan.signum() < 0) {
            throw new IllegalArgumentException("amountYuan must not be negative");
        }
    }

    public static Penalty of(PenaltyKind kind) {
        return new Penalty(kind, null);
    }

    public static Penalty of(PenaltyKind kind, String amountYuan) {
        return new Penalty(kind, new BigDecimal(amountYuan));
    }
}
