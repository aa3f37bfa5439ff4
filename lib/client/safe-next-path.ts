// Where to go after signing in: only a path on this site ("/spend?x=1"), never another origin
// ("//evil.example", "https://…", "/\\evil") — an open redirect would let a link send a user
// anywhere with the console's credibility.
export function safeNextPath(value: string | null | undefined): string {
  if (!value || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return "/";
  if (/[\u0000-\u001f]/.test(value)) return "/";
  return value.startsWith("/login") ? "/" : value;
}
