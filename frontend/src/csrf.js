/** The CSRF token the server put in the XSRF-TOKEN cookie; writes send it back as X-XSRF-TOKEN. */
export function csrfToken() {
  const match = document.cookie.split('; ').find((c) => c.startsWith('XSRF-TOKEN='));
  return match ? decodeURIComponent(match.slice('XSRF-TOKEN='.length)) : '';
}
