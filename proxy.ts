import { NextResponse, type NextRequest } from "next/server";

// Only a convenience redirect for signed-out visitors: every page and action checks the session itself
// (lib/auth/session.ts), so a forged cookie gets no further than here.
const PUBLIC_PATHS = ["/", "/sign-in", "/verify"];
const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];

export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  const isPublic = PUBLIC_PATHS.some((path) => pathname === path || (path !== "/" && pathname.startsWith(`${path}/`)));
  if (isPublic || SESSION_COOKIES.some((name) => request.cookies.has(name))) return NextResponse.next();
  const url = request.nextUrl.clone();
  url.pathname = "/sign-in";
  url.search = "";
  return NextResponse.redirect(url);
}

export const config = {
  // Everything but the auth API, Next's assets and files with an extension.
  matcher: ["/((?!api/auth|_next/|favicon.ico|.*\\.[a-z0-9]+$).*)"],
};
