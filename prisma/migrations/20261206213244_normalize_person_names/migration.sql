-- People's names as lib/members/person-name.ts normalizes them (keep the two in step; the test
-- tests/integration/person-names.test.ts runs this file against the same samples as the code):
-- NFKC, invisible characters removed, white space collapsed to one space and trimmed, and no space
-- next to an ideograph or a middle dot ("张　伟" → "张伟", "John  Smith" → "John Smith").
CREATE FUNCTION pg_temp.normalize_person_name(name text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT regexp_replace(
    btrim(regexp_replace(
      regexp_replace(normalize(name, NFKC), '[\u00ad\u180e\u200b-\u200f\u2060-\u2064\ufeff]', '', 'g'),
      '[\t\n\v\f\r \u0085\u1680\u2028\u2029]+', ' ', 'g')),
    '(?<=[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3005\u3007\u00b7\u30fb\U00020000-\U0003ffff]) | (?=[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3005\u3007\u00b7\u30fb\U00020000-\U0003ffff])',
    '', 'g')
$$;

-- letters already written name the member in their text: the same name, normalized
UPDATE "ThankYouLetter" AS l
SET body = replace(l.body, m.name, pg_temp.normalize_person_name(m.name))
FROM "Member" AS m
WHERE m.id = l."memberId"
  AND m.name <> pg_temp.normalize_person_name(m.name)
  AND pg_temp.normalize_person_name(m.name) <> '';

UPDATE "Member"
SET name = pg_temp.normalize_person_name(name)
WHERE name <> pg_temp.normalize_person_name(name)
  AND pg_temp.normalize_person_name(name) <> '';

UPDATE "User"
SET name = pg_temp.normalize_person_name(name)
WHERE name <> pg_temp.normalize_person_name(name)
  AND pg_temp.normalize_person_name(name) <> '';
