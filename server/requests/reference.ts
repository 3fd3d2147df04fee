/** The number a person quotes when they ask about their request: MDJCL-2026-000123. */
export function formatReference(prefix: string, year: number, number: number): string {
  return `${prefix}-${year}-${String(number).padStart(6, '0')}`;
}

/** References are looked up as given; anything else is not worth a database query. */
export function looksLikeReference(text: string): boolean {
  return /^[A-Z]{1,16}-\d{4}-\d{6,}$/.test(text);
}
