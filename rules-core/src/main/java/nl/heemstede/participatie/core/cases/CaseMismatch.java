package nl.heemstede.participatie.core.cases;

/**
 * One difference between what a case expects and the advice it got.
 *
 * @param field     what differs: a field of the advice, for roles with the party
 * @param expected  what the case expects, as codes (with their Dutch label where there is one)
 * @param actual    what the advice says
 * @param decidedBy the rows or rules that decided it in the advice ({@code —} if none); empty where not applicable
 */
public record CaseMismatch(String field, String expected, String actual, String decidedBy) {

    /** "decider: verwacht X, gekregen Y (beslist door rij wie-beslist-2)". */
    public String dutch() {
        return field + ": verwacht " + expected + ", gekregen " + actual
                + (decidedBy.isEmpty() ? "" : " (beslist door " + decidedBy + ")");
    }
}
