package io.lawcheck.core.warning;

import io.lawcheck.core.catalog.LocalizedText;
import io.lawcheck.core.model.AgencyLevel;

/** Who must handle a warning or supervise a major case (Tianjin 2015 measures Arts 6, 27, 28). */
public enum ResponsibleBody {
    /** 作出行政执法行为的行政执法机关的法制机构 */
    AGENCY_LEGAL_OFFICE(new LocalizedText("作出行政执法行为的行政执法机关的法制机构", "the deciding agency's legal office")),
    /** 区县政府法制机构 */
    DISTRICT_LEGAL_OFFICE(new LocalizedText("区县人民政府法制机构", "the district government's legal office")),
    /** 市政府法制机构 */
    CITY_LEGAL_OFFICE(new LocalizedText("市人民政府法制机构", "the city government's legal office")),
    /** The agency's level is not on file: the city or the district legal office, as the platform assigns it. */
    CITY_OR_DISTRICT_LEGAL_OFFICE(new LocalizedText("市或者区县人民政府法制机构（案卷未载明机关层级）",
            "the city or district legal office (the agency's level is not on file)"));

    private final LocalizedText label;

    ResponsibleBody(LocalizedText label) {
        this.label = label;
    }

    public LocalizedText label() {
        return label;
    }

    /** The government legal office at the agency's own level: the one that handles level 2 and supervises major cases. */
    public static ResponsibleBody governmentOfficeFor(AgencyLevel level) {
        return switch (level) {
            case DISTRICT, TOWNSHIP -> DISTRICT_LEGAL_OFFICE;
            case CITY, PROVINCE -> CITY_LEGAL_OFFICE;
            case UNKNOWN -> CITY_OR_DISTRICT_LEGAL_OFFICE;
        };
    }
}
