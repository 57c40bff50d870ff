/** The toolbar badge has room for about four characters: `12`, `999`, `1k+`, `12k+`; empty for none. */
export function badgeText(count: number): string {
  if (!(count > 0)) return '';
  if (count < 1000) return String(Math.floor(count));
  return `${Math.min(99, Math.floor(count / 1000))}k+`;
}
