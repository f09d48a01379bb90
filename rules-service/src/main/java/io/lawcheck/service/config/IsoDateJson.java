package io.lawcheck.service.config;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.core.util.JacksonFeatureSet;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeFeature;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;

import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * Reads the usual {@code yyyy-MM-dd} date without {@link java.time.format.DateTimeFormatter}: its parse (a map of
 * fields, then resolving) was a tenth of reading a batch line (docs/performance.md). Anything else, including a
 * well-shaped but impossible date such as 2023-02-29, goes to jackson-datatype-jsr310's own deserializer, so what is
 * accepted and every error stay exactly as before ({@code IsoDateJsonTest}).
 */
public final class IsoDateJson {
    private IsoDateJson() {
    }

    public static SimpleModule module() {
        return new SimpleModule("lawcheck-iso-dates").addDeserializer(LocalDate.class, new Deserializer());
    }

    static final class Deserializer extends LocalDateDeserializer {
        Deserializer() {
            super(); // ISO_LOCAL_DATE, as the JavaTimeModule registers it
        }

        private Deserializer(LocalDateDeserializer base, Boolean leniency) {
            super(base, leniency);
        }

        private Deserializer(LocalDateDeserializer base, JsonFormat.Shape shape) {
            super(base, shape);
        }

        private Deserializer(LocalDateDeserializer base, JacksonFeatureSet<JavaTimeFeature> features) {
            super(base, features);
        }

        private Deserializer(LocalDateDeserializer base, DateTimeFormatter format) {
            super(base, format);
        }

        // Contextualising (the mapper's default leniency, a property's @JsonFormat) keeps the shortcut only while
        // the format is ISO yyyy-MM-dd; leniency and shape change only how numbers and longer strings are read.
        @Override
        protected LocalDateDeserializer withLeniency(Boolean leniency) {
            return new Deserializer(this, leniency);
        }

        @Override
        protected LocalDateDeserializer withShape(JsonFormat.Shape shape) {
            return new Deserializer(this, shape);
        }

        @Override
        public LocalDateDeserializer withFeatures(JacksonFeatureSet<JavaTimeFeature> features) {
            return new Deserializer(this, features);
        }

        @Override
        protected LocalDateDeserializer withDateFormat(DateTimeFormatter format) {
            return format == DateTimeFormatter.ISO_LOCAL_DATE ? new Deserializer(this, format)
                    : new LocalDateDeserializer(this, format);
        }

        @Override
        public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.hasToken(JsonToken.VALUE_STRING) && p.getTextLength() == 10) {
                LocalDate date = isoDate(p.getTextCharacters(), p.getTextOffset());
                if (date != null) {
                    return date;
                }
            }
            return super.deserialize(p, ctxt);
        }
    }

    /**
     * {@code text} as yyyy-MM-dd, or null if it is not a valid date of exactly that shape (the caller then parses it
     * as before, for the same value or error): query parameters such as {@code asOf} are read this way too.
     */
    public static LocalDate isoDate(String text) {
        return text.length() == 10 ? isoDate(text.toCharArray(), 0) : null;
    }

    /** {@code c[at .. at + 9]} as yyyy-MM-dd, or null if it is not a valid date of that shape. */
    static LocalDate isoDate(char[] c, int at) {
        if (c[at + 4] != '-' || c[at + 7] != '-') {
            return null;
        }
        int year = digits(c, at, 4);
        int month = digits(c, at + 5, 2);
        int day = digits(c, at + 8, 2);
        if (year < 0 || month < 0 || day < 0) {
            return null;
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null; // e.g. 2023-02-29: the formatter's path gives the error as it always did
        }
    }

    private static int digits(char[] c, int at, int n) {
        int v = 0;
        for (int i = at; i < at + n; i++) {
            char d = c[i];
            if (d < '0' || d > '9') {
                return -1;
            }
            v = v * 10 + (d - '0');
        }
        return v;
    }
}
