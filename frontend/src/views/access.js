// Access screens: my API tokens (the secret is shown once), and for admins the users with their roles,
// the members of each workspace and the audit log.
import { h, clear } from '../dom.js';
import { api } from '../api.js';
import { notify, explain } from '../notify.js';

const ROLES = ['VIEWER', 'ANALYST', 'ARCHITECT', 'ADMIN'];

export async function tokensView(main) {
  const section = h('section.page', { id: 'tokens' });
  main.append(section);
  const name = h('input', { id: 'token-name', required: true, maxlength: 100, placeholder: 'e.g. load test script' });
  const secretBox = h('div.token-secret', { id: 'token-secret', hidden: true, role: 'status' });
  const list = h('tbody');

  async function refresh() {
    const tokens = await api.tokens();
    clear(list);
    if (tokens.length === 0) list.append(h('tr', {}, h('td.empty', { colspan: 3 }, 'No token yet.')));
    for (const t of tokens) {
      list.append(h('tr', { dataset: { tokenId: t.id } },
        h('td', {}, t.name), h('td', {}, h('code', {}, t.hint), ' · created ', new Date(t.createdAt).toLocaleString()),
        h('td', {}, h('button.danger', {
          type: 'button', 'aria-label': `Revoke ${t.name}`,
          onclick: async () => {
            try { await api.revokeToken(t.id); notify(`Token "${t.name}" revoked.`); await refresh(); } catch (err) { notify(explain(err), 'error'); }
          }
        }, 'Revoke'))));
    }
  }

  const form = h('form.inline-form', {
    onsubmit: async (e) => {
      e.preventDefault();
      try {
        const created = await api.createToken(name.value.trim());
        name.value = '';
        clear(secretBox).append(h('strong', {}, `Token "${created.name}": copy it now, it is not shown again.`),
          h('code', { id: 'token-value' }, created.token),
          h('p.hint', {}, 'Send it as the header ', h('code', {}, 'Authorization: Bearer <token>'), '.'));
        secretBox.hidden = false;
        await refresh();
      } catch (err) { notify(explain(err), 'error'); }
    }
  }, h('label', { for: 'token-name' }, 'New token'), name, h('button.primary', { type: 'submit' }, 'Create'));

  section.append(h('div.page-head', {}, h('h2', {}, 'My API tokens'), form), secretBox,
    h('table.data', { 'aria-label': 'My API tokens' },
      h('thead', {}, h('tr', {}, ['Name', 'Token', ''].map((t) => h('th', { scope: 'col' }, t)))), list));
  await refresh();
}

