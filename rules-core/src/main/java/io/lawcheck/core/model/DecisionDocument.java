package io.lawcheck.core.model;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the penalty decision document (行政处罚决定书) contains, item by item (行政处罚法 2021 Art 59; 1996 Art 39).
 * Each item is three-valued: YES it is there, NO it is missing, UNKNOWN the file does not say.
 */
public record DecisionDocument(TriState partyNameAndAddress, TriState factsAndEvidence, TriState penaltyAndBasis,
                               TriState performanceMannerAndDeadline, TriState remedyRouteAndDeadline,
                               TriState agencyNameAndDate, TriState agencySeal) {
    public static final DecisionDocument UNKNOWN = new DecisionDocument(null, null, null, null, null, null, null);

    public DecisionDocument {
        partyNameAndAddress = TriState.orUnknown(partyNameAndAddress);
        factsAndEvidence = TriState.orUnknown(factsAndEvidence);
        penaltyAndBasis = TriState.orUnknown(penaltyAndBasis);
        performanceMannerAndDeadline = TriState.orUnknown(performanceMannerAndDeadline);
        remedyRouteAndDeadline = TriState.orUnknown(remedyRouteAndDeadline);
        agencyNameAndDate = TriState.orUnknown(agencyNameAndDate);
        agencySeal = TriState.orUnknown(agencySeal);
    }

    /** The items by name, in the order of the article. */
    public Map<String, TriState> items() {
        Map<String, TriState> m = new LinkedHashMap<>();
        m.put("partyNameAndAddress", partyNameAndAddress);
        m.put("factsAndEvidence", factsAndEvidence);
        m.put("penaltyAndBasis", penaltyAndBasis);
        m.put("performanceMannerAndDeadline", performanceMannerAndDeadline);
        m.put("remedyRouteAndDeadline", remedyRouteAndDeadline);
        m.put("agencyNameAndDate", agencyNameAndDate);
        m.put("agencySeal", agencySeal);
        return m;
    }
}
