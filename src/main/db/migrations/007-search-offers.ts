/**
 * 007: offers in the search index (kind code 8 of the `record id * 16 + kind code` scheme of
 * migration 005, reserved there for offers).
 *
 * An offer's document: the title is what was offered (model and size), the body the boutique's
 * name, the SA's name, the leather, colour and hardware, why it was taken or declined, and its
 * notes. As in 005, triggers rebuild the document inside the statement that changed the offer,
 * or the name of the boutique or SA it names; every rebuild is "delete, then insert from the
 * source row". Existing offers are indexed at the end.
 *
 * Plain, fixed SQL: append-only like every migration.
 */
export const sql = `
CREATE TRIGGER search_offers_insert AFTER INSERT ON offers BEGIN
  DELETE FROM search_index WHERE rowid = new.id * 16 + 8;
  INSERT INTO search_index (rowid, title, body)
    SELECT r.id * 16 + 8, concat_ws(' ', r.model, r.size),
           concat_ws(' · ', (SELECT b.name FROM boutiques b WHERE b.id = r.boutique_id), (SELECT c.name FROM contacts c WHERE c.id = r.contact_id),
                     r.leather, r.colour, r.hardware, r.reason, r.notes)
      FROM offers r WHERE r.id = new.id;
END;

CREATE TRIGGER search_offers_update AFTER UPDATE OF model, size, boutique_id, contact_id, leather, colour, hardware, reason, notes ON offers
WHEN old.model IS NOT new.model OR old.size IS NOT new.size OR old.boutique_id IS NOT new.boutique_id OR old.contact_id IS NOT new.contact_id
  OR old.leather IS NOT new.leather OR old.colour IS NOT new.colour OR old.hardware IS NOT new.hardware OR old.reason IS NOT new.reason
  OR old.notes IS NOT new.notes
BEGIN
  DELETE FROM search_index WHERE rowid = new.id * 16 + 8;
  INSERT INTO search_index (rowid, title, body)
    SELECT r.id * 16 + 8, concat_ws(' ', r.model, r.size),
           concat_ws(' · ', (SELECT b.name FROM boutiques b WHERE b.id = r.boutique_id), (SELECT c.name FROM contacts c WHERE c.id = r.contact_id),
                     r.leather, r.colour, r.hardware, r.reason, r.notes)
      FROM offers r WHERE r.id = new.id;
END;

CREATE TRIGGER search_offers_delete AFTER DELETE ON offers BEGIN
  DELETE FROM search_index WHERE rowid = old.id * 16 + 8;
END;

-- A renamed boutique or SA: every offer naming it is found by the new name, not the old one.
CREATE TRIGGER search_boutiques_update_offers AFTER UPDATE OF name ON boutiques WHEN old.name IS NOT new.name BEGIN
  DELETE FROM search_index WHERE rowid IN (SELECT r.id * 16 + 8 FROM offers r WHERE r.boutique_id = new.id);
  INSERT INTO search_index (rowid, title, body)
    SELECT r.id * 16 + 8, concat_ws(' ', r.model, r.size),
           concat_ws(' · ', (SELECT b.name FROM boutiques b WHERE b.id = r.boutique_id), (SELECT c.name FROM contacts c WHERE c.id = r.contact_id),
                     r.leather, r.colour, r.hardware, r.reason, r.notes)
      FROM offers r WHERE r.boutique_id = new.id;
END;

CREATE TRIGGER search_contacts_update_offers AFTER UPDATE OF name ON contacts WHEN old.name IS NOT new.name BEGIN
  DELETE FROM search_index WHERE rowid IN (SELECT r.id * 16 + 8 FROM offers r WHERE r.contact_id = new.id);
  INSERT INTO search_index (rowid, title, body)
    SELECT r.id * 16 + 8, concat_ws(' ', r.model, r.size),
           concat_ws(' · ', (SELECT b.name FROM boutiques b WHERE b.id = r.boutique_id), (SELECT c.name FROM contacts c WHERE c.id = r.contact_id),
                     r.leather, r.colour, r.hardware, r.reason, r.notes)
      FROM offers r WHERE r.contact_id = new.id;
END;

-- Index the offers the journal already holds.
INSERT INTO search_index (rowid, title, body)
  SELECT r.id * 16 + 8, concat_ws(' ', r.model, r.size),
         concat_ws(' · ', (SELECT b.name FROM boutiques b WHERE b.id = r.boutique_id), (SELECT c.name FROM contacts c WHERE c.id = r.contact_id),
                   r.leather, r.colour, r.hardware, r.reason, r.notes)
    FROM offers r;
`;
