// Small outline icons for the console navigation (decorative: each link has its text label).
const PATHS = {
  playground: "M4 5h12M4 10h8m-8 5h5m6-3 3 2.5-3 2.5",
  registry: "M4 4h12v4H4zm0 8h12v4H4zm3-6h.01M7 14h.01",
  performance: "M4 16V9m4 7V5m4 11v-5m4 5V7",
  spend: "M10 3v14m3.5-11H8.75a2.25 2.25 0 0 0 0 4.5h2.5a2.25 2.25 0 0 1 0 4.5H6",
  requests: "M5 4h10M5 8h10M5 12h10M5 16h6",
} as const;

export type NavIconName = keyof typeof PATHS;

export function NavIcon({ name }: { name: NavIconName }) {
  return (
    <svg aria-hidden viewBox="0 0 20 20" fill="none" stroke="currentColor" strokeWidth={1.6} strokeLinecap="round" strokeLinejoin="round" className="h-4 w-4 shrink-0">
      <path d={PATHS[name]} />
    </svg>
  );
}
