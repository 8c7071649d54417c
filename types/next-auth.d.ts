import "next-auth";
import "next-auth/jwt";

declare module "next-auth" {
  interface Session {
    user: { id: string } & DefaultSessionUser;
    /** the Session row this cookie names (decision 070) */
    sessionId?: string;
  }
  interface User {
    sessionId?: string;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    sid?: string;
  }
}

type DefaultSessionUser = { name?: string | null; email?: string | null; image?: string | null };
