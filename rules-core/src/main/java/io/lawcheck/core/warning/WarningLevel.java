package io.lawcheck.core.warning;

import io.lawcheck.core.catalog.LocalizedText;

/** Tiered warnings of a supervision platform (Tianjin 2015 measures Arts 26-27). Ordered: a later level is higher. */
public enum WarningLevel {
    NONE(new LocalizedText("无预警", "no warning")),
    /** 一级预警: handled by the deciding agency's own legal office. */
    LEVEL_1(new LocalizedText("一级预警", "level-1 warning")),
    /** 二级预警: handled by the city or district government's legal office. */
    LEVEL_2(new LocalizedText("二级预警", "level-2 warning")),
    /** 三级预警: a district legal office left level 2 unhandled; handled by the city legal office. */
    LEVEL_3(new LocalizedText("三级预警", "level-3 warning"));

    private final LocalizedText label;

    WarningLevel(LocalizedText label) {
        this.label = label;
    }

    public LocalizedText label() {
        return label;
    }

    public boolean isAtLeast(WarningLevel other) {
        return compareTo(other) >= 0;
    }
}
