// Gapwise UI: a hash-routed single page (#/ws/1/process/3/diff) so a reload keeps the screen.
import { h, clear } from './dom.js';
import { api } from './api.js';
import { workspacesView, catalogueView } from './views/catalogue.js';
import { diffView } from './views/diff.js';
import { modelerView } from './views/modeler.js';
import { gapsView, requirementsView, initiativesView } from './views/boards.js';
import { scoringView } from './views/scoring.js';
import { roadmapView } from './views/roadmap.js';
import { charterView, shortlistView } from './views/method.js';
import { adminView, tokensView } from './views/access.js';
import { portfolioView } from './views/portfolio.js';

const main = document.getElementById('main');
const nav = document.getElementById('nav');
const crumb = document.getElementById('workspace-name');

const routes = [
  [/^\/?$/, () => workspacesView],
  [/^\/ws\/(\d+)\/?$/, () => catalogueView],
  [/^\/ws\/(\d+)\/process\/(\d+)\/diff$/, () => diffView],
  [/^\/ws\/(\d+)\/process\/(\d+)\/model\/(current|future)(?:\/v\/(\d+))?$/, () => modelerView],
  [/^\/ws\/(\d+)\/gaps$/, () => gapsView],
  [/^\/ws\/(\d+)\/requirements$/, () => requirementsView],
  [/^\/ws\/(\d+)\/initiatives$/, () => initiativesView],
  [/^\/ws\/(\d+)\/scoring$/, () => scoringView],
  [/^\/ws\/(\d+)\/roadmap$/, () => roadmapView],
  [/^\/ws\/(\d+)\/charter$/, () => charterView],
  [/^\/ws\/(\d+)\/shortlist$/, () => shortlistView],
  [/^\/tokens$/, () => tokensView],
  [/^\/admin$/, () => adminView],
  [/^\/ws\/(\d+)\/portfolio$/, () => portfolioView]
];

let disposeCurrent = null;
/** Counts navigations: a screen still loading when the user moves on must not land on the next one. */
let navigation = 0;

function renderNav(wsId, path) {
  clear(nav);
  if (!wsId) return;
  const tabs = [
    ['Charter', `/ws/${wsId}/charter`], ['Goals & shortlist', `/ws/${wsId}/shortlist`], ['Catalogue', `/ws/${wsId}`], ['Portfolio', `/ws/${wsId}/portfolio`], ['Gaps', `/ws/${wsId}/gaps`], ['Requirements', `/ws/${wsId}/requirements`],
    ['Initiatives', `/ws/${wsId}/initiatives`], ['Scoring', `/ws/${wsId}/scoring`], ['Roadmap', `/ws/${wsId}/roadmap`]
  ];
  for (const [label, href] of tabs) {
    const active = href === `/ws/${wsId}` ? /^\/ws\/\d+\/?(process.*)?$/.test(path) : path.startsWith(href);
    nav.append(h('a.tab', { href: `#${href}`, 'aria-current': active ? 'page' : null }, label));
  }
}

function dispose(fn) {
  if (fn) { try { fn(); } catch { /* the old screen is gone anyway */ } }
}

async function route() {
  const current = ++navigation;
  const [path, queryString] = location.hash.replace(/^#/, '').split('?');
  const query = new URLSearchParams(queryString || '');
  dispose(disposeCurrent);
  disposeCurrent = null;
  const match = routes.map(([re, view]) => [path.match(re), view]).find(([m]) => m);
  clear(main);
  // Each screen renders into its own element (laid out as if it were main's children): a screen that is
  // still fetching when the user navigates away finishes into an element no longer on the page.
  const screen = h('div.screen', {});
  main.append(screen);
  if (!match) {
    screen.append(h('section.page', {}, h('h2', {}, 'Not found'), h('p', {}, 'No screen at this address. '),
      h('a', { href: '#/' }, 'Back to the workspaces')));
    return;
  }
  const [m, view] = match;
  const params = m.slice(1);
  const wsId = path.startsWith('/ws/') ? params[0] : null;
  renderNav(wsId, path);
  crumb.textContent = '';
  if (wsId) {
    api.workspace(wsId).then((w) => { crumb.textContent = w.name; crumb.href = `#/ws/${wsId}`; }).catch(() => {});
  }
  main.setAttribute('aria-busy', 'true');
  try {
    const disposer = await view()(screen, params, query) || null;
    if (current === navigation) disposeCurrent = disposer;
    else dispose(disposer);
  } catch (err) {
    screen.append(h('div.problem', { role: 'alert' }, h('strong', {}, 'This screen could not load. '),
      err.describe ? err.describe() : err.message));
  } finally {
    if (current === navigation) main.removeAttribute('aria-busy');
  }
}

/** Who is logged in, with their screens and a logout button, in the header. */
async function renderUser() {
  const menu = document.getElementById('user-menu');
  const me = await api.me();
  document.body.dataset.role = me.role;
  clear(menu).append(
    h('span.user', { id: 'current-user' }, me.username, h('span.muted', {}, ` (${me.role.toLowerCase()})`)),
    h('a', { href: '#/tokens' }, 'My API tokens'),
    me.role === 'ADMIN' ? h('a', { href: '#/admin', id: 'admin-link' }, 'Admin') : null,
    h('button.link', {
      type: 'button', id: 'logout',
      onclick: async () => { try { await api.logout(); } finally { location.assign('/login.html'); } }
    }, 'Log out'));
}

window.addEventListener('hashchange', route);
renderUser().catch(() => { /* a 401 already went to the login page */ });
route();
