/**
 * 025: a trip's budget, optional: an amount in minor units of its currency (the two set together
 * or not at all). The trip page weighs the trip's receipts in that currency against it; receipts
 * in other currencies are shown beside it, never converted.
 */
export const sql = `
ALTER TABLE trips ADD COLUMN budget_minor INTEGER CHECK (budget_minor IS NULL OR (budget_minor > 0 AND budget_minor <= 10000000000000));
ALTER TABLE trips ADD COLUMN budget_currency TEXT CHECK ((budget_currency IS NULL) = (budget_minor IS NULL) AND (budget_currency IS NULL OR length(budget_currency) = 3));
`;
