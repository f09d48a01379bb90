package io.lawcheck.service.web.dto;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.AssertTrue;

import java.time.LocalDate;

/**
 * A procedure step: {@code date} (ISO-8601) if it happened on a known day; {@code happened: false} if the file shows
 * it did not happen; {@code happened: true} without a date if it happened on an unknown day.
 * {@code platformReceived}: when the supervision platform received the step's record.
 */
public record StepDto(Boolean happened, LocalDate date, LocalDate platformReceived) {
    @JsonIgnore
    @AssertTrue(message = "a step with happened=false cannot have a date")
    public boolean isDateConsistent() {
        return !(Boolean.FALSE.equals(happened) && date != null);
    }

    @JsonIgnore
    @AssertTrue(message = "platformReceived cannot be before the step's date")
    public boolean isReceiptAfterStep() {
        return date == null || platformReceived == null || !platformReceived.isBefore(date);
    }
}