export async function adminView(main) {
  const section = h('section.page', { id: 'admin' }, h('h2', {}, 'Admin'));
  main.append(section);
  const users = h('tbody');
  const members = h('div', { id: 'members' });
  const audit = h('div', { id: 'audit' });

  async function refreshUsers() {
    const list = await api.users();
    clear(users);
    for (const u of list) {
      const role = h('select', {
        'aria-label': `Role of ${u.username}`,
        onchange: async () => {
          try { await api.changeUser(u.username, { role: role.value }); notify(`${u.username} is now ${role.value.toLowerCase()}.`); } catch (err) { role.value = u.role; notify(explain(err), 'error'); }
        }
      }, ROLES.map((r) => h('option', { value: r, selected: r === u.role }, r.toLowerCase())));
      users.append(h('tr', { dataset: { username: u.username } }, h('td', {}, u.username), h('td', {}, role),
        h('td', {}, h('button.danger', {
          type: 'button', 'aria-label': `Delete ${u.username}`,
          onclick: async () => {
            if (!confirm(`Delete the user ${u.username}?`)) return;
            try { await api.deleteUser(u.username); await refreshUsers(); } catch (err) { notify(explain(err), 'error'); }
          }
        }, 'Delete'))));
    }
  }

  const username = h('input', { id: 'new-user-name', required: true, maxlength: 100, autocomplete: 'off' });
  const password = h('input', { id: 'new-user-password', type: 'password', required: true, minlength: 8, maxlength: 72, autocomplete: 'new-password' });
  const newRole = h('select', { id: 'new-user-role' }, ROLES.map((r) => h('option', { value: r }, r.toLowerCase())));
  const userForm = h('form.inline-form', {
    onsubmit: async (e) => {
      e.preventDefault();
      try {
        await api.createUser({ username: username.value.trim(), password: password.value, role: newRole.value });
        notify(`User ${username.value.trim()} created.`);
        username.value = ''; password.value = '';
        await refreshUsers();
      } catch (err) { notify(explain(err), 'error'); }
    }
  }, h('label', { for: 'new-user-name' }, 'Username'), username, h('label', { for: 'new-user-password' }, 'Password'), password,
  h('label', { for: 'new-user-role' }, 'Role'), newRole, h('button.primary', { type: 'submit' }, 'Add user'));

  const workspaces = await api.workspaces();
  const wsSelect = h('select', { id: 'members-workspace', onchange: () => refreshMembers() },
    workspaces.map((w) => h('option', { value: w.id }, w.name)));
  const memberName = h('input', { id: 'member-name', required: true, placeholder: 'username' });

  async function refreshMembers() {
    clear(members);
    if (!wsSelect.value) { members.append(h('p.empty', {}, 'No workspace yet.')); return; }
    const list = await api.members(wsSelect.value);
    members.append(list.length === 0 ? h('p.empty', {}, 'No members: only admins see this workspace.') :
      h('ul.members', {}, list.map((m) => h('li', { dataset: { member: m.username } }, `${m.username} (${m.role.toLowerCase()}) `,
        h('button.link', {
          type: 'button', 'aria-label': `Remove ${m.username}`,
          onclick: async () => { try { await api.removeMember(wsSelect.value, m.username); await refreshMembers(); } catch (err) { notify(explain(err), 'error'); } }
        }, 'remove')))));
  }
  const memberForm = h('form.inline-form', {
    onsubmit: async (e) => {
      e.preventDefault();
      try { await api.addMember(wsSelect.value, memberName.value.trim()); memberName.value = ''; await refreshMembers(); } catch (err) { notify(explain(err), 'error'); }
    }
  }, h('label', { for: 'members-workspace' }, 'Workspace'), wsSelect, h('label', { for: 'member-name' }, 'Add member'), memberName,
  h('button.primary', { type: 'submit' }, 'Add'));

  let page = 0;
  async function refreshAudit() {
    const p = await api.audit(page, 50);
    clear(audit).append(h('table.data', { 'aria-label': 'Audit log' },
      h('thead', {}, h('tr', {}, ['When', 'Who', 'What', 'Workspace', 'Target', 'Detail'].map((t) => h('th', { scope: 'col' }, t)))),
      h('tbody', {}, p.items.map((e) => h('tr', {}, h('td', {}, new Date(e.at).toLocaleString()), h('td', {}, e.username || '–'),
        h('td', {}, e.action), h('td', {}, e.workspaceId ?? ''), h('td', {}, e.target || ''), h('td', {}, e.detail || ''))))),
    h('div.buttons', {},
      h('button', { type: 'button', disabled: page === 0, onclick: () => { page--; refreshAudit(); } }, 'Newer'),
      h('span.muted', {}, ` page ${page + 1} of ${Math.max(1, Math.ceil(p.total / p.size))} `),
      h('button', { type: 'button', disabled: (page + 1) * p.size >= p.total, onclick: () => { page++; refreshAudit(); } }, 'Older')));
  }

  section.append(h('h3', {}, 'Users'), userForm,
    h('table.data', { id: 'users', 'aria-label': 'Users' }, h('thead', {}, h('tr', {}, ['User', 'Role', ''].map((t) => h('th', { scope: 'col' }, t)))), users),
    h('h3', {}, 'Workspace members'), memberForm, members, h('h3', {}, 'Audit log'), audit);
  await Promise.all([refreshUsers(), refreshMembers(), refreshAudit()]);
}
