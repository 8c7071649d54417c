import "next-auth";

declare module "next-auth" {
  interface Session {
    user: { id: string } & DefaultSessionUser;
  }
}

type DefaultSessionUser = { name?: string | null; email?: string | null; image?: string | null };
