package io.lawcheck.service.web;

/** The case passed validation but the core model refused it: a client error (400), not a server fault. */
public class InvalidCaseException extends RuntimeException {
    public InvalidCaseException(String message, Throwable cause) {
        super(message, cause);
    }
}
