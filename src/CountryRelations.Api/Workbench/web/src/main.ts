// The auditors' workbench: public GraphQL API only, through persisted documents; deep links reproduce a view
// (/audit/KP/FR-MFA/en/2016-03-23..2017-01-01); the bearer token stays in this tab's session storage.
import { Chart, LineController, LineElement, PointElement, LinearScale, LogarithmicScale, CategoryScale, Tooltip, Legend } from 'chart.js';
import { createClient } from 'graphql-sse';

Chart.register(LineController, LineElement, PointElement, LinearScale, LogarithmicScale, CategoryScale, Tooltip, Legend);

type Json = Record<string, any>;
interface View { country: string; publisher: string; language: string; from?: string; to?: string }

const endpoint = '/graphql';
const $ = <T extends Element>(selector: string) => document.querySelector(selector) as T;
const status = (text: string) => { $('#status').textContent = text; };
let documents: Record<string, string> = {};
let chart: Chart | undefined;
let live: (() => void) | undefined;

function token(): string | null { return sessionStorage.getItem('countryrelations-token'); }

async function run(operation: string, variables: Json, auth = false): Promise<Json> {
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/graphql-response+json' };
  if (auth && token()) headers.authorization = `Bearer ${token()}`;
  const response = await fetch(endpoint, { method: 'POST', headers, body: JSON.stringify({ documentId: documents[operation], variables }) });
  const result = await response.json();
  if (result.errors?.length) throw new Error(`${result.errors[0].extensions?.code ?? 'ERROR'}: ${result.errors[0].message}`);
  return result.data;
}

function element(tag: string, text = '', className = ''): HTMLElement {
  const node = document.createElement(tag);
  node.textContent = text;
  if (className) node.className = className;
  return node;
}

