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
  /** Connections per app instance; small by default so several instances fit one server. */
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  /** Set by the `next` CLI ("nodejs"); instrumentation.ts starts the in-process jobs only there. */
  NEXT_RUNTIME: z.string().optional(),
  /** "1" turns the in-process job scheduler off (e.g. when a separate worker runs `npm run jobs:reminders`). */
  JOBS_DISABLED: z.string().optional(),
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

export function authSecret(): string {
  const secret = env().AUTH_SECRET;
  if (!secret) throw new Error("Invalid environment: AUTH_SECRET is required to sign sessions");
  return secret;
}
