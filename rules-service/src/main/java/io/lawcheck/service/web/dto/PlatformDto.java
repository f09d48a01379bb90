package io.lawcheck.service.web.dto;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * What the supervision platform knows beyond each step's {@code platformReceived}: whether steps without a receipt
 * date were not received ({@code receiptsComplete: true}, the platform attests it) and changes of the agency's basic
 * information with the dates they were applied for.
 */
public record PlatformDto(Boolean receiptsComplete,
                          @Size(max = 50) List<@Valid @NotNull BasicInfoChangeDto> basicInfoChanges) {
}
