import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { authSecret } from "../env.ts";
import { clientAddressFrom } from "./client-address.ts";
import { endSession } from "./end-sessions.ts";
import { signInSchema } from "./schema.ts";
import { createSessionRow, SESSION_MAX_AGE_SECONDS } from "./session-rows.ts";
import { verifyCredentials } from "./verify-credentials.ts";

export class ThrottledSignIn extends CredentialsSignin {
  code = "throttled";
}

export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  secret: authSecret(),
  trustHost: true,
  // the cookie is a signed JWT naming a Session row; the row decides whether it still counts (decision 070)
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/login" },
  logger: {
    // a wrong password is an expected event, not an error worth a stack trace in the log
    error(error) {
      if (!(error instanceof CredentialsSignin)) console.error(error);
    },
  },
  providers: [
    Credentials({
      credentials: { phone: {}, password: {} },
      async authorize(credentials, request) {
        const parsed = signInSchema.safeParse(credentials);
        if (!parsed.success) return null;
        const result = await verifyCredentials({
          ...parsed.data,
          clientAddress: clientAddressFrom(request.headers),
        });
        if (result.ok) return { id: result.userId, sessionId: await createSessionRow(result.userId) };
        if (result.reason === "throttled") throw new ThrottledSignIn();
        return null;
      },
    }),
  ],
  callbacks: {
    // only a sign-in sets who and which session; an update posted to /api/auth/session changes nothing
    jwt({ token, user }) {
      if (user?.id) {
        token.sub = user.id;
        token.sid = user.sessionId;
      }
      return token;
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      if (typeof token.sid === "string") session.sessionId = token.sid;
      return session;
    },
  },
  events: {
    // sign-out through our action or next-auth's own endpoint: this cookie's row goes
    async signOut(message) {
      if ("token" in message) await endSession(message.token?.sid);
    },
  },
}));
