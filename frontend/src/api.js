// The REST API client. Errors come back as RFC 9457 problem details; ApiError keeps them whole so
// screens can show detail, line and column where the user is looking. Writes carry the CSRF header;
// a 401 (not logged in, or the session ended) sends the user to the login page.
import { csrfToken } from './csrf.js';

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** To the login page, coming back to this screen afterwards. */
export function toLogin() {
  location.assign(`/login.html?next=${encodeURIComponent(location.hash || '#/')}`);
}

export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail || problem?.title || `HTTP ${status}`);
    this.status = status;
    this.problem = problem || {};
  }

  /** "line 12, column 5: detail" when the problem points into a file. */
  describe() {
    const p = this.problem;
    const where = p.line ? `line ${p.line}${p.column ? `, column ${p.column}` : ''}: ` : '';
    return where + this.message;
  }
}

async function problemOf(response) {
  const type = response.headers.get('Content-Type') || '';
  if (type.includes('json')) {
    try { return await response.json(); } catch { /* fall through */ }
  }
  return { title: response.statusText, detail: `The server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''} without details.` };
}

// A thin busy bar at the top while requests run (re-derivations after a decision can take a moment).
let inFlight = 0;
let busyTimer = null;
export function busy(delta) {
  inFlight += delta;
  clearTimeout(busyTimer);
  if (inFlight > 0) busyTimer = setTimeout(() => document.body.classList.add('busy'), 250);
  else document.body.classList.remove('busy');
}

/** Fetches and parses JSON; throws ApiError with the problem detail on any non-2xx answer. */
export async function request(path, options = {}) {
  busy(+1);
  try { return await send(path, options); } finally { busy(-1); }
}

async function send(path, { method = 'GET', body, headers = {}, raw = false } = {}) {
  const init = { method, headers: { Accept: 'application/json, application/problem+json', ...headers } };
  if (WRITES.has(method)) init.headers['X-XSRF-TOKEN'] = csrfToken();
  if (body !== undefined) {
    if (typeof body === 'string' || body instanceof Blob || body instanceof ArrayBuffer) {
      init.body = body;
    } else {
      init.body = JSON.stringify(body);
      init.headers['Content-Type'] = init.headers['Content-Type'] || 'application/json';
    }
  }
  const response = await fetch(path, init);
  if (response.status === 401) toLogin();
  if (!response.ok) throw new ApiError(response.status, await problemOf(response));
  if (raw) return response;
  if (response.status === 204) return null;
  const type = response.headers.get('Content-Type') || '';
  return type.includes('json') ? response.json() : response.text();
}

const ws = (id) => `/api/workspaces/${id}`;

