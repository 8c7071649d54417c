import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const DATA_ACCESS = { group: ["@/lib/generated/*", "@prisma/*"], message: "Data access stays in lib/." };

/** Use cases are lib/<domain>/<verb>-<noun>.ts; these verbs name the ones that read or write the database. */
const USE_CASE_VERBS = [
  "answer",
  "approve",
  "archive",
  "cancel",
  "change",
  "check",
  "compute",
  "confirm",
  "copy",
  "count",
  "create",
  "decide",
  "export",
  "file",
  "finalize",
  "generate",
  "get",
  "grant",
  "handle",
  "join",
  "list",
  "load",
  "mark",
  "move",
  "pledge",
  "preview",
  "propose",
  "publish",
  "query",
  "read",
  "record",
  "redeem",
  "register",
  "reject",
  "remind",
  "rename",
  "revoke",
  "save",
  "send",
  "set",
  "sign",
  "start",
  "submit",
  "update",
  "verify",
  "withdraw",
];

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [
      ".next/**",
      ".next-bench/**",
      ".data/**",
      "lib/generated/**",
      "node_modules/**",
      "next-env.d.ts",
      "test-results/**",
      "playwright-report/**",
      "bench/results/**",
    ],
  },
  {
    // A relation `_count` aggregates the whole child table, every community's rows (lib/count-children.ts).
    files: ["lib/**", "app/**", "scripts/**"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: "Property[key.name='_count'] > ObjectExpression > Property[key.name='select']",
          message:
            "Prisma's relation _count scans the whole child table: count with a groupBy limited to the listed ids (countsById in lib/count-children.ts).",
        },
      ],
    },
  },
  {
    files: ["app/**", "components/**"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [DATA_ACCESS] }],
    },
  },
  {
    // Data flows one way (docs/decisions/020-one-way-data-flow.md): a component gets its data and
    // its server actions as props from the page or layout, never by importing them.
    files: ["components/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            DATA_ACCESS,
            {
              group: ["@/app", "@/app/*", "**/app/*", "../app", "../../app"],
              message: "Components never import from app/: take the action or data as a prop from the page or layout.",
            },
            {
              group: ["@/lib/db", "**/lib/db", "**/lib/db.ts", "@/lib/auth/session", "@/lib/auth/config"],
              message: "Components never touch the database or the session: the page or layout passes what they need.",
            },
            {
              // a component may name the type of what a use case returns (`import type`), never run it
              group: USE_CASE_VERBS.map((verb) => `@/lib/*/${verb}-*`),
              allowTypeImports: true,
              message: "Use cases run in pages, layouts and actions; pass their results to components as props.",
            },
          ],
        },
      ],
    },
  },
];

export default config;
