package io.lawcheck.service.web;

import io.lawcheck.core.catalog.Catalog;
import io.lawcheck.service.web.dto.CatalogDto;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Lists the catalog's rules with their versions, effective dates and citations. */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
public class RuleController {
    private final CatalogDto catalog;

    public RuleController(Catalog catalog, ResultMapper mapper) {
        this.catalog = mapper.toDto(catalog); // immutable: built once
    }

    @Operation(summary = "The rule catalog")
    @GetMapping("/rules")
    public CatalogDto rules() {
        return catalog;
    }
}
