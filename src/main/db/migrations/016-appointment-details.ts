/**
 * 016: what the answer said. A lottery request names a preferred boutique (or none); the
 * appointment it wins is at one boutique, which may differ, so it gets its own column
 * (`appointment_boutique_id`, RESTRICT like every link to a boutique). And how the answer came:
 * e-mail or SMS for the lottery (later reports say SMS), by phone or in person for other routes.
 * Both NULL for the attempts recorded before, which keep everything they had.
 */
export const sql = `
ALTER TABLE appointment_attempts ADD COLUMN appointment_boutique_id INTEGER REFERENCES boutiques (id) ON DELETE RESTRICT;
ALTER TABLE appointment_attempts ADD COLUMN result_channel TEXT CHECK (result_channel IN ('email', 'sms', 'phone', 'in_person'));
CREATE INDEX appointment_attempts_by_appointment_boutique ON appointment_attempts (appointment_boutique_id) WHERE appointment_boutique_id IS NOT NULL;
`;
