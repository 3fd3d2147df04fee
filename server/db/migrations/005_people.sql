-- Applicants from Hong Kong, Macao, Taiwan and abroad (src/requests/rules/identity-documents.ts, phone.ts).

-- The identity documents they really hold, beside the resident ID, the passport and "other".
ALTER TABLE requests DROP CONSTRAINT requests_id_type_check;
ALTER TABLE requests ADD CONSTRAINT requests_id_type_check CHECK (id_type IN (
  'resident-id', 'hk-macao-travel-permit', 'taiwan-travel-permit', 'hk-macao-taiwan-residence-permit',
  'foreign-permanent-resident-id', 'passport', 'other'));

-- The phone number in E.164 with its extension as RFC 3966 writes it (+864536912345;ext=801), for staff to dial
-- and to find a person by; `phone` keeps it as the person typed it, which is how it is shown. Requests stored
-- before this migration were checked by the mainland-only rule and have none.
ALTER TABLE requests ADD COLUMN phone_e164 text;
