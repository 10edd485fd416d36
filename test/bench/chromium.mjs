// Chromium figures for npm run bench: filled in by the quality-harness work (issue 5).
export async function chromiumFigures() {
  return [];
}
