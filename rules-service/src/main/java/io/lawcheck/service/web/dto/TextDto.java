package io.lawcheck.service.web.dto;

/** A text in simplified Chinese and English. */
public record TextDto(String zh, String en) {
}
