package io.lawcheck.service.web.dto;

import io.lawcheck.core.model.PenaltyKind;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;

import java.math.BigDecimal;

/** A penalty: its kind and, for money, the amount in yuan (a JSON number or string, at most 2 decimals). */
public record PenaltyDto(@NotNull PenaltyKind kind,
                         @DecimalMin(value = "0", message = "must not be negative")
                         @Digits(integer = 13, fraction = 2) BigDecimal amountYuan) {
}
