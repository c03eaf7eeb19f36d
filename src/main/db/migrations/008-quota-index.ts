/** 008: the quota count (dashboard, spend profile) reads quota bag lines through this index. */
export const sql = `
CREATE INDEX purchase_items_by_quota ON purchase_items (category, quota, purchase_id);
`;
