import type { BenchResult } from "./run-routing-bench";

// The cost-quality chart as a standalone SVG: single models as labelled dots, every other router
// as its non-decreasing convex hull over its settings' points. Cost is on a log axis when every
// cost is positive (USD spans orders of magnitude), linear otherwise (the "calls" cost model).
// Hull segments are linear in cost, so on a log axis they are drawn through sampled points.

const WIDTH = 960;
const HEIGHT = 600;
const MARGIN = { left: 70, right: 200, top: 30, bottom: 50 };
const COLOURS = ["#d62728", "#1f77b4", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b", "#e377c2", "#17becf"];

function escapeXml(text: string): string {
  return text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;");
}

export function renderCostQualitySvg(result: BenchResult, title: string): string {
  const all = result.routers.flatMap((router) => router.score.points);
  const costs = all.map((point) => point.costUsd);
  const qualities = all.map((point) => point.quality);
  const logScale = Math.min(...costs) > 0;
  const toAxis = (cost: number) => (logScale ? Math.log10(cost) : cost);
  const [costLow, costHigh] = [Math.min(...costs.map(toAxis)), Math.max(...costs.map(toAxis))];
  const [qualityLow, qualityHigh] = [Math.min(...qualities), Math.max(...qualities)];
  const costPad = (costHigh - costLow || 1) * 0.05;
  const qualityPad = (qualityHigh - qualityLow || 0.1) * 0.05;
  const plotWidth = WIDTH - MARGIN.left - MARGIN.right;
  const plotHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const x = (cost: number) => MARGIN.left + ((toAxis(cost) - costLow + costPad) / (costHigh - costLow + 2 * costPad)) * plotWidth;
  const y = (quality: number) => MARGIN.top + (1 - (quality - qualityLow + qualityPad) / (qualityHigh - qualityLow + 2 * qualityPad)) * plotHeight;
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" font-family="sans-serif" font-size="11">`,
    `<rect width="100%" height="100%" fill="white"/>`,
    `<text x="${MARGIN.left}" y="18" font-size="14">${escapeXml(title)}</text>`,
    `<rect x="${MARGIN.left}" y="${MARGIN.top}" width="${plotWidth}" height="${plotHeight}" fill="none" stroke="#999"/>`,
    `<text x="${MARGIN.left + plotWidth / 2}" y="${HEIGHT - 12}" text-anchor="middle">mean cost per prompt (${result.evaluation.costUnit}${logScale ? ", log scale" : ""})</text>`,
    `<text x="16" y="${MARGIN.top + plotHeight / 2}" transform="rotate(-90 16 ${MARGIN.top + plotHeight / 2})" text-anchor="middle">mean quality</text>`,
  ];
  for (let tick = 0; tick <= 4; tick++) {
    const quality = qualityLow + ((qualityHigh - qualityLow) * tick) / 4;
    const cost = logScale ? 10 ** (costLow + ((costHigh - costLow) * tick) / 4) : costLow + ((costHigh - costLow) * tick) / 4;
    parts.push(`<text x="${MARGIN.left - 6}" y="${y(quality) + 4}" text-anchor="end">${quality.toFixed(3)}</text>`);
    parts.push(`<text x="${x(cost)}" y="${MARGIN.top + plotHeight + 16}" text-anchor="middle">${cost.toPrecision(2)}</text>`);
  }
  let colour = 0;
  let legendY = MARGIN.top + 10;
  for (const router of result.routers) {
    if (router.kind === "single") {
      const point = router.score.points[0]!;
      const label = router.name.replace(/^single:/, "").split("/").pop()!;
      parts.push(`<circle cx="${x(point.costUsd)}" cy="${y(point.quality)}" r="4" fill="#333"/>`);
      parts.push(`<text x="${x(point.costUsd) + 6}" y="${y(point.quality) - 4}" fill="#333">${escapeXml(label)}</text>`);
      continue;
    }
    const stroke = COLOURS[colour++ % COLOURS.length]!;
    const hull = router.score.hull;
    if (hull.length === 1) {
      parts.push(`<circle cx="${x(hull[0]!.costUsd).toFixed(1)}" cy="${y(hull[0]!.quality).toFixed(1)}" r="6" fill="none" stroke="${stroke}" stroke-width="2.5"/>`);
    }
    const path: string[] = [];
    hull.forEach((point, index) => {
      const previous = hull[index - 1];
      const steps = previous && logScale ? 24 : 1;
      for (let step = previous ? 1 : 0; step <= steps; step++) {
        const fraction = step / steps;
        const cost = previous ? previous.costUsd + (point.costUsd - previous.costUsd) * fraction : point.costUsd;
        const quality = previous ? previous.quality + (point.quality - previous.quality) * fraction : point.quality;
        path.push(`${x(cost).toFixed(1)},${y(quality).toFixed(1)}`);
      }
    });
    parts.push(`<polyline points="${path.join(" ")}" fill="none" stroke="${stroke}" stroke-width="2"/>`);
    for (const point of router.score.points) {
      parts.push(`<circle cx="${x(point.costUsd).toFixed(1)}" cy="${y(point.quality).toFixed(1)}" r="2" fill="${stroke}" fill-opacity="0.5"/>`);
    }
    parts.push(`<rect x="${WIDTH - MARGIN.right + 14}" y="${legendY - 8}" width="12" height="4" fill="${stroke}"/>`);
    parts.push(`<text x="${WIDTH - MARGIN.right + 32}" y="${legendY - 3}">${escapeXml(router.name)}</text>`);
    legendY += 18;
  }
  parts.push("</svg>");
  return parts.join("\n");
}
