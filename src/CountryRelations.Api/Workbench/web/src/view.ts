// A view is what a deep link names: /audit/KP/FR-MFA/en/2016-03-23..2017-01-01.

export interface View {
  country: string;
  publisher: string;
  language: string;
  from?: string | undefined;
  to?: string | undefined;
}

/** The profile a view shows, as the API's variables. */
export function profileOf(view: View): { country: string; publisher: string; language: string } {
  return { country: view.country, publisher: view.publisher, language: view.language };
}

/** The view the address names, or undefined when it names none (or cannot be read: a malformed % escape). */
export function parseView(pathname: string): View | undefined {
  let parts: string[];
  try {
    parts = pathname.replace(/^\/audit\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  } catch {
    return undefined;
  }
  const [country, publisher, language, period] = parts;
  if (!country || !publisher || !language) return undefined;
  const [from, to] = (period ?? '').split('..');
  return { country, publisher, language, from: from || undefined, to: to || undefined };
}

/** The address of a view. */
export function pathOf(view: View): string {
  const profile = [view.country, view.publisher, view.language].map(encodeURIComponent).join('/');
  return `/audit/${profile}${view.from ? `/${view.from}..${view.to ?? ''}` : ''}`;
}
