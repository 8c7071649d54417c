-- Figures stamps (docs/decisions/089-dashboard-figures-cache.md): one row per community whose
-- version moves forward in the same transaction as any change to what the community's figures are
-- computed from. A dashboard keeps its computed figures while the stamp of its communities is
-- unchanged, so a repeated view costs one indexed read instead of the aggregates.
CREATE TABLE "FiguresStamp" (
    "orgId" UUID NOT NULL,
    "version" BIGINT NOT NULL,

    CONSTRAINT "FiguresStamp_pkey" PRIMARY KEY ("orgId")
);

-- Every bump sets the version past both its old value and the clock in microseconds, so a sum of
-- versions over a set of communities strictly grows with any bump, and a row deleted and created
-- again (a truncated table in a test) never comes back with a version seen before. Ids are locked
-- in order, so two statements bumping the same communities cannot deadlock each other.
CREATE FUNCTION bump_figures_stamps(ids uuid[]) RETURNS void LANGUAGE sql AS $$
  INSERT INTO "FiguresStamp" AS f ("orgId", version)
  SELECT id, (extract(epoch FROM clock_timestamp()) * 1000000)::bigint
  FROM (SELECT DISTINCT unnest(ids) AS id) d
  WHERE id IS NOT NULL
  ORDER BY id
  ON CONFLICT ("orgId") DO UPDATE SET version = greatest(f.version + 1, EXCLUDED.version)
$$;

-- Tables with a "communityId": the communities of the changed rows, before and after.
CREATE FUNCTION figures_bump_community_rows() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM bump_figures_stamps(array_agg(DISTINCT n."communityId")) FROM new_rows n;
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM bump_figures_stamps(array_agg(DISTINCT o."communityId")) FROM old_rows o;
  ELSE
    PERFORM bump_figures_stamps(array_agg(DISTINCT c)) FROM (
      SELECT n."communityId" AS c FROM new_rows n UNION SELECT o."communityId" FROM old_rows o
    ) d;
  END IF;
  RETURN NULL;
END $$;

-- Summary rows: the activity's community and the member's own (a moved member's "never served"
-- and a unit's figures follow the member's current community).
CREATE FUNCTION figures_bump_summary_rows() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM bump_figures_stamps(array_agg(DISTINCT c)) FROM (
      SELECT n."communityId" AS c FROM new_rows n UNION SELECT m."communityId" FROM new_rows n JOIN "Member" m ON m.id = n."memberId"
    ) d;
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM bump_figures_stamps(array_agg(DISTINCT c)) FROM (
      SELECT o."communityId" AS c FROM old_rows o UNION SELECT m."communityId" FROM old_rows o JOIN "Member" m ON m.id = o."memberId"
    ) d;
  ELSE
    PERFORM bump_figures_stamps(array_agg(DISTINCT c)) FROM (
      SELECT n."communityId" AS c FROM new_rows n UNION SELECT m."communityId" FROM new_rows n JOIN "Member" m ON m.id = n."memberId"
      UNION SELECT o."communityId" FROM old_rows o
    ) d;
  END IF;
  RETURN NULL;
END $$;

-- Sign-ups carry no community: the activity's.
CREATE FUNCTION figures_bump_signup_rows() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    PERFORM bump_figures_stamps(array_agg(DISTINCT a."communityId"))
    FROM (SELECT DISTINCT o."activityId" FROM old_rows o) s JOIN "Activity" a ON a.id = s."activityId";
  ELSIF TG_OP = 'INSERT' THEN
    PERFORM bump_figures_stamps(array_agg(DISTINCT a."communityId"))
    FROM (SELECT DISTINCT n."activityId" FROM new_rows n) s JOIN "Activity" a ON a.id = s."activityId";
  ELSE
    -- only a change of status can move a follow-up list; check-in times and notes do not
    PERFORM bump_figures_stamps(array_agg(DISTINCT a."communityId"))
    FROM (SELECT DISTINCT n."activityId" FROM new_rows n JOIN old_rows o ON o.id = n.id
          WHERE o.status IS DISTINCT FROM n.status OR o."activityId" IS DISTINCT FROM n."activityId") s
    JOIN "Activity" a ON a.id = s."activityId";
  END IF;
  RETURN NULL;
END $$;

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['Member', 'Pledge', 'VolunteerTeam', 'TeamMembership'] LOOP
    EXECUTE format('CREATE TRIGGER figures_stamp_insert AFTER INSERT ON %I REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION figures_bump_community_rows()', t);
    EXECUTE format('CREATE TRIGGER figures_stamp_update AFTER UPDATE ON %I REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION figures_bump_community_rows()', t);
    EXECUTE format('CREATE TRIGGER figures_stamp_delete AFTER DELETE ON %I REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION figures_bump_community_rows()', t);
  END LOOP;
END $$;

CREATE TRIGGER figures_stamp_insert AFTER INSERT ON "MemberServiceMonth"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION figures_bump_summary_rows();
CREATE TRIGGER figures_stamp_update AFTER UPDATE ON "MemberServiceMonth"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION figures_bump_summary_rows();
CREATE TRIGGER figures_stamp_delete AFTER DELETE ON "MemberServiceMonth"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION figures_bump_summary_rows();

CREATE TRIGGER figures_stamp_insert AFTER INSERT ON "Signup"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION figures_bump_signup_rows();
CREATE TRIGGER figures_stamp_update AFTER UPDATE ON "Signup"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION figures_bump_signup_rows();
CREATE TRIGGER figures_stamp_delete AFTER DELETE ON "Signup"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION figures_bump_signup_rows();

-- Activities: inserted and deleted in bulk by imports and the bench, so per statement; updated one
-- at a time, and most updates only move "confirmedCount" (every sign-up), so per row and only when
-- something the figures read has changed.
CREATE TRIGGER figures_stamp_insert AFTER INSERT ON "Activity"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION figures_bump_community_rows();
CREATE TRIGGER figures_stamp_delete AFTER DELETE ON "Activity"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION figures_bump_community_rows();

CREATE FUNCTION figures_bump_activity_row() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM bump_figures_stamps(ARRAY[OLD."communityId", NEW."communityId"]);
  RETURN NULL;
END $$;

CREATE TRIGGER figures_stamp_update AFTER UPDATE ON "Activity" FOR EACH ROW
  WHEN (OLD.status IS DISTINCT FROM NEW.status OR OLD."startsAt" IS DISTINCT FROM NEW."startsAt"
        OR OLD."communityId" IS DISTINCT FROM NEW."communityId" OR OLD."categoryId" IS DISTINCT FROM NEW."categoryId"
        OR OLD."teamId" IS DISTINCT FROM NEW."teamId")
  EXECUTE FUNCTION figures_bump_activity_row();
