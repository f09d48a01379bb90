package io.lawcheck.core.model;

/** Administrative level of the deciding agency; the supervision platform escalates warnings by it. */
public enum AgencyLevel {
    PROVINCE, CITY, DISTRICT, TOWNSHIP, UNKNOWN
}
