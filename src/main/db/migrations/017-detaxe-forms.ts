/**
 * 017: détaxe forms. The official rule (service-public.fr F20558) puts the purchases of up to 3
 * consecutive days in the stores of one retailer in one town on one form, so a form is its own
 * record: where it stands (issued, validated at customs, refunded, refused), the days of each
 * step, the refund actually received (after the operator's fee) and the form's reference. A
 * receipt is on at most one form (`purchases.detaxe_form_id`); deleting a form leaves its
 * receipts.
 *
 * A form is optional: a receipt on none keeps its own status and refund, as before (so every
 * receipt recorded before keeps what it had, untouched).
 */
export const sql = `
CREATE TABLE detaxe_forms (
  id INTEGER PRIMARY KEY,
  status TEXT NOT NULL CHECK (status IN ('issued', 'validated', 'refunded', 'refused')),
  issued_on TEXT,
  validated_on TEXT,
  refunded_on TEXT,
  refund_minor INTEGER CHECK (refund_minor IS NULL OR refund_minor >= 0),
  reference TEXT,
  notes TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
ALTER TABLE purchases ADD COLUMN detaxe_form_id INTEGER REFERENCES detaxe_forms (id) ON DELETE SET NULL;
CREATE INDEX purchases_by_detaxe_form ON purchases (detaxe_form_id) WHERE detaxe_form_id IS NOT NULL;

`;
