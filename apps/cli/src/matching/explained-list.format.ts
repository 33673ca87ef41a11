import type { PostingMatch } from '@ttm/matching';

interface ExplanationView {
  languages?: { offer: string; demand: string };
  sharedConcepts?: {
    offerConcept: { id: string; labels?: Record<string, string> };
    offerSurfaces: string[];
    demandSurfaces: string[];
  }[];
  sharedIpc?: { offerCode: string; demandCode: string; depth: number }[];
  sharedTokens?: { token?: string; offerSurface?: string; demandSurface?: string }[];
  notes?: { code: string; message: string }[];
}

/** A posting's ranked list as a broker reads it in a terminal: score, counterpart, and why. */
export function formatExplainedList(subject: { title: string; language: string }, items: PostingMatch[]): string {
  const lines = [`Matches for [${subject.language}] ${subject.title}`, ''];
  items.forEach((item, i) => {
    const e = item.explanation as ExplanationView;
    const c = item.counterpart;
    lines.push(`${String(i + 1).padStart(2)}. ${item.score.toFixed(3)}  [${c.language}, ${c.country}] ${c.title}`);
    const parts = Object.entries(item.components)
      .filter(([k]) => !['relevance', 'fit'].includes(k))
      .map(([k, v]) => `${k} ${v.toFixed(2)}`)
      .join(' · ');
    lines.push(`      ${parts}`);
    for (const concept of (e.sharedConcepts ?? []).slice(0, 4)) {
      lines.push(
        `      shared concept ${concept.offerConcept.id}: offer «${concept.offerSurfaces.join(', ')}» ↔ demand «${concept.demandSurfaces.join(', ')}»`,
      );
    }
    for (const ipc of (e.sharedIpc ?? []).slice(0, 2)) {
      lines.push(`      IPC ${ipc.offerCode} ↔ ${ipc.demandCode} (agree to depth ${ipc.depth})`);
    }
    for (const note of (e.notes ?? []).slice(0, 4)) lines.push(`      note: ${note.message}`);
  });
  if (items.length === 0) lines.push('  (no matches yet: is the worker running?)');
  return lines.join('\n');
}
