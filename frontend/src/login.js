// The login page: posts the form with the CSRF header (the XSRF-TOKEN cookie's value) and shows the
// server's problem detail (wrong password, or throttled after repeated failures) next to the form.
import { csrfToken } from './csrf.js';

const form = document.getElementById('login-form');
const error = document.getElementById('login-error');

function show(message) {
  error.textContent = message;
  error.hidden = false;
}

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  error.hidden = true;
  const button = form.querySelector('button[type=submit]');
  button.disabled = true;
  try {
    const response = await fetch('/login', {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'X-XSRF-TOKEN': csrfToken(),
        Accept: 'application/json, application/problem+json' },
      body: new URLSearchParams(new FormData(form))
    });
    if (response.ok) {
      const next = new URLSearchParams(location.search).get('next') || '';
      location.assign('/' + (next.startsWith('#/') ? next : ''));
      return;
    }
    let problem = {};
    try { problem = await response.json(); } catch { /* no details */ }
    if (response.status === 429) show(`Too many failed logins: ${problem.detail || 'try again later'}.`);
    else if (response.status === 401) show('Wrong username or password.');
    else show(problem.detail || `The server answered ${response.status}.`);
  } catch {
    show('The server could not be reached.');
  } finally {
    button.disabled = false;
  }
});
