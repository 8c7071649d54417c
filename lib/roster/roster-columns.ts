// The roster spreadsheet's columns and the Chinese words used in its cells. Shared by the template,
// the import parser and the export, so a file exported here can be read back by the importer.
// Spreadsheet text is Chinese whatever the UI language: the files go to Chinese party offices.

/** Upload limits, also checked in the browser before a file is sent. */
export const ROSTER_FILE_MAX_BYTES = 2 * 1024 * 1024;
export const ROSTER_FILE_MAX_ROWS = 5000;
/**
 * The largest upload the server reads (next.config.ts `bodySizeLimit`): a file up to this size gets
 * the file-size message from the import itself, a larger one the same message from the proxy.
 */
export const ROSTER_UPLOAD_MAX_BODY_BYTES = 8 * 1024 * 1024;
export const ROSTER_FILE_EXTENSIONS = [".xlsx", ".csv"] as const;

export type ImportColumnKey =
  "name" | "gender" | "phone" | "grid" | "building" | "room" | "kind" | "employer" | "employerBranch" | "position" | "skills";

export type ImportColumn = {
  key: ImportColumnKey;
  header: string;
  /** shown in brackets after the header in the template: 党员类型(在职/社区/离退休) */
  hint?: string;
  required?: boolean;
  /** other headers offices use for the same column (compared without spaces, marks and brackets) */
  aliases?: string[];
  width: number;
  /** keep as text in Excel (leading zeros, long numbers) */
  text?: boolean;
  maxLength: number;
};

export const IMPORT_COLUMNS: readonly ImportColumn[] = [
  { key: "name", header: "姓名", required: true, aliases: ["党员姓名", "名字"], width: 12, maxLength: 40 },
  { key: "gender", header: "性别", hint: "男/女", width: 10, maxLength: 10 },
  {
    key: "phone",
    header: "手机号码",
    required: true,
    aliases: ["手机号", "手机", "联系电话", "电话", "电话号码", "联系方式", "移动电话", "手机号码联系电话"],
    width: 16,
    text: true,
    maxLength: 20,
  },
  { key: "grid", header: "网格", aliases: ["所属网格", "网格名称", "所在网格"], width: 14, maxLength: 60 },
  {
    key: "building",
    header: "楼栋",
    required: true,
    aliases: ["楼号", "楼栋号", "所在楼栋", "楼幢", "幢号", "楼宇", "居住楼栋"],
    width: 12,
    maxLength: 60,
  },
  {
    key: "room",
    header: "房号",
    aliases: ["房间号", "门牌号", "单元房号", "室号", "单元室号"],
    width: 10,
    text: true,
    maxLength: 20,
  },
  { key: "kind", header: "党员类型", hint: "在职/社区/离退休", aliases: ["党员类别", "类别"], width: 22, maxLength: 10 },
  { key: "employer", header: "工作单位", aliases: ["单位", "单位名称", "所在单位", "工作单位名称"], width: 26, maxLength: 80 },
  {
    key: "employerBranch",
    header: "单位党组织",
    aliases: ["所在党组织", "单位党支部", "所在党支部", "单位党组织名称", "组织关系所在党组织", "党组织关系所在单位"],
    width: 26,
    maxLength: 80,
  },
  { key: "position", header: "职务", aliases: ["职务职称", "职称"], width: 14, maxLength: 40 },
  {
    key: "skills",
    header: "专业特长",
    hint: "用、分隔",
    aliases: ["特长", "职业特长", "个人特长", "技能特长", "专长", "技能"],
    width: 24,
    maxLength: 200,
  },
];

export const REQUIRED_COLUMNS = IMPORT_COLUMNS.filter((c) => c.required).map((c) => c.key);

/** How the header looks in the template: 姓名*, 党员类型(在职/社区/离退休). */
export function templateHeader(column: ImportColumn): string {
  return `${column.header}${column.hint ? `(${column.hint})` : ""}${column.required ? "*" : ""}`;
}

/** Header text → column key: ignores `*`, bracketed hints, spaces and full-width forms. */
export function columnForHeader(text: string): ImportColumnKey | null {
  const clean = normalizeHeader(text);
  if (!clean) return null;
  const column = IMPORT_COLUMNS.find(
    (c) => normalizeHeader(c.header) === clean || c.aliases?.some((a) => normalizeHeader(a) === clean),
  );
  return column?.key ?? null;
}

/** The form a header is compared and remembered in: 手机号码* (必填) → 手机号码. */
export function normalizeHeader(text: string): string {
  return text
    .normalize("NFKC")
    .replace(/\([^)]*\)|【[^】]*】|\[[^\]]*\]/g, "")
    .replace(/[*＊:：\s\u200b-\u200d\ufeff]/g, "")
    .toLowerCase();
}

/** One example row in the template; a row equal to it in an upload is skipped, not imported. */
export const EXAMPLE_ROW: Record<ImportColumnKey, string> = {
  name: "张三（示例）",
  gender: "男",
  phone: "13800000000",
  grid: "第一网格",
  building: "1号楼",
  room: "2-301",
  kind: "在职",
  employer: "东湖区人民医院",
  employerBranch: "东湖区人民医院内科党支部",
  position: "主治医师",
  skills: "医疗咨询、健康讲座",
};

export const GENDER_LABEL = { MALE: "男", FEMALE: "女" } as const;
export const KIND_LABEL = { IN_SERVICE: "在职", RESIDENT: "社区", RETIRED: "离退休" } as const;
export const STATUS_LABEL = { PENDING: "待审核", ACTIVE: "已通过", REJECTED: "已退回", MOVED_OUT: "已迁出" } as const;
export const AVAILABILITY_LABEL: Record<string, string> = {
  WEEKDAY_DAY: "工作日白天",
  WEEKDAY_EVENING: "工作日晚上",
  WEEKEND: "周末",
};
export const FLAG_LABEL = {
  isCenterHousehold: "党员中心户",
  isCouncilMember: "议事团成员",
  isBuildingLeader: "楼栋组长",
} as const;

/** Cell words accepted on import (after NFKC and trimming), lower-cased for the English ones. */
export const GENDER_WORDS: Record<string, "MALE" | "FEMALE"> = {
  男: "MALE",
  男性: "MALE",
  male: "MALE",
  m: "MALE",
  女: "FEMALE",
  女性: "FEMALE",
  female: "FEMALE",
  f: "FEMALE",
};
export const KIND_WORDS: Record<string, "IN_SERVICE" | "RESIDENT" | "RETIRED"> = {
  在职: "IN_SERVICE",
  在职党员: "IN_SERVICE",
  社区: "RESIDENT",
  社区党员: "RESIDENT",
  居民党员: "RESIDENT",
  离退休: "RETIRED",
  退休: "RETIRED",
  离休: "RETIRED",
  离退休党员: "RETIRED",
  退休党员: "RETIRED",
};

/** Skills are written 医疗咨询、健康讲座; commas and semicolons work too. */
export function splitSkills(text: string): string[] {
  const seen = new Set<string>();
  for (const part of text.split(/[、,，;；/|\n]+/)) {
    const skill = part.trim();
    if (skill) seen.add(skill);
  }
  return [...seen];
}
