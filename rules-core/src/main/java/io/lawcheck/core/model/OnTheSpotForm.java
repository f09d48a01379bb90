package io.lawcheck.core.model;

/**
 * What the pre-printed on-the-spot decision form (简易程序行政处罚决定书) states, item by item (行政处罚法 2021
 * Art 52(2); 1996 Art 34(2)). Each item is three-valued: YES there, NO missing, UNKNOWN the file does not say.
 *
 * @param violation           the party's violation (当事人的违法行为)
 * @param penaltyKind         the kind of penalty (行政处罚的种类; an item from 2021 only)
 * @param legalBasis          the legal basis of the penalty (依据)
 * @param fineAmount          the amount of the fine (only asked of a fine)
 * @param time                the time (时间)
 * @param place               the place (地点)
 * @param remedyRouteAndDeadline how and by when to seek 复议 or sue (an item from 2021 only)
 * @param agencyName          the agency's name
 * @param officerSignature    the officer's signature or seal
 */
public record OnTheSpotForm(TriState violation, TriState penaltyKind, TriState legalBasis, TriState fineAmount,
                            TriState time, TriState place, TriState remedyRouteAndDeadline, TriState agencyName,
                            TriState officerSignature) {
    public static final OnTheSpotForm UNKNOWN = new OnTheSpotForm(null, null, null, null, null, null, null, null,
            null);

    public OnTheSpotForm {
        violation = TriState.orUnknown(violation);
        penaltyKind = TriState.orUnknown(penaltyKind);
        legalBasis = TriState.orUnknown(legalBasis);
        fineAmount = TriState.orUnknown(fineAmount);
        time = TriState.orUnknown(time);
        place = TriState.orUnknown(place);
        remedyRouteAndDeadline = TriState.orUnknown(remedyRouteAndDeadline);
        agencyName = TriState.orUnknown(agencyName);
        officerSignature = TriState.orUnknown(officerSignature);
    }

    /**
     * Whether the form states every required item: NO if one is missing, UNKNOWN if one is not known, else YES.
     * Rule conditions call this per case, so it folds the fields without building an array.
     *
     * @param since2021 the 2021 items (penalty kind, remedy route and deadline) are required
     * @param fine      the penalty includes a fine, so its amount is required
     */
    public TriState complete(boolean since2021, boolean fine) {
        TriState r = fold(TriState.YES, violation);
        r = fold(r, legalBasis);
        r = fold(r, time);
        r = fold(r, place);
        r = fold(r, agencyName);
        r = fold(r, officerSignature);
        if (fine) {
            r = fold(r, fineAmount);
        }
        if (since2021) {
            r = fold(r, penaltyKind);
            r = fold(r, remedyRouteAndDeadline);
        }
        return r;
    }

    private static TriState fold(TriState acc, TriState item) {
        if (acc == TriState.NO || item == TriState.NO) {
            return TriState.NO;
        }
        return item == TriState.UNKNOWN ? TriState.UNKNOWN : acc;
    }
}
