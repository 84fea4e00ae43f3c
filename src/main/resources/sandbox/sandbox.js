// The sandbox page: a tiny Slack client. It renders Block Kit, and sends commands, clicks and
// Home tab opens to the sandbox, which forwards them to the coach as signed Slack requests.
(function () {
  'use strict';

  const EMOJI = {
    fire: '🔥', white_check_mark: '✅', x: '❌', books: '📚', link: '🔗', tada: '🎉', dart: '🎯', wave: '👋',
    sunrise: '🌅', bar_chart: '📊', trophy: '🏆', muscle: '💪', checkered_flag: '🏁', pencil: '✏️',
    hourglass: '⏳', thinking_face: '🤔', warning: '⚠️', calendar: '📅', incoming_envelope: '📨',
    pause_button: '⏸️', arrow_forward: '▶️', first_place_medal: '🥇', second_place_medal: '🥈',
    third_place_medal: '🥉'
  };

  let state = { members: [], messages: [] };
  let user = null;
  let conversation = 'C0STUDY';
  let lastRendered = '';
  const ticked = {};

  const $ = (id) => document.getElementById(id);

  function escapeHtml(text) {
    return String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  }

  function memberName(id) {
    const member = state.members.find((m) => m.id === id);
    return member ? member.name : id;
  }

  // Slack mrkdwn arrives with &, < and > escaped; the only tags in it are Slack's own <...> tokens.
  function mrkdwn(text) {
    let html = String(text || '').replace(/<([^<>]+)>/g, (whole, inner) => {
      const [target, label] = inner.split('|');
      if (target.startsWith('@')) return '<span class="mention">@' + escapeHtml(label || memberName(target.slice(1))) + '</span>';
      if (target.startsWith('#')) return '<span class="mention">#' + escapeHtml(label || state.channelName) + '</span>';
      if (target.startsWith('!')) return '<span class="mention">@' + escapeHtml(target.slice(1)) + '</span>';
      if (/^https?:\/\//.test(target)) return '<a href="' + escapeHtml(target) + '" target="_blank" rel="noopener">' + escapeHtml(label || target) + '</a>';
      return escapeHtml(whole);
    });
    html = html.replace(/```([\s\S]*?)```/g, '<pre>$1</pre>')
      .replace(/`([^`\n]+)`/g, '<code>$1</code>')
      .replace(/(^|[\s(])\*([^*\n]+)\*/g, '$1<strong>$2</strong>')
      .replace(/(^|[\s(])_([^_\n]+)_/g, '$1<em>$2</em>')
      .replace(/(^|[\s(])~([^~\n]+)~/g, '$1<del>$2</del>')
      .replace(/:([a-z0-9_+-]+):/g, (whole, name) => EMOJI[name] || whole)
      .replace(/\n/g, '<br>');
    return html;
  }

  function textOf(node) {
    if (!node) return '';
    return node.type === 'mrkdwn' ? mrkdwn(node.text) : escapeHtml(node.text).replace(/\n/g, '<br>');
  }

  function button(element, message, block) {
    const b = document.createElement('button');
    b.type = 'button';
    b.textContent = element.text ? element.text.text : 'Button';
    if (element.style) b.className = element.style;
    b.dataset.actionId = element.action_id;
    b.addEventListener('click', () => act(message, block, element));
    return b;
  }

  function checkboxes(element, message, block) {
    const group = document.createElement('div');
    group.className = 'checkboxes';
    // Ticks belong to the member who made them, as in Slack: switching members must not carry them over.
    const key = user + '/' + message.ts + '/' + block.block_id + '/' + element.action_id;
    ticked[key] = ticked[key] || new Set();
    element.options.forEach((option) => {
      const label = document.createElement('label');
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.value = option.value;
      box.checked = ticked[key].has(option.value);
      box.addEventListener('change', () => {
        if (box.checked) ticked[key].add(option.value); else ticked[key].delete(option.value);
      });
      label.appendChild(box);
      label.insertAdjacentHTML('beforeend', ' ' + textOf(option.text));
      group.appendChild(label);
    });
    return group;
  }

  function renderBlock(block, message) {
    const div = document.createElement('div');
    div.className = 'block ' + block.type;
    switch (block.type) {
      case 'header':
        div.innerHTML = '<h3>' + textOf(block.text) + '</h3>';
        break;
      case 'section':
        if (block.text) div.insertAdjacentHTML('beforeend', '<div>' + textOf(block.text) + '</div>');
        if (block.fields) {
          const fields = document.createElement('div');
          fields.className = 'fields';
          block.fields.forEach((f) => fields.insertAdjacentHTML('beforeend', '<div>' + textOf(f) + '</div>'));
          div.appendChild(fields);
        }
        if (block.accessory && block.accessory.type === 'button') {
          const accessory = document.createElement('div');
          accessory.className = 'section-accessory';
          accessory.appendChild(button(block.accessory, message, block));
          div.appendChild(accessory);
        }
        break;
      case 'context':
        block.elements.forEach((e) => {
          if (e.type === 'image') div.insertAdjacentHTML('beforeend', '<img alt="' + escapeHtml(e.alt_text) + '" src="' + escapeHtml(e.image_url) + '" width="16">');
          else div.insertAdjacentHTML('beforeend', '<span>' + textOf(e) + '</span>');
        });
        break;
      case 'divider':
        div.innerHTML = '<hr>';
        break;
      case 'image':
        div.innerHTML = (block.title ? '<div>' + textOf(block.title) + '</div>' : '') +
          '<img alt="' + escapeHtml(block.alt_text) + '" src="' + escapeHtml(block.image_url) + '">';
        break;
      case 'actions':
        block.elements.forEach((e) => {
          if (e.type === 'button') div.appendChild(button(e, message, block));
          else if (e.type === 'checkboxes') div.appendChild(checkboxes(e, message, block));
        });
        break;
      default:
        div.textContent = '[' + block.type + ' block]';
    }
    return div;
  }

  function renderMessage(message) {
    const row = document.createElement('div');
    row.className = 'message' + (message.ephemeral ? ' ephemeral' : '');
    row.dataset.ts = message.ts;
    const avatar = document.createElement('div');
    avatar.className = 'avatar';
    avatar.textContent = message.from.charAt(0);
    const body = document.createElement('div');
    body.className = 'body';
    body.innerHTML = '<div class="from">' + escapeHtml(message.from) +
      (message.ephemeral ? '<span class="ephemeral-note">Only visible to you</span>' : '') + '</div>';
    if (message.blocks && message.blocks.length) message.blocks.forEach((b) => body.appendChild(renderBlock(b, message)));
    else body.insertAdjacentHTML('beforeend', '<div>' + mrkdwn(message.text) + '</div>');
    row.appendChild(avatar);
    row.appendChild(body);
    return row;
  }

  function render() {
    const me = state.members.find((m) => m.id === user);
    $('zone').textContent = me ? me.zone + (me.lead ? ' · study-group lead' : '') : '';
    $('now').textContent = 'Sandbox time: ' + new Date(state.now).toUTCString().replace('GMT', 'UTC');
    const nav = $('conversations');
    nav.innerHTML = '';
    const entries = [{ id: state.channel, name: '# ' + state.channelName }, { id: me ? me.dm : '', name: '✉ Study Coach (DM)' }, { id: 'home', name: '⌂ Study Coach Home' }];
    entries.forEach((entry) => {
      const a = document.createElement('a');
      a.textContent = entry.name;
      a.dataset.conversation = entry.id;
      if (entry.id === conversation) a.className = 'active';
      a.addEventListener('click', () => open(entry.id));
      nav.appendChild(a);
    });
    $('title').textContent = conversation === 'home' ? 'Study Coach · Home' : conversation === state.channel ? '#' + state.channelName : 'Study Coach (DM)';
    $('composer').style.display = conversation === 'home' ? 'none' : 'flex';
    const fingerprint = JSON.stringify([conversation, user, state.messages, state.home]);
    if (fingerprint === lastRendered) return;
    lastRendered = fingerprint;
    const list = $('messages');
    list.innerHTML = '';
    if (conversation === 'home') {
      if (state.home) {
        const view = { ts: 'home', from: 'Study Coach', ephemeral: false, blocks: state.home.blocks };
        state.home.blocks.forEach((b) => list.appendChild(renderBlock(b, view)));
      } else list.innerHTML = '<div class="empty">Opening the Home tab…</div>';
      return;
    }
    if (!state.messages.length) {
      // A fresh start (or a Reset): say how the channel comes to life, not just that it is empty.
      list.innerHTML = conversation === state.channel
        ? '<div class="empty" id="fresh-start">Nothing here yet. Choose <strong>Priya (lead)</strong> under <em>You are</em> and type ' +
          '<code>/quiz setup</code> to start a question of the day in #' + escapeHtml(state.channelName) +
          ', or type <code>/quiz</code> for a question of your own.</div>'
        : '<div class="empty">No messages yet. Type <code>/quiz</code> below for a question.</div>';
    }
    state.messages.forEach((m) => list.appendChild(renderMessage(m)));
    list.scrollTop = list.scrollHeight;
  }

  async function refresh() {
    if (!user) return;
    const target = conversation === 'home' ? state.channel || 'C0STUDY' : conversation;
    const response = await fetch('/sandbox/ui/state?user=' + encodeURIComponent(user) + '&conversation=' + encodeURIComponent(target));
    state = await response.json();
    if (conversation !== 'home' && conversation !== state.channel && !state.members.some((m) => m.dm === conversation)) conversation = state.channel;
    render();
  }

  async function post(path, body) {
    const response = await fetch(path, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
    return response.json();
  }

  async function open(id) {
    conversation = id;
    lastRendered = '';
    if (id === 'home') await post('/sandbox/ui/home', { user: user });
    await refresh();
  }

  async function act(message, block, element) {
    const values = {};
    Object.keys(ticked).filter((k) => k.startsWith(user + '/' + message.ts + '/')).forEach((k) => {
      const [, , blockId, actionId] = k.split('/');
      values[blockId] = values[blockId] || {};
      values[blockId][actionId] = { type: 'checkboxes', selected_options: Array.from(ticked[k]).map((v) => ({ value: v, text: { type: 'plain_text', text: v } })) };
    });
    await post('/sandbox/ui/action', {
      user: user, conversation: conversation, ts: message.ts, blockId: block.block_id || '', actionId: element.action_id,
      value: element.value || '', label: element.text ? element.text.text : '', state: { values: values }
    });
    setTimeout(refresh, 150);
  }

  $('composer').addEventListener('submit', async (event) => {
    event.preventDefault();
    const text = $('command').value.trim();
    if (!text) return;
    $('command').value = '';
    const result = await post('/sandbox/ui/command', { user: user, conversation: conversation, text: text });
    if (!result.ok && result.error) alert(result.error);
    setTimeout(refresh, 150);
  });

  async function moveClock(step) {
    await post('/sandbox/ui/clock', { user: user, step: step });
    lastRendered = '';
    await refresh();
  }

  $('reset').addEventListener('click', async () => {
    if (!window.confirm('Reset the sandbox? This deletes its questions, answers, streaks and settings (only the sandbox\'s own data) and starts afresh.')) return;
    await post('/sandbox/ui/reset', {});
    Object.keys(ticked).forEach((k) => delete ticked[k]);
    conversation = state.channel;
    lastRendered = '';
    await refresh();
  });
  $('next-day').addEventListener('click', () => moveClock('day'));
  $('next-week').addEventListener('click', () => moveClock('week'));
  $('member').addEventListener('change', () => {
    user = $('member').value;
    conversation = state.channel;
    lastRendered = '';
    refresh();
  });

  async function start() {
    const response = await fetch('/sandbox/ui/state?user=U0PRIYA&conversation=C0STUDY');
    state = await response.json();
    state.members.forEach((m) => {
      const option = document.createElement('option');
      option.value = m.id;
      option.textContent = m.name + (m.lead ? ' (lead)' : '') + ' · ' + m.zone;
      $('member').appendChild(option);
    });
    user = state.members[0].id;
    render();
    setInterval(refresh, 1000);
  }

  start();
}());
