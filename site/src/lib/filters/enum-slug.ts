/** URL form of an enum value: underscores become hyphens (`high_tech_zone` → `high-tech-zone`). */
export function enumSlug(value: string): string {
  return value.replaceAll('_', '-');
}
