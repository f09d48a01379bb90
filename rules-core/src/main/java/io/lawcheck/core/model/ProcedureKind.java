package io.lawcheck.core.model;

/** 一般程序 or 简易程序 (on-the-spot). */
public enum ProcedureKind {
    GENERAL, SUMMARY, UNKNOWN
}
