package io.lawcheck.core.model;

/** Age of an individual party at the time of the act (行政处罚法 Art 30): the only age data the checker needs. */
public enum AgeBand {
    UNDER_14, FROM_14_TO_17, ADULT, UNKNOWN
}
