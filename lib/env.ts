import { z } from "zod";

// The only reader of process.env. Parsed on first use so `next build` needs no runtime secrets.
const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z.string().min(1, "DATABASE_URL is required"),
  /** Signs session cookies. Optional here so scripts that only touch the database need none. */
  AUTH_SECRET: z.string().min(16, "AUTH_SECRET must be at least 16 characters").optional(),
  /**
   * The address people reach the portal at: QR codes and printed verification links point here.
   * Without it they use the request's Host header (never X-Forwarded-Host); set it in production.
   */
  APP_URL: z.url({ protocol: /^https?$/ }).optional(),
  /**
   * How many reverse proxies in front of the app append the client's address to X-Forwarded-For
   * (nginx `proxy_add_x_forwarded_for`): 0 (none, the default) uses the connection's own address.
   */
  TRUSTED_PROXY: z
    .string()
    .regex(/^(?:[0-5]|true|false)$/, "TRUSTED_PROXY is a number of proxies (0-5)")
    .default("0")
    .transform((v) => (v === "true" ? 1 : v === "false" ? 0 : Number(v))),
  /**
   * A streaming replica of DATABASE_URL (PostgreSQL's own replication). When set, read-only heavy
   * work (dashboards, exports, the unit portal's lists) reads from it and falls back to the primary
   * while it cannot be reached (docs/scaling.md, decision 043).
   */
  DATABASE_REPLICA_URL: z.string().min(1).optional(),
  /** Connections per app instance; small by default so several instances fit one server. */
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  /** Set by the `next` CLI ("nodejs"); instrumentation.ts starts the in-process jobs only there. */
  NEXT_RUNTIME: z.string().optional(),
  /** Where residents' need photos are stored (lib/needs/photo-store.ts); default `.data/needs-photos`. */
  NEED_PHOTOS_DIR: z.string().min(1).optional(),
  /** "1" turns the in-process job scheduler off (e.g. when a separate worker runs `npm run jobs:reminders`). */
  JOBS_DISABLED: z.string().optional(),
  /**
   * Who sends the one-time SMS codes: `console` (server log + the admin's outbox page; the default
   * outside production, and what `npm start` sets for the embedded demo), `aliyun` or `tencent`.
   * Production must name one (decision 065).
   */
  SMS_PROVIDER: z.enum(["console", "aliyun", "tencent"]).optional(),
  ALIYUN_SMS_ACCESS_KEY_ID: z.string().min(1).optional(),
  ALIYUN_SMS_ACCESS_KEY_SECRET: z.string().min(1).optional(),
  ALIYUN_SMS_SIGN_NAME: z.string().min(1).optional(),
  /** A template with one `${code}` parameter, e.g. SMS_123456789. */
  ALIYUN_SMS_TEMPLATE_CODE: z.string().min(1).optional(),
  ALIYUN_SMS_ENDPOINT: z.url().default("https://dysmsapi.aliyuncs.com"),
  TENCENT_SMS_SECRET_ID: z.string().min(1).optional(),
  TENCENT_SMS_SECRET_KEY: z.string().min(1).optional(),
  TENCENT_SMS_SDK_APP_ID: z.string().min(1).optional(),
  TENCENT_SMS_SIGN_NAME: z.string().min(1).optional(),
  /** A template with two parameters: {1} the code, {2} minutes it is valid. */
  TENCENT_SMS_TEMPLATE_ID: z.string().min(1).optional(),
  TENCENT_SMS_REGION: z.string().min(1).default("ap-guangzhou"),
  TENCENT_SMS_ENDPOINT: z.url().default("https://sms.tencentcloudapi.com"),
});

export type Env = z.infer<typeof schema>;

let parsed: Env | undefined;

export function env(): Env {
  if (!parsed) {
    const result = schema.safeParse(process.env);
    if (!result.success) {
      const problems = result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
      throw new Error(`Invalid environment: ${problems.join("; ")}`);
    }
    parsed = result.data;
  }
  return parsed;
}

/** Tests that start their own servers point the app at them; nothing else calls this. */
export function resetEnvForTests(): void {
  parsed = undefined;
}

export function authSecret(): string {
  const secret = env().AUTH_SECRET;
  if (!secret) throw new Error("Invalid environment: AUTH_SECRET is required to sign sessions");
  return secret;
}

export type SmsSettings =
  | { provider: "console" }
  | { provider: "aliyun"; accessKeyId: string; accessKeySecret: string; signName: string; templateCode: string; endpoint: string }
  | {
      provider: "tencent";
      secretId: string;
      secretKey: string;
      sdkAppId: string;
      signName: string;
      templateId: string;
      region: string;
      endpoint: string;
    };

function required(name: keyof Env, value: string | undefined): string {
  if (!value) throw new Error(`Invalid environment: ${name} is required for SMS_PROVIDER=${env().SMS_PROVIDER}`);
  return value;
}

/** The provider's name without its keys (null: production without SMS_PROVIDER), for pages that only show it. */
export function smsProviderName(): SmsSettings["provider"] | null {
  const e = env();
  return e.SMS_PROVIDER ?? (e.NODE_ENV === "production" ? null : "console");
}

/**
 * The SMS provider and its keys. Outside production the console provider is the default; in
 * production SMS_PROVIDER must be set, so a real deployment never silently "sends" codes to a log.
 */
export function smsSettings(): SmsSettings {
  const e = env();
  const provider = e.SMS_PROVIDER ?? (e.NODE_ENV === "production" ? undefined : "console");
  if (provider === "console") return { provider };
  if (provider === "aliyun") {
    return {
      provider,
      accessKeyId: required("ALIYUN_SMS_ACCESS_KEY_ID", e.ALIYUN_SMS_ACCESS_KEY_ID),
      accessKeySecret: required("ALIYUN_SMS_ACCESS_KEY_SECRET", e.ALIYUN_SMS_ACCESS_KEY_SECRET),
      signName: required("ALIYUN_SMS_SIGN_NAME", e.ALIYUN_SMS_SIGN_NAME),
      templateCode: required("ALIYUN_SMS_TEMPLATE_CODE", e.ALIYUN_SMS_TEMPLATE_CODE),
      endpoint: e.ALIYUN_SMS_ENDPOINT,
    };
  }
  if (provider === "tencent") {
    return {
      provider,
      secretId: required("TENCENT_SMS_SECRET_ID", e.TENCENT_SMS_SECRET_ID),
      secretKey: required("TENCENT_SMS_SECRET_KEY", e.TENCENT_SMS_SECRET_KEY),
      sdkAppId: required("TENCENT_SMS_SDK_APP_ID", e.TENCENT_SMS_SDK_APP_ID),
      signName: required("TENCENT_SMS_SIGN_NAME", e.TENCENT_SMS_SIGN_NAME),
      templateId: required("TENCENT_SMS_TEMPLATE_ID", e.TENCENT_SMS_TEMPLATE_ID),
      region: e.TENCENT_SMS_REGION,
      endpoint: e.TENCENT_SMS_ENDPOINT,
    };
  }
  throw new Error("Invalid environment: SMS_PROVIDER (console, aliyun or tencent) is required in production");
}
