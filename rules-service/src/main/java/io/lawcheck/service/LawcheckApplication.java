package io.lawcheck.service;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The checker as a REST service: POST /api/v1/checks, GET /api/v1/rules, /actuator/health, /v3/api-docs. */
@SpringBootApplication
public class LawcheckApplication {
    public static void main(String[] args) {
        SpringApplication.run(LawcheckApplication.class, args);
    }
}
