import type { Db, Tx } from "../db.ts";
import type { ColumnMemory } from "./roster-layout.ts";

/** The community's earlier column choices for roster imports. */
export async function loadColumnMemory(client: Db | Tx, communityId: string): Promise<ColumnMemory> {
  const settings = await client.communitySettings.findUnique({ where: { communityId }, select: { rosterColumns: true } });
  return (settings?.rosterColumns ?? {}) as ColumnMemory;
}

/** Adds a mapping's choices to the community's memory (later uploads with these headers start from them). */
export async function rememberColumns(tx: Tx, communityId: string, choices: ColumnMemory) {
  const memory = { ...(await loadColumnMemory(tx, communityId)), ...choices };
  await tx.communitySettings.upsert({
    where: { communityId },
    create: { communityId, rosterColumns: memory },
    update: { rosterColumns: memory },
  });
}
