// Signing in as the real app does it: next-auth's credentials callback (the login page's server
// action calls the same `signIn("credentials")`), then the role switch's `active_grant` cookie.

function cookiesFrom(response) {
  const jar = {};
  for (const line of response.headers.getSetCookie()) {
    const [pair] = line.split(";");
    const eq = pair.indexOf("=");
    jar[pair.slice(0, eq).trim()] = pair.slice(eq + 1).trim();
  }
  return jar;
}

const cookieHeader = (jar) =>
  Object.entries(jar)
    .map(([k, v]) => `${k}=${v}`)
    .join("; ");

/** Returns the session cookie value for a phone and password (throws when sign-in fails). */
export async function signIn(baseUrl, { phone, password }) {
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  if (!csrf.ok) throw new Error(`GET /api/auth/csrf: ${csrf.status}`);
  const { csrfToken } = await csrf.json();
  const jar = cookiesFrom(csrf);
  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookieHeader(jar) },
    body: new URLSearchParams({ phone, password, csrfToken, callbackUrl: `${baseUrl}/` }),
  });
  const session = cookiesFrom(response)["authjs.session-token"];
  if (!session) throw new Error(`sign-in as ${phone} failed: ${response.status} ${response.headers.get("location") ?? ""}`);
  return session;
}

/** The RoleGrant id of a user's role (on one organization), as the role switch stores it. */
export async function grantId(client, { phone, role, organizationId }) {
  const { rows } = await client.query(
    `SELECT g.id FROM "RoleGrant" g JOIN "User" u ON u.id = g."userId"
     WHERE u.phone = $1 AND g.role = $2::"Role" AND ($3::uuid IS NULL OR g."organizationId" = $3::uuid)
     ORDER BY g."createdAt" LIMIT 1`,
    [phone, role, organizationId ?? null],
  );
  if (!rows[0]) throw new Error(`no ${role} grant for ${phone}`);
  return rows[0].id;
}

/** Cookie header of a signed-in role. */
export const roleCookie = (session, grant) => `authjs.session-token=${session}; active_grant=${grant}`;
