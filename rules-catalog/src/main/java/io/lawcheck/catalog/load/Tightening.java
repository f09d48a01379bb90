package io.lawcheck.catalog.load;

/**
 * Which way a narrower scope (agency system, province, city) may move a parameter the law gives as a range or a
 * limit: a narrower rule may only tighten what the wider one says.
 */
public enum Tightening {
    /** Lower is tighter: a deadline may only be shorter, a ceiling or a hearing threshold only lower. */
    LOWER,
    /** Higher is tighter: e.g. a minimum notice period may only be longer. */
    HIGHER,
    /** Values are not comparable (lists, texts): no check. */
    NONE
}
