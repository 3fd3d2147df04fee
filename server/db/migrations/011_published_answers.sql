-- Published answers (issue 17 point 3): a question and its answer, the person's details removed, published as
-- content of a third collection through the same review steps, versions and audit as catalogue items and guides.
ALTER TABLE content_items DROP CONSTRAINT content_items_collection_check;
ALTER TABLE content_items ADD CONSTRAINT content_items_collection_check CHECK (collection IN ('disclosure', 'guides', 'answers'));

-- The question an answer was drafted from: its publish is refused while the person's own name or contact, kept
-- only on the question, is still found in the text. Never shown to the public.
ALTER TABLE content_items ADD COLUMN question_id integer REFERENCES questions (id);
ALTER TABLE content_items ADD CHECK (question_id IS NULL OR collection = 'answers');
