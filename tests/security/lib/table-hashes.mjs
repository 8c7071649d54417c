// One md5 per table over all its rows in a stable order: "0 rows written" is "the same hashes
// before and after". Tables named in `skip` are left out (the caller says why).

/** Hashes of every table of the public schema (Prisma's own migration table aside). */
export async function tableHashes(client, { skip = [] } = {}) {
  const { rows: tables } = await client.query(
    `SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY tablename`,
  );
  const names = tables.map((t) => t.tablename).filter((name) => !skip.includes(name));
  const { rows } = await client.query(
    names
      .map(
        (name) =>
          `SELECT '${name}' AS name, count(*)::int AS rows, md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), '')) AS hash FROM "${name}" t`,
      )
      .join(" UNION ALL "),
  );
  return Object.fromEntries(rows.map((r) => [r.name, { rows: r.rows, hash: r.hash }]));
}

/** The tables whose hash differs (or that appeared or went away), with their row counts. */
export function changedTables(before, after) {
  const names = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...names]
    .filter((name) => before[name]?.hash !== after[name]?.hash)
    .map((name) => ({ table: name, rowsBefore: before[name]?.rows ?? null, rowsAfter: after[name]?.rows ?? null }));
}
