package io.lawcheck.core.model;

/**
 * Details of serving the decision (its date is the {@link StepKind#SERVICE} step).
 *
 * @param partyPresent       whether the party was present when the decision was announced (Art 61(1))
 * @param electronicConsent  for electronic service: the party agreed and signed a confirmation (Art 61(2))
 */
public record ServiceDetails(ServiceMethod method, TriState partyPresent, TriState electronicConsent) {
    public static final ServiceDetails UNKNOWN = new ServiceDetails(ServiceMethod.UNKNOWN, TriState.UNKNOWN,
            TriState.UNKNOWN);

    public ServiceDetails {
        method = method == null ? ServiceMethod.UNKNOWN : method;
        partyPresent = partyPresent == null ? TriState.UNKNOWN : partyPresent;
        electronicConsent = electronicConsent == null ? TriState.UNKNOWN : electronicConsent;
    }
}
