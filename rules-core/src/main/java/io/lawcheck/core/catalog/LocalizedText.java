package io.lawcheck.core.catalog;

import java.util.Locale;
import java.util.Objects;

/** A text in simplified Chinese (the default) and English. */
public record LocalizedText(String zh, String en) {
    public LocalizedText {
        Objects.requireNonNull(zh, "zh");
        en = en == null ? zh : en;
    }

    public String in(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? en : zh;
    }
}
