import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { z } from "zod";
import { authenticate } from "@/lib/data/auth";
import { authSecret } from "./secret";

/** A refused sign-in; `code` is a key under auth.errors, `minutes` set for a locked account. */
export class SignInRefused extends CredentialsSignin {
  constructor(
    code: "invalid" | "locked" | "inactive" | "noRole",
    readonly minutes?: number,
  ) {
    super();
    this.code = minutes ? `${code}:${minutes}` : code;
  }
}

const CredentialsSchema = z.object({ identifier: z.string().min(1).max(200), password: z.string().min(1).max(200) });

// Sessions last one working day; the viewer is re-read from the database on every request, so a
// deactivated account or a removed role takes effect at once.
export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

export const { handlers, auth, signIn, signOut } = NextAuth({
  secret: authSecret(),
  trustHost: true,
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/sign-in" },
  providers: [
    Credentials({
      credentials: { identifier: {}, password: {} },
      async authorize(raw, request) {
        const parsed = CredentialsSchema.safeParse(raw);
        if (!parsed.success) throw new SignInRefused("invalid");
        const result = await authenticate(parsed.data.identifier, parsed.data.password, {
          ip: request.headers.get("x-forwarded-for")?.split(",")[0]?.trim() ?? null,
          userAgent: request.headers.get("user-agent"),
        });
        if (!result.ok) throw new SignInRefused(result.reason, result.reason === "locked" ? result.minutes : undefined);
        return { id: result.userId };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user?.id) token.sub = user.id;
      return token;
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      return session;
    },
  },
  logger: {
    // A refused sign-in is an expected outcome, recorded in LoginEvent; it is not a server error.
    error(error) {
      if (error instanceof CredentialsSignin || (error as { type?: string }).type === "CredentialsSignin") return;
      console.error("[auth]", error);
    },
  },
});
