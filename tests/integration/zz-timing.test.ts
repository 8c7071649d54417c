import { it } from "vitest";
import { confirmRosterImport } from "@/lib/roster/confirm-roster-import";
import { previewRosterImport } from "@/lib/roster/preview-roster-import";
import { parseRosterFile } from "@/lib/roster/parse-roster-file";
import { rosterXlsx, type RosterInput } from "../support/roster-files";
import { createStreetWorld } from "../support/world";

it("times", async () => {
  const w = await createStreetWorld();
  const rows = Array.from({ length: 5000 }, (_, i): RosterInput => ({
    name: `党员${i}`, phone: `136${String(i).padStart(8, "0")}`, building: w.building.name, skills: "摄影",
    employer: "某某公司", employerBranch: "某某党支部", room: "1-101",
  }));
  const data = await rosterXlsx(rows);
  let t = performance.now();
  parseRosterFile(data, "big.xlsx");
  console.log("parse", performance.now() - t);
  t = performance.now();
  const p = await previewRosterImport({ actor: w.secretary, input: { fileName: "big.xlsx", data } });
  console.log("preview", performance.now() - t);
  t = performance.now();
  if (process.env.NO_CONFIRM) return; await confirmRosterImport({ actor: w.secretary, input: { batchId: p.id } });
  console.log("confirm", performance.now() - t);
}, 120000);
