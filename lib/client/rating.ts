// The playground rates answers with 1–5 stars; the API stores quality in [0, 1]. One star is the
// worst answer (0) and five the best (1), evenly spaced, so a stored score maps back to the same stars.

export const STAR_VALUES = [1, 2, 3, 4, 5] as const;
export type Stars = (typeof STAR_VALUES)[number];

export function starsToQuality(stars: Stars): number {
  return (stars - 1) / 4;
}

export function qualityToStars(quality: number): Stars {
  const stars = Math.round(Math.min(1, Math.max(0, quality)) * 4) + 1;
  return stars as Stars;
}
