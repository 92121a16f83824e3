/** The sections of the Annual credits tab, by the names the `sections` attribute takes. */
export type DashboardSection = 'summary' | 'outlook' | 'pie' | 'history' | 'catalog';

/** What is next comes straight after what is now: the outlook sits under the summary. */
export const DEFAULT_SECTIONS: readonly DashboardSection[] = ['summary', 'outlook', 'pie', 'history', 'catalog'];

export interface PlacedSection {
  section: DashboardSection;
  /** `pair-narrow` / `pair-wide`: pie and history side by side on wide containers. */
  span: 'full' | 'pair-narrow' | 'pair-wide';
}

/**
 * Parses the `sections` attribute (space-separated, in display order; unknown names and
 * repeats are ignored) and decides each section's width: the pie and the history share a
 * row when they stand next to each other, as in the console; anything else is full width.
 */
export function placeSections(attribute: string | null | undefined): PlacedSection[] {
  const names = attribute == null ? DEFAULT_SECTIONS : attribute.split(/\s+/).filter(Boolean);
  const order: DashboardSection[] = [];
  for (const name of names) {
    if ((DEFAULT_SECTIONS as readonly string[]).includes(name) && !order.includes(name as DashboardSection)) {
      order.push(name as DashboardSection);
    }
  }
  return order.map((section, i) => {
    const pairedWith = section === 'pie' ? 'history' : section === 'history' ? 'pie' : undefined;
    const paired = pairedWith !== undefined && (order[i - 1] === pairedWith || order[i + 1] === pairedWith);
    return { section, span: !paired ? 'full' : section === 'pie' ? 'pair-narrow' : 'pair-wide' };
  });
}
