-- CreateTable
CREATE TABLE "MemberServiceMonth" (
    "communityId" UUID NOT NULL,
    "month" DATE NOT NULL,
    "categoryId" UUID NOT NULL,
    "memberId" UUID NOT NULL,
    "services" INTEGER NOT NULL,
    "tenths" INTEGER NOT NULL,

    CONSTRAINT "MemberServiceMonth_pkey" PRIMARY KEY ("communityId","month","categoryId","memberId")
);

-- CreateIndex
CREATE INDEX "MemberServiceMonth_memberId_month_categoryId_communityId_se_idx" ON "MemberServiceMonth"("memberId", "month", "categoryId", "communityId", "services", "tenths");

-- No CHECK (services >= 0): PostgreSQL checks the proposed row of an INSERT … ON CONFLICT before it
-- finds the conflict, so a negative delta to an existing row would be refused. A row whose count
-- reaches 0 is deleted by the apply function; `npm run check:summaries` finds anything else.

-- The Beijing calendar month of an activity: "startsAt" is a timestamp without time zone holding UTC.
CREATE FUNCTION service_month(starts_at timestamp) RETURNS date
LANGUAGE sql STABLE PARALLEL SAFE AS $$
  SELECT date_trunc('month', (starts_at AT TIME ZONE 'UTC') AT TIME ZONE 'Asia/Shanghai')::date
$$;

-- Adds signed deltas (one element per record, ±1 service and ±hours×10) to the summary rows, in
-- key order (two transactions touching the same rows lock them in the same order), and deletes the
-- rows that fall to zero services.
CREATE FUNCTION service_summary_apply(
  p_community uuid[], p_month date[], p_category uuid[], p_member uuid[], p_services int[], p_tenths int[]
) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF p_member IS NULL THEN RETURN; END IF;
  INSERT INTO "MemberServiceMonth" AS s ("communityId", month, "categoryId", "memberId", services, tenths)
  SELECT c, mo, cat, mem, sum(sv), sum(tn)
  FROM unnest(p_community, p_month, p_category, p_member, p_services, p_tenths) AS d(c, mo, cat, mem, sv, tn)
  GROUP BY c, mo, cat, mem
  HAVING sum(sv) <> 0 OR sum(tn) <> 0
  ORDER BY c, mo, cat, mem
  ON CONFLICT ("communityId", month, "categoryId", "memberId")
  DO UPDATE SET services = s.services + EXCLUDED.services, tenths = s.tenths + EXCLUDED.tenths;

  DELETE FROM "MemberServiceMonth" s
  USING (SELECT DISTINCT c, mo, cat, mem FROM unnest(p_community, p_month, p_category, p_member) AS d(c, mo, cat, mem)) d
  WHERE s."communityId" = d.c AND s.month = d.mo AND s."categoryId" = d.cat AND s."memberId" = d.mem AND s.services = 0;
END $$;

-- Attendance records: statement-level triggers read all changed rows at once (a confirmation of
-- 2,000 records is one apply, not 2,000). Only CONFIRMED records count.
CREATE FUNCTION activity_record_summary() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM service_summary_apply(array_agg(a."communityId"), array_agg(service_month(a."startsAt")), array_agg(a."categoryId"),
                                  array_agg(r."memberId"), array_agg(1), array_agg((r.hours * 10)::int))
    FROM new_records r JOIN "Activity" a ON a.id = r."activityId" WHERE r.status = 'CONFIRMED';
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM service_summary_apply(array_agg(a."communityId"), array_agg(service_month(a."startsAt")), array_agg(a."categoryId"),
                                  array_agg(r."memberId"), array_agg(-1), array_agg(-(r.hours * 10)::int))
    FROM old_records r JOIN "Activity" a ON a.id = r."activityId" WHERE r.status = 'CONFIRMED';
  ELSE
    PERFORM service_summary_apply(array_agg(a."communityId"), array_agg(service_month(a."startsAt")), array_agg(a."categoryId"),
                                  array_agg(d."memberId"), array_agg(d.sign), array_agg(d.sign * (d.hours * 10)::int))
    FROM (
      SELECT r."activityId", r."memberId", 1 AS sign, r.hours FROM new_records r WHERE r.status = 'CONFIRMED'
      UNION ALL
      SELECT r."activityId", r."memberId", -1, r.hours FROM old_records r WHERE r.status = 'CONFIRMED'
    ) d JOIN "Activity" a ON a.id = d."activityId";
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER activity_record_summary_insert AFTER INSERT ON "ActivityRecord"
  REFERENCING NEW TABLE AS new_records FOR EACH STATEMENT EXECUTE FUNCTION activity_record_summary();
CREATE TRIGGER activity_record_summary_update AFTER UPDATE ON "ActivityRecord"
  REFERENCING OLD TABLE AS old_records NEW TABLE AS new_records FOR EACH STATEMENT EXECUTE FUNCTION activity_record_summary();
CREATE TRIGGER activity_record_summary_delete AFTER DELETE ON "ActivityRecord"
  REFERENCING OLD TABLE AS old_records FOR EACH STATEMENT EXECUTE FUNCTION activity_record_summary();

-- An activity moved to another month, category or community takes its confirmed records along.
CREATE FUNCTION activity_summary_move() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM service_summary_apply(array_agg(d.c), array_agg(d.mo), array_agg(d.cat), array_agg(d.mem), array_agg(d.sv), array_agg(d.tn))
  FROM (
    SELECT OLD."communityId" AS c, service_month(OLD."startsAt") AS mo, OLD."categoryId" AS cat, r."memberId" AS mem,
           -1 AS sv, -(r.hours * 10)::int AS tn
    FROM "ActivityRecord" r WHERE r."activityId" = OLD.id AND r.status = 'CONFIRMED'
    UNION ALL
    SELECT NEW."communityId", service_month(NEW."startsAt"), NEW."categoryId", r."memberId", 1, (r.hours * 10)::int
    FROM "ActivityRecord" r WHERE r."activityId" = NEW.id AND r.status = 'CONFIRMED'
  ) d;
  RETURN NULL;
END $$;

CREATE TRIGGER activity_summary_move AFTER UPDATE OF "communityId", "startsAt", "categoryId" ON "Activity"
  FOR EACH ROW
  WHEN (OLD."communityId" IS DISTINCT FROM NEW."communityId" OR OLD."categoryId" IS DISTINCT FROM NEW."categoryId"
        OR service_month(OLD."startsAt") IS DISTINCT FROM service_month(NEW."startsAt"))
  EXECUTE FUNCTION activity_summary_move();

-- The records already there.
INSERT INTO "MemberServiceMonth" ("communityId", month, "categoryId", "memberId", services, tenths)
SELECT a."communityId", service_month(a."startsAt"), a."categoryId", r."memberId", count(*), sum((r.hours * 10)::int)
FROM "ActivityRecord" r JOIN "Activity" a ON a.id = r."activityId"
WHERE r.status = 'CONFIRMED'
GROUP BY 1, 2, 3, 4;
