/** 006: indexes for the calendar's reads of granted appointments and expected arrival ranges. */
export const sql = `
CREATE INDEX appointment_attempts_by_time ON appointment_attempts (appointment_at) WHERE appointment_at IS NOT NULL;
CREATE INDEX special_orders_by_expected ON special_orders (expected_from, expected_to);
`;
