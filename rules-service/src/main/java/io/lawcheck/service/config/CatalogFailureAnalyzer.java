package io.lawcheck.service.config;

import io.lawcheck.catalog.load.CatalogException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Start-up refused because the catalog is broken: says which files and entries, not a bean-creation stack. */
public class CatalogFailureAnalyzer extends AbstractFailureAnalyzer<CatalogException> {
    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, CatalogException cause) {
        return new FailureAnalysis("The rule catalog was refused, so the service did not start. "
                + cause.getMessage(),
                "Fix the catalog entries named above (or point lawcheck.catalog.base-path at a valid catalog). "
                        + "The service never runs on a catalog that fails to load or to pass its checks.", cause);
    }
}
