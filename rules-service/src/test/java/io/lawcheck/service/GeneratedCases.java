package io.lawcheck.service;

import java.time.LocalDate;
import java.util.Random;

/**
 * Deterministic NDJSON cases for batch tests: Tianjin (and some Wuhan) penalty cases of 2017-2021 with platform
 * receipt dates, a fixed seed, and exactly one malformed line in a hundred (lines 13, 113, 213, ...), of five kinds.
 */
final class GeneratedCases {
    private static final String[] SYSTEMS = {"MARKET_REGULATION", "PUBLIC_SECURITY", "ECOLOGY_ENVIRONMENT",
            "TAXATION", "TRANSPORT", "URBAN_MANAGEMENT"};
    private static final String[] DIVISIONS = {"120101", "120104", "120116", "120000", "420102"};
    private static final String[] LEVELS = {"DISTRICT", "DISTRICT", "DISTRICT", "CITY", "DISTRICT"};
    private static final LocalDate FIRST = LocalDate.of(2017, 1, 2);

    /** The field each kind of malformed line gets named for (null: truncated JSON, named where it breaks off). */
    static final String[] MALFORMED_FIELD = {null, "agencySystem", "steps.FILING.date", "decidedPenalties[0].amountYuan",
            "actKind"};

    private final Random random;

    GeneratedCases(long seed) {
        this.random = new Random(seed);
    }

    static boolean malformed(int line) {
        return line % 100 == 13;
    }

    static int malformedKind(int line) {
        return (line / 100) % MALFORMED_FIELD.length;
    }

    static String caseId(int line) {
        return String.format("GEN-%06d", line);
    }

    /** Line {@code line} (1-based) of the batch. */
    String line(int line) {
        String good = good(line);
        if (!malformed(line)) {
            return good;
        }
        return switch (malformedKind(line)) {
            case 0 -> good.substring(0, good.length() / 2);
            case 1 -> good.replaceFirst("\"agencySystem\":\"[A-Z_]+\"", "\"agencySystem\":\"POLICE\"");
            case 2 -> good.replaceFirst("\"FILING\":\\{\"date\":\"\\d{4}-\\d{2}-\\d{2}\"",
                    "\"FILING\":{\"date\":\"2019-13-01\"");
            case 3 -> good.replaceFirst("\"amountYuan\":\\d+", "\"amountYuan\":-5");
            default -> good.replace("\"actKind\":\"PENALTY\",", "");
        };
    }

    private String good(int line) {
        int d = random.nextInt(DIVISIONS.length);
        LocalDate filed = FIRST.plusDays(random.nextInt(1_700));
        LocalDate notice = filed.plusDays(5 + random.nextInt(30));
        LocalDate decided = notice.plusDays(3 + random.nextInt(20));
        LocalDate served = decided.plusDays(random.nextInt(12));
        return "{\"caseId\":\"" + caseId(line) + "\",\"actKind\":\"PENALTY\",\"agencySystem\":\""
                + SYSTEMS[random.nextInt(SYSTEMS.length)] + "\",\"jurisdiction\":\"" + DIVISIONS[d]
                + "\",\"agencyLevel\":\"" + LEVELS[d] + "\",\"party\":{\"kind\":\""
                + (random.nextBoolean() ? "INDIVIDUAL" : "ORGANISATION") + "\"},\"procedure\":\"GENERAL\","
                + "\"decidedPenalties\":[{\"kind\":\"FINE\",\"amountYuan\":" + (50 * (1 + random.nextInt(2_000)))
                + "}],\"steps\":{\"FILING\":{\"date\":\"" + filed + "\",\"platformReceived\":\""
                + filed.plusDays(random.nextInt(3)) + "\"},\"STATEMENT_NOTICE_SERVED\":{\"date\":\"" + notice
                + "\"},\"HEARING_RIGHT_NOTIFIED\":{\"date\":\"" + notice + "\"},\"DECISION\":{\"date\":\"" + decided
                + "\",\"platformReceived\":\"" + decided.plusDays(random.nextInt(4)) + "\"},\"SERVICE\":{\"date\":\""
                + served + "\"}},\"officers\":[{\"ref\":\"O-1\",\"role\":\"ENFORCEMENT_OFFICER\",\"certified\":true},"
                + "{\"ref\":\"O-2\",\"role\":\"ENFORCEMENT_OFFICER\",\"certified\":" + (random.nextInt(20) > 0)
                + "}],\"judgements\":{\"majorPublicInterest\":false,\"majorRightsAffected\":false,"
                + "\"complexMultipleRelations\":false,\"reviewRequiredByOtherLaw\":false}}";
    }
}
