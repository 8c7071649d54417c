-- Roster imports keep their rows in a table (one row per spreadsheet row) instead of one JSON
-- value, and the sheet's layout and column mapping beside them (lib/roster/roster-layout.ts).
-- Batches uploaded before keep their rows: their cells are the twelve template columns of the time.

-- AlterTable
ALTER TABLE "CommunitySettings" ADD COLUMN "rosterColumns" JSONB;

-- CreateTable
CREATE TABLE "ImportBatchRow" (
    "batchId" UUID NOT NULL,
    "row" INTEGER NOT NULL,
    "cells" JSONB NOT NULL,
    "status" TEXT NOT NULL,
    "issues" JSONB NOT NULL,
    "member" JSONB,
    "result" TEXT,

    CONSTRAINT "ImportBatchRow_pkey" PRIMARY KEY ("batchId","row")
);

-- CreateIndex
CREATE INDEX "ImportBatchRow_batchId_status_row_idx" ON "ImportBatchRow"("batchId", "status", "row");

-- AddForeignKey
ALTER TABLE "ImportBatchRow" ADD CONSTRAINT "ImportBatchRow_batchId_fkey" FOREIGN KEY ("batchId") REFERENCES "ImportBatch"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- the earlier batches' rows, cells in the old template's column order
INSERT INTO "ImportBatchRow" ("batchId", "row", "cells", "status", "issues", "member", "result")
SELECT b.id,
       (r->>'row')::int,
       jsonb_build_array(
         coalesce(r->'values'->>'name', ''), coalesce(r->'values'->>'gender', ''), coalesce(r->'values'->>'phone', ''),
         coalesce(r->'values'->>'grid', ''), coalesce(r->'values'->>'building', ''), coalesce(r->'values'->>'room', ''),
         coalesce(r->'values'->>'kind', ''), coalesce(r->'values'->>'employer', ''), coalesce(r->'values'->>'employerBranch', ''),
         coalesce(r->'values'->>'position', ''), coalesce(r->'values'->>'skills', ''), coalesce(r->'values'->>'note', '')),
       r->>'status',
       coalesce(r->'issues', '[]'::jsonb),
       r->'member',
       r->>'result'
FROM "ImportBatch" b, jsonb_array_elements(b.rows) r
ON CONFLICT DO NOTHING;

ALTER TABLE "ImportBatch" ADD COLUMN "counts" JSONB, ADD COLUMN "layout" JSONB;

UPDATE "ImportBatch" b SET
  counts = jsonb_build_object(
    'total', jsonb_array_length(b.rows),
    'valid', (SELECT count(*) FROM jsonb_array_elements(b.rows) r WHERE r->>'status' = 'valid'),
    'skip', (SELECT count(*) FROM jsonb_array_elements(b.rows) r WHERE r->>'status' = 'skip'),
    'error', (SELECT count(*) FROM jsonb_array_elements(b.rows) r WHERE r->>'status' = 'error')),
  layout = jsonb_build_object(
    'sheet', '', 'headerRows', '[]'::jsonb, 'aboveHeader', '[]'::jsonb, 'blankRows', '[]'::jsonb,
    'columns', (SELECT jsonb_agg(jsonb_build_object('index', i - 1, 'letter', chr(64 + i::int), 'header', h, 'samples', '[]'::jsonb) ORDER BY i)
                FROM unnest(ARRAY['姓名','性别','手机号码','网格','楼栋','房号','党员类型','工作单位','单位党组织','职务','专业特长','备注']) WITH ORDINALITY AS t(h, i)),
    'mapping', '["name","gender","phone","grid","building","room","kind","employer","employerBranch","position","skills",null]'::jsonb,
    'guesses', '["synonym","synonym","synonym","synonym","synonym","synonym","synonym","synonym","synonym","synonym","synonym","none"]'::jsonb);

ALTER TABLE "ImportBatch" DROP COLUMN "rows",
ALTER COLUMN "counts" SET NOT NULL,
ALTER COLUMN "layout" SET NOT NULL;
