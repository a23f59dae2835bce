// The auditors' workbench: public GraphQL API only, through persisted documents; deep links reproduce a view
// (/audit/KP/FR-MFA/en/2016-03-23..2017-01-01); the bearer token stays in this tab's session storage.
import { keepToken, loadDocumentIds, run } from './api';
import { renderComparison } from './comparison';
import { $, messageOf, status } from './dom';
import { renderChart } from './figures';
import { WorkbenchTimelineDocument } from './generated/graphql';
import { follow } from './live';
import { renderProvenance } from './provenance';
import { renderSources } from './sources';
import { renderTimeline } from './timeline';
import { parseView, pathOf, profileOf, type View } from './view';

function formValue(form: HTMLFormElement, name: string): string {
  const field = form.elements.namedItem(name);
  return field instanceof HTMLInputElement ? field.value : '';
}

function show(view: View): void {
  const path = pathOf(view);
  if (location.pathname !== path) history.pushState(null, '', path);
  void load(view);
}

async function load(view: View): Promise<void> {
  const form = $<HTMLFormElement>('#pick');
  for (const name of ['country', 'publisher', 'language'] as const) {
    const field = form.elements.namedItem(name);
    if (field instanceof HTMLInputElement) field.value = view[name];
  }
  status('Loading…');
  try {
    const profile = profileOf(view);
    const data = await run(WorkbenchTimelineDocument, profile);
    renderTimeline(view, data, show);
    const from = view.from;
    await Promise.all([renderProvenance(profile), renderChart(profile), renderSources(profile), from ? renderComparison({ ...view, from }) : Promise.resolve()]);
    follow(view, () => {
      status('A new revision was recorded.');
      void load(view).then(() => document.querySelector('#timeline tbody tr:last-child')?.classList.add('fresh'));
    });
    status(`${data.country?.nameEn ?? view.country}: ${data.revisions.nodes.length} revision(s).`);
  } catch (error) {
    status(messageOf(error));
  }
}

async function start(): Promise<void> {
  await loadDocumentIds();
  $<HTMLFormElement>('#pick').addEventListener('submit', (event) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    show({ country: formValue(form, 'country'), publisher: formValue(form, 'publisher'), language: formValue(form, 'language') });
  });
  $<HTMLFormElement>('#auth-form').addEventListener('submit', (event) => {
    event.preventDefault();
    keepToken($<HTMLInputElement>('#auth input[name=token]').value.trim());
    const view = parseView(location.pathname);
    if (view) void load(view);
  });
  window.addEventListener('popstate', () => {
    const view = parseView(location.pathname);
    if (view) void load(view);
  });
  const view = parseView(location.pathname);
  if (view) await load(view);
  document.body.dataset.ready = 'true';
}

void start();
