// Two revisions side by side: sections matched, words inserted and deleted, figures paired.
import { run } from './api';
import { $, element } from './dom';
import { WorkbenchCompareDocument, type WorkbenchCompareQuery } from './generated/graphql';
import type { View } from './view';

type Span = NonNullable<WorkbenchCompareQuery['compareProfile']>['sections'][number]['words'][number];

function words(spans: Span[]): DocumentFragment {
  const fragment = document.createDocumentFragment();
  for (const span of spans) {
    fragment.append(span.kind === 'INSERTED' ? element('ins', span.text) : span.kind === 'DELETED' ? element('del', span.text) : document.createTextNode(span.text));
  }
  return fragment;
}

export async function renderComparison(view: View & { from: string }): Promise<void> {
  const data = await run(WorkbenchCompareDocument, { country: view.country, publisher: view.publisher, language: view.language, from: view.from, to: view.to ?? null });
  const comparison = data.compareProfile;
  $('#compare-section').hidden = false;
  if (!comparison) {
    $('#summary').textContent = 'Nothing in force on those dates.';
    return;
  }
  const s = comparison.summary;
  $('#summary').textContent = `${comparison.from?.publishedOn ?? 'nothing'} → ${comparison.to.publishedOn}: ${s.changed} changed, ${s.added} added, ${s.removed} removed, ${s.moved} moved; ${s.wordsAdded} words added, ${s.wordsRemoved} removed; ${s.figuresChanged} figures changed.`;
  const figures = $('#figure-changes');
  figures.replaceChildren();
  const sections = $('#sections');
  sections.replaceChildren();
  for (const group of comparison.sections) {
    for (const f of group.figures) figures.append(element('li', `${dated(f.old)} → ${dated(f.new)}`, 'figure-change'));
    const pair = element('article', '', `pair kind-${group.kind}`);
    const old = element('div');
    const now = element('div');
    old.append(element('h4', group.old.map((x) => x.heading).join(' + ') || '(none)'));
    now.append(element('h4', `${group.new.map((x) => x.heading).join(' + ') || '(none)'} — ${group.kind.toLowerCase()}`));
    const oldText = element('p');
    oldText.append(words(group.words.filter((w) => w.kind !== 'INSERTED')));
    const newText = element('p');
    newText.append(words(group.words.filter((w) => w.kind !== 'DELETED')));
    old.append(oldText);
    now.append(newText);
    pair.append(old, now);
    sections.append(pair);
  }
  if (!figures.childElementCount) figures.append(element('li', 'No figure changed.'));
}

// "€6.4 million (2014)": an amount with the year its sentence gives it, so a changed figure reads as a series.
function dated(figure: { text: string; year?: number | null } | null | undefined): string {
  if (!figure) return '—';
  return figure.year ? `${figure.text} (${figure.year})` : figure.text;
}