export const api = {
  workspaces: () => request('/api/workspaces'),
  workspace: (id) => request(ws(id)),
  createWorkspace: (name) => request('/api/workspaces', { method: 'POST', body: { name } }),
  summary: (id) => request(`${ws(id)}/strategy`),

  processes: (id) => request(`${ws(id)}/processes`),
  process: (id, p) => request(`${ws(id)}/processes/${p}`),
  createProcess: (id, body) => request(`${ws(id)}/processes`, { method: 'POST', body }),

  versions: (id, p, state) => request(`${ws(id)}/processes/${p}/models/${state}/versions`),
  async model(id, p, state, version) {
    const query = version ? `?version=${version}` : '';
    const response = await request(`${ws(id)}/processes/${p}/models/${state}${query}`,
      { headers: { Accept: 'application/xml, application/problem+json' }, raw: true });
    return { xml: await response.text(), version: Number(response.headers.get('X-Model-Version')) || version };
  },
  diff: (id, p) => request(`${ws(id)}/processes/${p}/diff`),

  /** Uploads with progress through XHR (fetch cannot report upload progress). */
  upload(id, p, state, content, fileName, onProgress) {
    busy(+1);
    return new Promise((resolve, reject) => {
      const xhr = new XMLHttpRequest();
      xhr.addEventListener('loadend', () => busy(-1));
      xhr.open('PUT', `${ws(id)}/processes/${p}/models/${state}`);
      xhr.setRequestHeader('Content-Type', 'application/xml');
      xhr.setRequestHeader('Accept', 'application/json, application/problem+json');
      xhr.setRequestHeader('X-XSRF-TOKEN', csrfToken());
      if (fileName) xhr.setRequestHeader('X-File-Name', fileName);
      xhr.upload.addEventListener('progress', (e) => e.lengthComputable && onProgress?.(e.loaded / e.total));
      xhr.addEventListener('load', () => {
        let body = null;
        try { body = JSON.parse(xhr.responseText); } catch { /* not JSON */ }
        if (xhr.status === 401) toLogin();
        if (xhr.status >= 200 && xhr.status < 300) resolve(body);
        else reject(new ApiError(xhr.status, body || { detail: `${xhr.status} ${xhr.statusText}` }));
      });
      xhr.addEventListener('error', () => reject(new ApiError(0, { detail: 'the server could not be reached' })));
      xhr.send(content);
    });
  },

  list: (id, kind, query = {}) => {
    const params = new URLSearchParams(Object.entries(query).filter(([, v]) => v !== undefined && v !== ''));
    if (!params.has('size')) params.set('size', '500');
    return request(`${ws(id)}/${kind}?${params}`);
  },
  async item(id, kind, key) {
    const response = await request(`${ws(id)}/${kind}/${encodeURIComponent(key)}`, { raw: true });
    const item = await response.json();
    return { ...item, etag: response.headers.get('ETag') || `"${item.tag}"` };
  },
  /**
   * Records a decision. With no tag, the item's current tag is read first: the decision is still
   * refused (412) if someone else decides between the read and the write.
   */
  async decide(id, kind, key, patch, etag) {
    const tag = etag || (await api.item(id, kind, key)).etag;
    return request(`${ws(id)}/${kind}/${encodeURIComponent(key)}`, {
      method: 'PATCH', body: patch, headers: { 'If-Match': tag, 'Content-Type': 'application/merge-patch+json' }
    });
  },
  /** Pairs two elements by hand, or (one side only) declares that element has no counterpart; answers the new diff. */
  correctMatch: (id, p, current, future) =>
    request(`${ws(id)}/processes/${p}/matches`, { method: 'POST', body: { current: current || null, future: future || null } }),
  roadmap: (id) => request(`${ws(id)}/roadmap`),
  createInitiative: (id, name) => request(`${ws(id)}/initiatives`, { method: 'POST', body: { name } }),

  goals: (id) => request(`${ws(id)}/goals`),
  createGoal: (id, body) => request(`${ws(id)}/goals`, { method: 'POST', body }),
  async updateGoal(id, goalId, patch) {
    const response = await request(`${ws(id)}/goals/${goalId}`, { raw: true });
    return request(`${ws(id)}/goals/${goalId}`, { method: 'PATCH', body: patch, headers: { 'If-Match': response.headers.get('ETag') } });
  },

  /** A document read with its ETag: { body, etag }. */
  async tagged(path) {
    const response = await request(path, { raw: true });
    return { body: await response.json(), etag: response.headers.get('ETag') };
  },
  charter: (id) => api.tagged(`${ws(id)}/charter`),
  saveCharter: (id, body, etag) => request(`${ws(id)}/charter`, { method: 'PUT', body, headers: { 'If-Match': etag } }),
  raci: (id) => api.tagged(`${ws(id)}/raci`),
  saveRaci: (id, body, etag) => request(`${ws(id)}/raci`, { method: 'PUT', body, headers: { 'If-Match': etag } }),
  successMetrics: (id) => request(`${ws(id)}/success-metrics`),
  createSuccessMetric: (id, body) => request(`${ws(id)}/success-metrics`, { method: 'POST', body }),
  seedSuccessMetrics: (id, p) => request(`${ws(id)}/processes/${p}/success-metrics/seed`, { method: 'POST' }),
  deleteSuccessMetric: (id, metricId) => request(`${ws(id)}/success-metrics/${metricId}`, { method: 'DELETE' }),
  setScores: (id, p, scores) => request(`${ws(id)}/processes/${p}/scores`, { method: 'PUT', body: scores }),
  shortlist: (id, { top, threshold } = {}) => {
    const params = new URLSearchParams(Object.entries({ top, threshold }).filter(([, v]) => v !== undefined && v !== null && v !== ''));
    return request(`${ws(id)}/shortlist?${params}`);
  },
  workbookUrl: (id) => `${ws(id)}/workbook`,
  importWorkbook: (id, file) => request(`${ws(id)}/workbook`, { method: 'POST', body: file,
    headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' } }),
  importCatalogue: (id, csv) => request(`${ws(id)}/processes/import`, { method: 'POST', body: csv, headers: { 'Content-Type': 'text/csv' } }),
  async settings(id) {
    const response = await request(`${ws(id)}/settings`, { raw: true });
    return { settings: await response.json(), etag: response.headers.get('ETag') };
  },
  saveSettings: (id, body, etag) => request(`${ws(id)}/settings`, { method: 'PUT', body, headers: { 'If-Match': etag } }),

  me: () => request('/api/me'),
  logout: () => request('/logout', { method: 'POST' }),
  tokens: () => request('/api/me/tokens'),
  createToken: (name) => request('/api/me/tokens', { method: 'POST', body: { name } }),
  revokeToken: (tokenId) => request(`/api/me/tokens/${tokenId}`, { method: 'DELETE' }),
  users: () => request('/api/admin/users'),
  createUser: (body) => request('/api/admin/users', { method: 'POST', body }),
  changeUser: (name, patch) => request(`/api/admin/users/${encodeURIComponent(name)}`, { method: 'PATCH', body: patch }),
  deleteUser: (name) => request(`/api/admin/users/${encodeURIComponent(name)}`, { method: 'DELETE' }),
  members: (id) => request(`${ws(id)}/members`),
  addMember: (id, name) => request(`${ws(id)}/members/${encodeURIComponent(name)}`, { method: 'PUT' }),
  removeMember: (id, name) => request(`${ws(id)}/members/${encodeURIComponent(name)}`, { method: 'DELETE' }),
  audit: (page = 0, size = 50) => request(`/api/admin/audit?page=${page}&size=${size}`),
  applications: (id) => request(`${ws(id)}/applications`),
  addApplication: (id, body) => request(`${ws(id)}/applications`, { method: 'POST', body }),
  /** JSON merge patch of one application; etag is the one its list row carries. */
  updateApplication: (id, key, patch, etag) => request(`${ws(id)}/applications/${encodeURIComponent(key)}`,
    { method: 'PATCH', body: patch, headers: { 'If-Match': etag, 'Content-Type': 'application/merge-patch+json' } }),
  deleteApplication: (id, key, etag) => request(`${ws(id)}/applications/${encodeURIComponent(key)}`,
    { method: 'DELETE', headers: { 'If-Match': etag } }),
  portfolio: (id) => request(`${ws(id)}/portfolio`)
};