function parseView(): View | undefined {
  const parts = location.pathname.replace(/^\/audit\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  if (parts.length < 3) return undefined;
  const [from, to] = (parts[3] ?? '').split('..');
  return { country: parts[0], publisher: parts[1], language: parts[2], from: from || undefined, to: to || undefined };
}

function showView(view: View) {
  const path = `/audit/${[view.country, view.publisher, view.language].map(encodeURIComponent).join('/')}${view.from ? `/${view.from}..${view.to ?? ''}` : ''}`;
  if (location.pathname !== path) history.pushState(null, '', path);
  void load(view);
}

async function load(view: View) {
  const form = $('#pick') as HTMLFormElement;
  (form.elements.namedItem('country') as HTMLInputElement).value = view.country;
  (form.elements.namedItem('publisher') as HTMLInputElement).value = view.publisher;
  (form.elements.namedItem('language') as HTMLInputElement).value = view.language;
  status('Loading…');
  try {
    const vars = { country: view.country, publisher: view.publisher, language: view.language };
    const data = await run('WorkbenchTimeline', vars);
    renderTimeline(view, data);
    await Promise.all([renderProvenance(vars), renderChart(vars), view.from ? renderComparison(view) : Promise.resolve()]);
    follow(view);
    status(`${data.country?.nameEn ?? view.country}: ${data.revisions.nodes.length} revision(s).`);
  } catch (error) {
    status(String((error as Error).message));
  }
}

function renderTimeline(view: View, data: Json) {
  $('#timeline-section').hidden = false;
  const body = $('#timeline tbody');
  body.replaceChildren();
  for (const r of data.revisions.nodes) {
    const row = element('tr');
    row.dataset.revision = r.id;
    for (const side of ['from', 'to'] as const) {
      const cell = element('td');
      const radio = document.createElement('input');
      radio.type = 'radio';
      radio.name = side;
      radio.value = r.effectiveFrom;
      radio.checked = view[side] === r.effectiveFrom;
      radio.setAttribute('aria-label', `Compare ${side} revision ${r.sequence} (${r.publishedOn})`);
      radio.addEventListener('change', () => {
        const from = ($('input[name=from]:checked') as HTMLInputElement | null)?.value;
        const to = ($('input[name=to]:checked') as HTMLInputElement | null)?.value;
        if (from && to) showView({ ...view, from, to });
      });
      cell.append(radio);
      row.append(cell);
    }
    row.append(element('td', r.publishedOn), element('td', r.kind.replace('_', ' ').toLowerCase(), `kind-${r.kind}`),
      element('td', `${r.effectiveFrom} → ${r.validUntil ?? 'now'}`, r.supersededAt ? 'superseded' : ''),
      element('td', new Date(r.recordedAt).toISOString().replace('T', ' ').slice(0, 19) + (r.supersededAt ? ' (corrected)' : '')));
    const provenance = element('td');
    if (r.source?.url) { const link = element('a', new URL(r.source.url).host) as HTMLAnchorElement; link.href = r.source.url; provenance.append(link); }
    if (r.corrects) provenance.append(element('span', ` corrects #${r.corrects.id}`));
    provenance.append(element('span', '', 'recorded-by'));
    row.append(provenance, element('td', (r.sealSha256 ?? r.contentSha256 ?? '').slice(0, 12), 'seal'));
    body.append(row);
  }
}

async function renderProvenance(vars: Json) {
  const integrity = $('#integrity');
  if (!token()) { integrity.textContent = 'Integrity and who recorded each revision: enter an auditor\'s token above.'; return; }
  try {
    const data = await run('WorkbenchProvenance', vars, true);
    for (const r of data.revisions.nodes) {
      const cell = document.querySelector(`tr[data-revision="${r.id}"] .recorded-by`);
      if (cell) cell.textContent = ` by ${r.recordedBy}${r.changeNote ? ` — ${r.changeNote}` : ''}`;
    }
    const v = data.verifyHistory;
    integrity.textContent = v.intact
      ? `History intact: ${v.revisionsChecked} revision(s) verified, head ${v.headSha256}.`
      : `History BROKEN at revision ${v.firstBrokenLink.sequence}: ${v.firstBrokenLink.reason}.`;
  } catch (error) {
    integrity.textContent = String((error as Error).message);
  }
}

function words(spans: Json[]): DocumentFragment {
  const fragment = document.createDocumentFragment();
  for (const span of spans) fragment.append(span.kind === 'INSERTED' ? element('ins', span.text) : span.kind === 'DELETED' ? element('del', span.text) : document.createTextNode(span.text));
  return fragment;
}

async function renderComparison(view: View) {
  const data = await run('WorkbenchCompare', { country: view.country, publisher: view.publisher, language: view.language, from: view.from, to: view.to });
  const comparison = data.compareProfile;
  $('#compare-section').hidden = false;
  if (!comparison) { $('#summary').textContent = 'Nothing in force on those dates.'; return; }
  const s = comparison.summary;
  $('#summary').textContent = `${comparison.from?.publishedOn ?? 'nothing'} → ${comparison.to.publishedOn}: ${s.changed} changed, ${s.added} added, ${s.removed} removed, ${s.moved} moved; ${s.wordsAdded} words added, ${s.wordsRemoved} removed; ${s.figuresChanged} figures changed.`;
  const figures = $('#figure-changes');
  figures.replaceChildren();
  const sections = $('#sections');
  sections.replaceChildren();
  for (const group of comparison.sections) {
    for (const f of group.figures) figures.append(element('li', `${f.old?.text ?? '—'} → ${f.new?.text ?? '—'}`, 'figure-change'));
    const pair = element('article', '', `pair kind-${group.kind}`);
    const old = element('div'); const now = element('div');
    old.append(element('h4', group.old.map((x: Json) => x.heading).join(' + ') || '(none)'));
    now.append(element('h4', `${group.new.map((x: Json) => x.heading).join(' + ') || '(none)'} — ${group.kind.toLowerCase()}`));
    const oldText = element('p'); oldText.append(words(group.words.filter((w: Json) => w.kind !== 'INSERTED')));
    const newText = element('p'); newText.append(words(group.words.filter((w: Json) => w.kind !== 'DELETED')));
    old.append(oldText); now.append(newText);
    pair.append(old, now);
    sections.append(pair);
  }
  if (!figures.childElementCount) figures.append(element('li', 'No figure changed.'));
}

// Distinguishable colours with enough contrast on white.
const palette = ['#0b4f8a', '#c25400', '#1d7a3a', '#8a1c6b', '#5a5a00', '#00707a'];

async function renderChart(vars: Json) {
  const data = await run('WorkbenchFigures', vars);
  $('#chart-section').hidden = false;
  const byCurrency = new Map<string, { x: string; y: number }[]>();
  for (const f of data.figures) {
    const key = `${f.figure.currency ?? ''} ${f.section.topic.toLowerCase()}`;
    byCurrency.set(key, [...(byCurrency.get(key) ?? []), { x: f.revision.publishedOn, y: Number(f.figure.value) }]);
  }
  const labels = [...new Set(data.figures.map((f: Json) => f.revision.publishedOn as string))].sort();
  chart?.destroy();
  const canvas = $('#chart') as HTMLCanvasElement;
  chart = new Chart(canvas, {
    type: 'line',
    data: {
      labels,
      datasets: [...byCurrency].map(([label, points], i) => ({
        label, data: points.map((p) => ({ x: p.x, y: p.y })), showLine: false, pointRadius: 6,
        borderColor: palette[i % palette.length], backgroundColor: palette[i % palette.length],
      })) as any,
    },
    options: { animation: false, parsing: { xAxisKey: 'x', yAxisKey: 'y' }, scales: { y: { type: 'logarithmic' } } },
  });
  canvas.dataset.points = String(data.figures.length);
}

function follow(view: View) {
  live?.();
  const client = createClient({ url: endpoint, singleConnection: false, retryAttempts: 5 });
  live = client.subscribe(
    { documentId: documents.WorkbenchLive, variables: { country: view.country, publisher: view.publisher, language: view.language } } as any,
    { next: () => { status('A new revision was recorded.'); void load(view).then(() => document.querySelector('#timeline tbody tr:last-child')?.classList.add('fresh')); }, error: () => undefined, complete: () => undefined },
  );
}

async function start() {
  documents = await (await fetch('/audit/assets/operations.json')).json();
  $('#pick').addEventListener('submit', (event) => {
    event.preventDefault();
    const form = new FormData(event.target as HTMLFormElement);
    showView({ country: String(form.get('country')), publisher: String(form.get('publisher')), language: String(form.get('language')) });
  });
  $('#auth-form').addEventListener('submit', (event) => {
    event.preventDefault();
    const value = ($('#auth input[name=token]') as HTMLInputElement).value.trim();
    if (value) sessionStorage.setItem('countryrelations-token', value); else sessionStorage.removeItem('countryrelations-token');
    const view = parseView();
    if (view) void load(view);
  });
  window.addEventListener('popstate', () => { const view = parseView(); if (view) void load(view); });
  const view = parseView();
  if (view) await load(view);
  document.body.dataset.ready = 'true';
}

void start();
