package io.lawcheck.catalog.load;

import java.util.List;

/** The catalog is broken: it names what is wrong (the rule, citation or parameter) so it can be fixed. */
public final class CatalogException extends RuntimeException {
    private final List<String> problems;

    public CatalogException(List<String> problems) {
        super("the rule catalog is invalid:\n  - " + String.join("\n  - ", problems));
        this.problems = List.copyOf(problems);
    }

    public CatalogException(String problem, Throwable cause) {
        super("the rule catalog is invalid: " + problem, cause);
        this.problems = List.of(problem);
    }

    public List<String> problems() {
        return problems;
    }
}
