package io.lawcheck.core.calendar;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Reads the official holiday calendar in the {@code cn-holidays.json} format: {@code years.<yyyy>.holidays} and
 * {@code years.<yyyy>.workdays}, each a list of ISO dates. The years must be contiguous. The calendar's version is
 * its year range plus the first 12 hex digits of the SHA-256 of the file, so a decision record names the exact data.
 */
public final class CalendarData {
    private CalendarData() {
    }

    public static WorkingCalendar read(InputStream in) {
        try {
            byte[] bytes = in.readAllBytes();
            JsonNode years = new ObjectMapper().readTree(bytes).path("years");
            if (!years.isObject() || years.isEmpty()) {
                throw new IllegalArgumentException("calendar data has no 'years' object");
            }
            List<LocalDate> holidays = new ArrayList<>();
            List<LocalDate> workdays = new ArrayList<>();
            int first = Integer.MAX_VALUE;
            int last = Integer.MIN_VALUE;
            int count = 0;
            for (Iterator<Map.Entry<String, JsonNode>> it = years.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> year = it.next();
                int y = Integer.parseInt(year.getKey());
                first = Math.min(first, y);
                last = Math.max(last, y);
                count++;
                year.getValue().path("holidays").forEach(n -> holidays.add(LocalDate.parse(n.asText())));
                year.getValue().path("workdays").forEach(n -> workdays.add(LocalDate.parse(n.asText())));
            }
            if (last - first + 1 != count) {
                throw new IllegalArgumentException("calendar years are not contiguous: " + first + ".." + last);
            }
            String version = first + "-" + last + "+" + sha256(bytes).substring(0, 12);
            return new WorkingCalendar(first, last, holidays, workdays, version);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read calendar data", e);
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static WorkingCalendar read(String json) {
        return read(new java.io.ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }
}
