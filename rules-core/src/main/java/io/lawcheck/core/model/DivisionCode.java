package io.lawcheck.core.model;

import java.util.Objects;

/**
 * A GB/T 2260 administrative division code (six digits, e.g. {@code 120000} 天津市, {@code 120101} 和平区).
 * Scope matching uses the province / city / county prefixes.
 */
public record DivisionCode(String code) {
    /** The whole country: matches every division. */
    public static final DivisionCode NATIONAL = new DivisionCode("000000");

    public DivisionCode {
        Objects.requireNonNull(code, "code");
        if (!sixDigits(code)) {
            throw new IllegalArgumentException("division code must be six digits (GB/T 2260): " + code);
        }
    }

    /** {@code [0-9]{6}}, without a regex matcher per case (every request names its division). */
    private static boolean sixDigits(String code) {
        if (code.length() != 6) {
            return false;
        }
        for (int i = 0; i < 6; i++) {
            char c = code.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    public static DivisionCode of(String code) {
        return new DivisionCode(code);
    }

    public boolean isNational() {
        return code.equals("000000");
    }

    public String provinceCode() {
        return code.substring(0, 2) + "0000";
    }

    public String cityCode() {
        return code.substring(0, 4) + "00";
    }

    /** 1 = province, 2 = city, 3 = county/district; 0 for national. */
    public int depth() {
        if (isNational()) {
            return 0;
        }
        if (code.endsWith("0000")) {
            return 1;
        }
        return code.endsWith("00") ? 2 : 3;
    }

    /** Whether this (a scope) contains {@code other} (a case's jurisdiction). */
    public boolean contains(DivisionCode other) {
        return switch (depth()) {
            case 0 -> true;
            case 1 -> other.code.regionMatches(0, code, 0, 2);
            case 2 -> other.code.regionMatches(0, code, 0, 4);
            default -> other.code.equals(code);
        };
    }

    @Override
    public String toString() {
        return code;
    }
}
