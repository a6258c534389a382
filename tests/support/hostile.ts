/**
 * Generated hostile query strings for the planner's and timer's URL tests (unit and browser).
 * Deterministic (seeded), so a failure can be reproduced.
 */
function rng(seed: number) {
  return () => ((seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}
const hostileValues = (fallback: string) => [
  '<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', "'><svg onload=alert(1)>", 'javascript:alert(1)',
  '%3Cscript%3Ealert(1)%3C%2Fscript%3E', '&#60;script&#62;', '\u0000', '%00', '%', '%%', '%E0%A4%A', '\u202e', '💥', '../../etc/passwd',
  '__proto__', 'constructor', 'toString', 'NaN', 'Infinity', '-1', '1e9', '0x10', '6.5', '  6 ', '99999999999999999999', '-0', '',
  'short ', 'LONG', '19:30:00', '24:00', '9:30', '2026-13-01', '0000-01-01', '2026-1-1', '2026-12-10T00:00', fallback.toUpperCase(),
  `${fallback}~`, `${fallback}~-1`, `${fallback}~999`, `${fallback}~0~0`, `${fallback},${fallback},${fallback}`, `,${fallback}`, `${fallback},`,
  `${fallback}<b>`, 'a'.repeat(300), '{{title}}', '${alert(1)}', '<!--', ']]>', '\n\r', 'data:text/html,<script>alert(1)</script>',
];
const keys = ['v', 'd', 't', 'n', 'c', 'f', 'm', 'x', '__proto__', 'c[]', ''];

export function hostileQueries(count: number, ids: readonly string[], seed = 7): string[] {
  const fallback = ids[0] ?? 'x';
  const hostile = hostileValues(fallback);
  const random = rng(seed);
  const pick = <T,>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const noise = () => Array.from({ length: Math.floor(random() * 12) }, () => String.fromCharCode(Math.floor(random() * 0x2fff))).join('');
  return Array.from({ length: count }, () => {
    const parts = Array.from({ length: 1 + Math.floor(random() * 7) }, () => {
      const value = random() < 0.7 ? pick(hostile) : random() < 0.5 ? noise() : pick(ids);
      const encode = random() < 0.5 ? encodeURIComponent : (s: string) => s;
      return `${pick(keys)}=${encode(value)}`;
    });
    return parts.join(random() < 0.9 ? '&' : ';');
  });
}

