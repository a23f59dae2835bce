// The profile's sources and what their recent checks found, with a "check now" button: editors only.
import { run, token } from './api';
import { $, element, messageOf } from './dom';
import { WorkbenchCaptureNowDocument, WorkbenchSourcesDocument, type WorkbenchSourcesQuery } from './generated/graphql';

type SourceNode = WorkbenchSourcesQuery['sources']['nodes'][number];

function captureLog(source: SourceNode): HTMLTableElement {
  const table = element('table');
  table.append(element('caption', `Recent checks of ${source.url}`, 'visually-hidden'));
  const head = element('tr');
  for (const title of ['Checked', 'Trigger', 'Outcome', 'HTTP', 'Detail']) {
    const cell = element('th', title);
    cell.scope = 'col';
    head.append(cell);
  }
  table.append(element('thead'));
  table.tHead?.append(head);
  const body = element('tbody');
  for (const attempt of source.captures) {
    const row = element('tr', '', `outcome-${attempt.outcome}`);
    row.append(
      element('td', new Date(attempt.attemptedAt).toISOString().replace('T', ' ').slice(0, 19)),
      element('td', attempt.trigger.toLowerCase()),
      element('td', attempt.outcome.replace('_', ' ').toLowerCase()),
      element('td', attempt.httpStatus === null ? '' : String(attempt.httpStatus)),
      element('td', [attempt.errorCode, attempt.reason].filter(Boolean).join(': ')),
    );
    body.append(row);
  }
  table.append(body);
  return table;
}

export async function renderSources(profile: { country: string; publisher: string }): Promise<void> {
  const section = $('#sources-section');
  const list = $('#sources');
  const note = $('#sources-note');
  section.hidden = false;
  list.replaceChildren();
  if (!token()) {
    note.textContent = "Enter an editor's token above to see this profile's sources and their captures.";
    return;
  }
  try {
    const data = await run(WorkbenchSourcesDocument, { publisher: profile.publisher, country: profile.country }, true);
    note.textContent = data.sources.nodes.length ? '' : 'No source feeds this profile yet (addSource, or `countryrelations sources add`).';
    for (const source of data.sources.nodes) {
      const article = element('article', '', 'source');
      const title = element('h3');
      const link = element('a', source.url);
      link.href = source.url;
      title.append(link);
      const check = element('button', 'Check now');
      check.type = 'button';
      check.addEventListener('click', async () => {
        check.disabled = true;
        try {
          const result = await run(WorkbenchCaptureNowDocument, { source: source.id }, true);
          await renderSources(profile);
          note.textContent = `Checked ${source.url}: ${result.captureNow.outcome.replace('_', ' ').toLowerCase()}.`;
        } catch (error) {
          note.textContent = messageOf(error);
          check.disabled = false;
        }
      });
      article.append(title, element('p', `${source.enabled ? 'Checked' : 'No longer checked'} every ${source.every}; next ${source.nextCheckAt}.`), check, captureLog(source));
      list.append(article);
    }
  } catch (error) {
    note.textContent = messageOf(error);
  }
}
