// Progressive enhancement of the suggestion form: without JavaScript it is a plain POST that the
// CMS answers with a redirect; with it, the same endpoint is called with JSON and the answer is
// shown in place — field errors in a summary that takes the focus, success in a live region.

interface Config {
  thanks: string;
  sending: string;
  networkError: string;
}

interface FieldError {
  path?: string[];
  message?: string;
}

interface ErrorBody {
  error?: { message?: string; details?: { errors?: FieldError[] } };
}

function setup(root: HTMLElement): void {
  const form = root.querySelector<HTMLFormElement>('form[data-suggestion-form]');
  const summary = root.querySelector<HTMLElement>('[data-error-summary]');
  const list = root.querySelector<HTMLElement>('[data-error-list]');
  const status = root.querySelector<HTMLElement>('[data-status]');
  const configText = root.querySelector('[data-suggestion-config]')?.textContent;
  if (!form || !summary || !list || !status || !configText) return;
  const config = JSON.parse(configText) as Config;
  const button = form.querySelector<HTMLButtonElement>('button[type="submit"]');
  // The server's messages are in the form's language and name the field; one source of truth.
  form.noValidate = true;
  for (const input of form.querySelectorAll<HTMLElement>('[aria-describedby]')) {
    input.dataset.hint = input.getAttribute('aria-describedby') ?? '';
  }

  const clearErrors = () => {
    summary.hidden = true;
    list.replaceChildren();
    for (const error of form.querySelectorAll<HTMLElement>('[data-field-error]')) {
      error.hidden = true;
      error.textContent = '';
      const input = form.querySelector<HTMLElement>(`[name="${error.dataset.fieldError}"]`);
      input?.removeAttribute('aria-invalid');
      // Back to the hint alone (if any), as rendered.
      if (input?.dataset.hint) input.setAttribute('aria-describedby', input.dataset.hint);
      else input?.removeAttribute('aria-describedby');
    }
  };

  const showErrors = (errors: FieldError[], fallback: string) => {
    const items = errors.length > 0 ? errors : [{ message: fallback }];
    for (const item of items) {
      const field = item.path?.[0];
      const li = document.createElement('li');
      const input = field ? form.querySelector<HTMLElement>(`[name="${field}"]`) : null;
      if (input && item.message) {
        const link = document.createElement('a');
        link.href = `#${input.id}`;
        link.className = 'text-red-800 underline';
        link.textContent = item.message;
        li.append(link);
        const inline = form.querySelector<HTMLElement>(`[data-field-error="${field}"]`);
        if (inline) {
          inline.textContent = item.message;
          inline.hidden = false;
          input.setAttribute('aria-invalid', 'true');
          const described = input.getAttribute('aria-describedby');
          input.setAttribute('aria-describedby', [described, inline.id].filter(Boolean).join(' '));
        }
      } else {
        li.textContent = item.message ?? fallback;
      }
      list.append(li);
    }
    summary.hidden = false;
    summary.focus();
  };

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors();
    status.textContent = config.sending;
    if (button) button.disabled = true;
    const data = Object.fromEntries([...new FormData(form)].map(([key, value]) => [key, String(value)]));
    try {
      const response = await fetch(form.action, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ data }),
      });
      if (response.ok) {
        form.reset();
        form.hidden = true;
        status.textContent = config.thanks;
        status.focus();
        return;
      }
      const body = (await response.json().catch(() => ({}))) as ErrorBody;
      status.textContent = '';
      showErrors(body.error?.details?.errors ?? [], body.error?.message ?? config.networkError);
    } catch {
      status.textContent = '';
      showErrors([], config.networkError);
    } finally {
      if (button) button.disabled = false;
    }
  });
}

for (const root of document.querySelectorAll<HTMLElement>('[data-suggestion-root]')) setup(root);
