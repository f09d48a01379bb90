package io.lawcheck.service.web.dto;

import io.lawcheck.core.warning.BatchStatistics;

import java.time.LocalDate;
import java.util.List;

/**
 * Statistics over a batch (Tianjin measures Art 23): counts by rule and status, by agency system, by warning level and
 * by month, plus the first bad lines (at most 100) so the sender can fix them.
 */
public record StatisticsResponse(LocalDate asOf, String catalogVersion, BatchStatistics.Summary statistics,
                                 List<BatchLine> invalidLines) {
}
