/** File sizes as people read them, in the page's language ("67 kB", "1,2 MB"). */
export function formatSize(bytes: number, lang: string): string {
  const nf = (n: number, digits: number) => new Intl.NumberFormat(lang, { maximumFractionDigits: digits }).format(n);
  return bytes < 1024 * 1024 ? `${nf(Math.max(1, Math.round(bytes / 1024)), 0)} kB` : `${nf(bytes / (1024 * 1024), 1)} MB`;
}
