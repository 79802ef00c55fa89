// Timestamps on API objects are RFC 3339 strings with second precision (metav1.Time), as the
// API server serialises them. Controllers work in absolute milliseconds since the Unix epoch.

export function parseTime(text: string | undefined): number | undefined {
  if (!text) return undefined;
  const ms = Date.parse(text);
  return Number.isNaN(ms) ? undefined : ms;
}

/** metav1.Time marshals to RFC 3339 at second precision: "2026-01-01T00:00:00Z". */
export function formatTime(ms: number): string {
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}
