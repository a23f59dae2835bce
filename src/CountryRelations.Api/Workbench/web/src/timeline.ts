// The profile's timeline: one row per revision, with radio buttons that pick the two to compare.
import type { WorkbenchTimelineQuery } from './generated/graphql';
import { $, element } from './dom';
import type { View } from './view';

/** The host of an address as browsers read it, or the address itself when no browser would accept it. */
function hostOf(address: string): string {
  try {
    return new URL(address).host || address;
  } catch {
    return address;
  }
}

export function renderTimeline(view: View, data: WorkbenchTimelineQuery, compare: (view: View) => void): void {
  $('#timeline-section').hidden = false;
  const body = $('#timeline tbody');
  body.replaceChildren();
  for (const r of data.revisions.nodes) {
    const row = element('tr');
    row.dataset.revision = r.id;
    for (const side of ['from', 'to'] as const) {
      const cell = element('td');
      const radio = element('input');
      radio.type = 'radio';
      radio.name = side;
      radio.value = r.effectiveFrom;
      radio.checked = view[side] === r.effectiveFrom;
      radio.setAttribute('aria-label', `Compare ${side} revision ${r.sequence} (${r.publishedOn})`);
      radio.addEventListener('change', () => {
        const from = document.querySelector<HTMLInputElement>('input[name=from]:checked')?.value;
        const to = document.querySelector<HTMLInputElement>('input[name=to]:checked')?.value;
        if (from && to) compare({ ...view, from, to });
      });
      cell.append(radio);
      row.append(cell);
    }
    row.append(
      element('td', r.publishedOn),
      element('td', r.kind.replace('_', ' ').toLowerCase(), `kind-${r.kind}`),
      element('td', `${r.effectiveFrom} → ${r.validUntil ?? 'now'}`, r.supersededAt ? 'superseded' : ''),
      element('td', new Date(r.recordedAt).toISOString().replace('T', ' ').slice(0, 19) + (r.supersededAt ? ' (corrected)' : '')),
    );
    const provenance = element('td');
    if (r.source.url) {
      const link = element('a', hostOf(r.source.url));
      link.href = r.source.url;
      provenance.append(link);
    }
    if (r.corrects) provenance.append(element('span', ` corrects #${r.corrects.id}`));
    provenance.append(element('span', '', 'recorded-by'));
    row.append(provenance, element('td', (r.chainSha256 ?? '').slice(0, 12), 'seal'));
    body.append(row);
  }
}
