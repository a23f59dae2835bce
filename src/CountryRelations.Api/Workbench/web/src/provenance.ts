// Who recorded each revision and whether the chain holds: auditors only, with the token kept for this tab.
import { run, token } from './api';
import { $, messageOf } from './dom';
import { WorkbenchProvenanceDocument, type WorkbenchProvenanceQueryVariables } from './generated/graphql';

export async function renderProvenance(variables: WorkbenchProvenanceQueryVariables): Promise<void> {
  const integrity = $('#integrity');
  if (!token()) {
    integrity.textContent = "Integrity and who recorded each revision: enter an auditor's token above.";
    return;
  }
  try {
    const data = await run(WorkbenchProvenanceDocument, variables, true);
    for (const r of data.revisions.nodes) {
      const cell = document.querySelector(`tr[data-revision="${CSS.escape(r.id)}"] .recorded-by`);
      if (cell) cell.textContent = ` by ${r.recordedBy}${r.changeNote ? ` — ${r.changeNote}` : ''}`;
    }
    const v = data.verifyHistory;
    integrity.textContent = v.intact || !v.firstBrokenLink
      ? `History intact: ${v.revisionsChecked} revision(s) verified, head ${v.headSha256 ?? '(none)'}.`
      : `History BROKEN at revision ${v.firstBrokenLink.sequence}: ${v.firstBrokenLink.reason}.`;
  } catch (error) {
    integrity.textContent = messageOf(error);
  }
}
