/** active / base, or null when there is nobody to count (shown as "—", never as 0 %). */
export function rate(part: number, whole: number): number | null {
  return whole > 0 ? part / whole : null;
}
