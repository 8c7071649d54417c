// The shape of a benchmark dataset: sizes per scale, and the small per-organization plan (how many
// members, grids, buildings and activities each community gets) computed here with a seeded PRNG.
// The bulk rows are made in PostgreSQL from this plan (see sql-*.mjs).

export const SCALES = {
  district: {
    streets: 30,
    communities: 800,
    units: 3000,
    members: 100_000,
    activities: 150_000,
    records: 1_500_000,
    // one ~2,500-member community, a few 2,000+, some 500–1,500; the rest share what is left (50–300)
    big: [2500, 2300, 2150, 2050],
    medium: 16,
    mediumRange: [500, 1500],
  },
  street: {
    streets: 1,
    communities: 27,
    units: 100,
    members: 3_400,
    activities: 5_000,
    records: 50_000,
    big: [650],
    medium: 2,
    mediumRange: [250, 320],
  },
  tiny: {
    streets: 1,
    communities: 6,
    units: 30,
    members: 1_200,
    activities: 600,
    records: 6_000,
    big: [650],
    medium: 0,
    mediumRange: [0, 0],
  },
};

export const YEARS = 5;
export const SEED = 20261126;
export const BENCH_PASSWORD = "Bench@2026";
/** Accounts the benchmark signs in as (besides a member of the largest community, found by query). */
export const ACCOUNT_PHONES = { admin: "19900000001", secretary: "19900000002", unitAdmin: "19900000004" };

/** mulberry32: small, fast, deterministic. */
export function prng(seed) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const STREET_NAMES =
  "东湖 西湖 南山 北岸 滨江 桂城 大良 容桂 伦教 勒流 乐从 龙江 北滘 陈村 均安 杏坛 九江 西樵 丹灶 狮山 大沥 里水 和顺 松岗 罗村 石湾 张槎 祖庙 南庄 高明".split(
    " ",
  );
const PLACE_A = "东西南北新金银玉青红白碧翠春秋明光华荣安康和平福瑞祥文兴盛".split(""); // 29 distinct
const PLACE_B = "湖山河桥园苑村坊塘岭湾林港城庄景阁台埠洲溪峰亭院里街".split(""); // 26 distinct: 754 names, then numbered
const UNIT_KINDS = [
  "人民医院",
  "中医院",
  "妇幼保健院",
  "第一中学",
  "实验小学",
  "职业技术学校",
  "税务局",
  "供电公司",
  "建设银行支行",
  "农业银行支行",
  "人民法院",
  "人民检察院",
  "公安分局",
  "图书馆",
  "城市管理局",
  "自来水公司",
  "燃气有限公司",
  "公交分公司",
  "科技有限公司",
  "建筑设计院",
  "物流有限公司",
  "卫生院",
  "市场监督管理所",
  "邮政分局",
  "电信分公司",
  "移动分公司",
  "财政局",
  "人力资源和社会保障局",
  "住房和城乡建设局",
  "交通运输局",
  "文化馆",
  "体育中心",
  "疾病预防控制中心",
  "律师事务所",
  "会计师事务所",
  "制造有限公司",
  "陶瓷有限公司",
  "家电有限公司",
  "家具有限公司",
  "纺织有限公司",
];
const CN_DIGITS = "一二三四五六七八九十".split("");

/** The community sizes: the big ones first (index 0 is the largest), then medium, then the rest. */
function communitySizes(spec, rand) {
  const sizes = [...spec.big];
  const [lo, hi] = spec.mediumRange;
  for (let i = 0; i < spec.medium; i++) sizes.push(Math.round(lo + (hi - lo) * rand()));
  const restCount = spec.communities - sizes.length;
  const restTotal = spec.members - sizes.reduce((a, b) => a + b, 0);
  // 50 plus a skewed extra (most small, a few near 300), the extras scaled to hit the total
  const extras = Array.from({ length: restCount }, () => 250 * rand() ** 3);
  const scale = Math.max(0, restTotal - 50 * restCount) / extras.reduce((a, b) => a + b, 0);
  const rest = extras.map((e) => 50 + Math.floor(e * scale));
  let missing = restTotal - rest.reduce((a, b) => a + b, 0);
  for (let i = 0; missing > 0; i = (i + 1) % rest.length, missing--) rest[i] += 1;
  return [...sizes, ...rest];
}

/** Activities per community ∝ members^0.7 (big communities run more, but not proportionally more). */
function activityCounts(sizes, total) {
  const weights = sizes.map((n) => n ** 0.7);
  const sum = weights.reduce((a, b) => a + b, 0);
  const counts = weights.map((w) => Math.max(5, Math.floor((w / sum) * total)));
  let missing = total - counts.reduce((a, b) => a + b, 0);
  for (let i = 0; missing > 0; i = (i + 1) % counts.length, missing--) counts[i] += 1;
  return counts;
}

export function makePlan(scaleName) {
  const spec = SCALES[scaleName];
  if (!spec) throw new Error(`unknown scale "${scaleName}" (use ${Object.keys(SCALES).join(", ")})`);
  const rand = prng(SEED);
  const sizes = communitySizes(spec, rand);
  const activities = activityCounts(sizes, spec.activities);
  const streets = Array.from(
    { length: spec.streets },
    (_, i) => `${STREET_NAMES[i % STREET_NAMES.length]}${i >= STREET_NAMES.length ? i : ""}街道`,
  );
  const communities = sizes.map((members, i) => {
    const gridCount = 3 + Math.floor(rand() * 4); // 3–6
    const buildingsPerGrid = Array.from({ length: gridCount }, () => 3 + Math.floor(rand() * 6)); // 3–8
    const name = `${PLACE_A[i % PLACE_A.length]}${PLACE_B[Math.floor(i / PLACE_A.length) % PLACE_B.length]}${i >= PLACE_A.length * PLACE_B.length ? i : ""}社区`;
    return { i, street: i % spec.streets, name, members, activities: activities[i], gridCount, buildingsPerGrid };
  });
  const units = Array.from({ length: spec.units }, (_, i) => {
    const area = STREET_NAMES[i % STREET_NAMES.length];
    const kind = UNIT_KINDS[Math.floor(i / STREET_NAMES.length) % UNIT_KINDS.length];
    const round = Math.floor(i / (STREET_NAMES.length * UNIT_KINDS.length));
    return { i, street: i % spec.streets, name: `${area}${round ? `第${round + 1}` : ""}${kind}`, inArea: rand() < 0.4 };
  });
  return { scale: scaleName, spec, streets, communities, units, gridName: (j) => `第${CN_DIGITS[j]}网格` };
}

/** A `timestamp` (UTC, no zone) parameter, whatever the process's time zone. */
export const sqlTs = (date) => date.toISOString().slice(0, 23);
