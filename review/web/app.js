// sayso review: the page. Plain JavaScript, no framework, no network beyond
// this server. Record offsets are Unicode code points; the DOM counts UTF-16
// units, so each record gets a code point → UTF-16 table (state.u16) when it
// is shown, and selections are mapped back through it.
'use strict';

(() => {
  const $ = (sel, root = document) => root.querySelector(sel);
  const $$ = (sel, root = document) => Array.from(root.querySelectorAll(sel));
  const meta = (name) => (document.querySelector(`meta[name="${name}"]`) || {}).content || '';

  const TOKEN = meta('sayso-token');
  const LOW_CONFIDENCE = 0.6;
  const PAGE = 100;
  const KINDS = ['direct', 'indirect', 'mixed'];

  const state = {
    index: -1,      // record shown
    view: null,     // {index, version, record, readonly, error}
    u16: [0],       // u16[cp] = UTF-16 offset of code point cp in the text
    sel: null,      // selected quote id
    editing: false,
    undo: [],       // {index, qid, before, label}
    notes: {},      // note drafts, by quote id
    lastSel: null,  // last text selection in the article, as a code point span
    busy: false,
    nav: 0,         // bumped by every article load: an answer that comes back after another load is stale
    list: { items: [], total: 0, loading: false },
    summary: null,
  };

  // ------------------------------------------------------------ helpers

  function h(tag, attrs, ...children) {
    const el = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k === 'class') el.className = v;
      else if (k === 'text') el.textContent = v;
      else if (k.startsWith('on')) el.addEventListener(k.slice(2), v);
      else if (k === 'dataset') Object.assign(el.dataset, v);
      else el.setAttribute(k, v === true ? '' : v);
    }
    for (const c of children.flat()) {
      if (c === null || c === undefined || c === false) continue;
      el.append(c instanceof Node ? c : document.createTextNode(String(c)));
    }
    return el;
  }

  async function api(method, path, body) {
    const headers = { 'X-Sayso-Token': TOKEN };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    let res;
    try {
      res = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body), cache: 'no-store' });
    } catch (err) {
      return { status: 0, ok: false, data: { error: 'the review server is not answering (was it stopped?)' } };
    }
    let data = null;
    try { data = await res.json(); } catch (_) { data = { error: `HTTP ${res.status}` }; }
    return { status: res.status, ok: res.ok, data };
  }

  let toastTimer = 0;
  function toast(msg, error) {
    const t = $('#toast');
    t.textContent = msg;
    t.classList.toggle('error', !!error);
    t.classList.add('show');
    clearTimeout(toastTimer);
    toastTimer = setTimeout(() => t.classList.remove('show'), error ? 6000 : 2200);
  }

  function notice(msg, error) {
    const n = $('#notice');
    n.hidden = !msg;
    n.textContent = msg || '';
    n.classList.toggle('error', !!error);
  }

  const pct = (x) => `${Math.round(x * 100)}%`;
  const fmt = (n) => n.toLocaleString('en-US');

  function statusOf(q) { return (q.review && q.review.status) || 'pending'; }

  function speakerKey(q) {
    if (!q.speaker) return '(no speaker)';
    return q.speaker.name || q.speaker.text || '(unnamed)';
  }

  function countRecord(rec) {
    const c = { quotes: 0, reviewed: 0 };
    for (const q of (rec && rec.quotes) || []) {
      c.quotes++;
      if (q.review && q.review.status) c.reviewed++;
    }
    return c;
  }

  // ------------------------------------------------------------ offsets

  function buildU16(text) {
    const u16 = [0];
    let u = 0;
    for (const ch of text) { u += ch.length; u16.push(u); }
    return u16;
  }

  // cpOf maps a UTF-16 offset to the code point offset at or before it.
  function cpOf(u) {
    const a = state.u16;
    let lo = 0, hi = a.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (a[mid] <= u) lo = mid; else hi = mid - 1;
    }
    return lo;
  }

  function selectionSpan() {
    const sel = window.getSelection();
    if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return null;
    const r = sel.getRangeAt(0);
    const root = $('#text');
    if (!root.contains(r.startContainer) || !root.contains(r.endContainer)) return null;
    const pre = document.createRange();
    pre.selectNodeContents(root);
    pre.setEnd(r.startContainer, r.startOffset);
    const s16 = pre.toString().length;
    const e16 = s16 + r.toString().length;
    const start = cpOf(s16), end = cpOf(e16);
    return end > start ? { start, end } : null;
  }

  // ------------------------------------------------------------ summary and article list

  function showSummary(s) {
    state.summary = s;
    const c = s.counts;
    const done = c.quotes ? c.reviewed / c.quotes : 0;
    $('#progress-fill').style.width = pct(done);
    $('#progress-bar').setAttribute('aria-valuenow', String(Math.round(done * 100)));
    const parts = [`Reviewed ${fmt(c.reviewed)} of ${fmt(c.quotes)} quotes (${pct(done)})`];
    if (c.reviewed) {
      parts.push(`agreement ${pct(s.agreement)}`);
      parts.push(`${fmt(c.accepted)} accepted · ${fmt(c.edited)} edited · ${fmt(c.rejected)} rejected`);
    }
    parts.push(`${fmt(s.records)} article${s.records === 1 ? '' : 's'}`);
    $('#progress-text').textContent = parts.join(' · ');
    $('#progress-text').title = 'Agreement: the share of reviewed quotes accepted as the extractor wrote them';
  }

  async function loadSummary() {
    const r = await api('GET', '/api/summary');
    if (r.ok) showSummary(r.data);
  }

  async function loadList(reset) {
    if (state.list.loading) return;
    state.list.loading = true;
    if (reset) state.list.items = [];
    const q = new URLSearchParams({
      offset: String(state.list.items.length),
      limit: String(PAGE),
      q: $('#search').value.trim(),
      pending: $('#pending-articles').checked ? '1' : '',
    });
    const r = await api('GET', '/api/records?' + q);
    state.list.loading = false;
    if (!r.ok) { toast(r.data.error, true); return; }
    state.list.items.push(...r.data.items);
    state.list.total = r.data.total;
    renderList();
  }

  function renderList() {
    const ol = $('#article-list');
    ol.textContent = '';
    for (const it of state.list.items) {
      const c = it.counts;
      const cls = it.error ? 'bad' : (c.quotes > 0 && c.reviewed === c.quotes ? 'done' : '');
      ol.append(h('li', { class: cls },
        h('button', {
          type: 'button',
          'aria-current': it.index === state.index ? 'true' : 'false',
          title: it.title ? `${it.title}\n${it.id}` : it.id,
          dataset: { index: String(it.index) },
          onclick: () => loadRecord(it.index),
        },
        h('span', { class: 'name', text: it.title || it.id }),
        h('span', { class: 'count', text: it.error ? 'error' : `${c.reviewed}/${c.quotes}` }))));
    }
    const shown = state.list.items.length;
    $('#article-count').textContent = `${fmt(shown)} of ${fmt(state.list.total)}`;
    $('#more').hidden = shown >= state.list.total;
  }

  function updateListItem() {
    const rec = state.view && state.view.record;
    for (const it of state.list.items) {
      if (it.index !== state.index || !rec) continue;
      const c = countRecord(rec);
      it.counts = Object.assign({}, it.counts, c);
    }
    renderList();
    const cur = $('#article-list [aria-current="true"]');
    if (cur) cur.scrollIntoView({ block: 'nearest' });
  }

  // ------------------------------------------------------------ record

  async function loadRecord(i, qid) {
    const nav = ++state.nav;
    const r = await api('GET', `/api/records/${i}`);
    if (nav !== state.nav) return false; // another article was asked for meanwhile
    if (!r.ok) { toast(r.data.error, true); return false; }
    state.index = i;
    state.editing = false;
    state.notes = {};
    showView(r.data, qid);
    return true;
  }

  function showView(view, qid) {
    state.view = view;
    const rec = view.record;
    if (rec) {
      // Go writes empty lists of a failed article as null.
      rec.quotes = rec.quotes || [];
      rec.entities = rec.entities || [];
      rec.errors = rec.errors || [];
    }
    state.u16 = buildU16((rec && rec.text) || '');
    const vis = visibleQuotes();
    if (qid && rec && rec.quotes.some((q) => q.id === qid)) state.sel = qid;
    else if (!rec || !rec.quotes.some((q) => q.id === state.sel)) state.sel = vis.length ? vis[0].id : null;
    render();
    updateHash();
  }

  function updateHash() {
    const p = new URLSearchParams({ r: String(state.index) });
    if (state.sel) p.set('q', state.sel);
    history.replaceState(null, '', '#' + p);
  }

  function render() {
    renderHead();
    renderText();
    renderQuotes();
    markSelection(false);
    updateListItem();
  }

  function renderHead() {
    const v = state.view, rec = v.record;
    const total = state.summary ? state.summary.records : 0;
    $('#position').textContent = total ? `Article ${fmt(state.index + 1)} of ${fmt(total)}` : '';
    $('#prev-article').disabled = state.index <= 0;
    $('#next-article').disabled = total > 0 && state.index >= total - 1;
    $('#title').textContent = rec ? (rec.title || rec.id) : `Record ${state.index + 1}`;
    const bits = [];
    if (rec) {
      if (rec.title) bits.push(rec.id);
      if (rec.published) bits.push(rec.published);
      if (rec.url) bits.push(rec.url);
      const c = countRecord(rec);
      bits.push(`${c.reviewed}/${c.quotes} quotes reviewed`);
    }
    $('#meta').textContent = bits.join(' · ');
    if (v.readonly) notice(`Decisions on this article cannot be saved: ${v.readonly}`, true);
    else if (rec && rec.errors && rec.errors.length) notice(`The extractor reported: ${rec.errors.join('; ')}`);
    else notice('');
  }

  // renderText lays the annotations over the text: every boundary of every
  // span cuts the text, and each piece gets the classes of all spans that
  // cover it, so overlapping highlights (a mention inside a quote) combine.
  function renderText() {
    const el = $('#text');
    el.textContent = '';
    const rec = state.view.record;
    if (!rec) {
      el.className = 'text empty';
      el.textContent = `This record could not be read: ${state.view.error || 'unknown error'}. It is kept in the file as it is.`;
      return;
    }
    if (!rec.text) {
      el.className = 'text empty';
      el.textContent = rec.error
        ? `The extractor could not process this article: ${rec.error}`
        : 'This record carries no article text (it was extracted with --no-text): its quotes can be reviewed in the list, but spans cannot be shown or changed.';
      return;
    }
    el.className = 'text';
    const n = state.u16.length - 1;
    const anns = [];
    const add = (s, e, a) => { if (e > s && s >= 0 && e <= n) anns.push(Object.assign({ s, e }, a)); };
    for (const ent of rec.entities || []) {
      for (const m of ent.mentions || []) add(m.start, m.end, { kind: 'ent', type: ent.type, entity: ent.id });
    }
    for (const q of rec.quotes || []) {
      add(q.start, q.end, { kind: 'q', q: q.id, status: statusOf(q) });
      if (q.cue) add(q.cue.start, q.cue.end, { kind: 'cue', q: q.id });
      if (q.speaker && q.speaker.end > q.speaker.start) add(q.speaker.start, q.speaker.end, { kind: 'spk', q: q.id });
    }
    anns.sort((a, b) => a.s - b.s || b.e - a.e);
    const cuts = new Set([0, n]);
    for (const a of anns) { cuts.add(a.s); cuts.add(a.e); }
    const points = Array.from(cuts).sort((a, b) => a - b);
    const text = rec.text;
    const frag = document.createDocumentFragment();
    let next = 0;
    let active = [];
    for (let k = 0; k + 1 < points.length; k++) {
      const a = points[k], b = points[k + 1];
      active = active.filter((x) => x.e > a);
      while (next < anns.length && anns[next].s <= a) { if (anns[next].e > a) active.push(anns[next]); next++; }
      const piece = text.slice(state.u16[a], state.u16[b]);
      const cover = active.filter((x) => x.s <= a && x.e >= b);
      if (!cover.length) { frag.append(piece); continue; }
      const span = document.createElement('span');
      span.textContent = piece;
      const qs = [], cues = [], spks = [];
      for (const x of cover) {
        if (x.kind === 'ent') {
          span.classList.add('ent', `ent-${x.type}`);
          span.dataset.entity = x.entity;
          span.dataset.ms = String(x.s);
          span.dataset.me = String(x.e);
        } else if (x.kind === 'q') {
          span.classList.add('q', `q-${x.status}`);
          qs.push(x.q);
        } else if (x.kind === 'cue') {
          span.classList.add('cue');
          cues.push(x.q);
        } else if (x.kind === 'spk') {
          span.classList.add('spk');
          spks.push(x.q);
          span.dataset.ss = String(x.s);
          span.dataset.se = String(x.e);
        }
      }
      if (qs.length) span.dataset.qs = qs.join(' ');
      if (cues.length) span.dataset.cues = cues.join(' ');
      if (spks.length) span.dataset.spks = spks.join(' ');
      frag.append(span);
    }
    el.append(frag);
    el.classList.toggle('picking', state.editing);
  }

  function visibleQuotes() {
    const rec = state.view && state.view.record;
    if (!rec) return [];
    let qs = rec.quotes.slice();
    if ($('#f-pending').checked) qs = qs.filter((q) => statusOf(q) === 'pending');
    const spk = $('#f-speaker').value;
    if (spk) qs = qs.filter((q) => speakerKey(q) === spk);
    if ($('#f-lowconf').checked) qs.sort((a, b) => a.confidence - b.confidence || a.start - b.start);
    return qs;
  }

  function renderSpeakerFilter() {
    const sel = $('#f-speaker');
    const keep = sel.value;
    const rec = state.view.record;
    const counts = new Map();
    for (const q of (rec && rec.quotes) || []) counts.set(speakerKey(q), (counts.get(speakerKey(q)) || 0) + 1);
    sel.textContent = '';
    sel.append(h('option', { value: '', text: 'All' }));
    for (const [k, n] of Array.from(counts).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))) {
      sel.append(h('option', { value: k, text: `${k} (${n})` }));
    }
    sel.value = counts.has(keep) ? keep : '';
  }

  function renderQuotes() {
    renderSpeakerFilter();
    const list = $('#quote-list');
    list.textContent = '';
    const rec = state.view.record;
    const all = (rec && rec.quotes) || [];
    const vis = visibleQuotes();
    const c = countRecord(rec);
    $('#quote-count').textContent = all.length ? `${c.reviewed}/${c.quotes} reviewed` : '';
    if (!all.length) {
      list.append(h('li', { class: 'empty', text: rec ? 'The extractor found no quotes in this article.' : '' }));
      return;
    }
    if (!vis.length) {
      list.append(h('li', { class: 'empty', text: 'No quote matches the filters.' }));
      return;
    }
    for (const q of vis) list.append(quoteCard(q));
  }

  function describeSpeaker(sp) {
    if (!sp) return h('span', { class: 'who none', text: 'no speaker' });
    const who = sp.name || sp.text;
    const bits = [h('span', { class: 'who', text: who })];
    if (sp.text && sp.name && sp.text !== sp.name) bits.push(' ', h('span', { text: `(“${sp.text}”)` }));
    if (sp.form) bits.push(' ', h('span', { class: 'form', text: sp.form }));
    return h('span', {}, bits);
  }

  function quoteCard(q) {
    const st = statusOf(q);
    const sel = q.id === state.sel;
    const ro = !!state.view.readonly;
    const low = q.confidence < LOW_CONFIDENCE;
    const card = h('li', {
      class: `quote-card st-${st}`,
      'aria-current': sel ? 'true' : 'false',
      dataset: { q: q.id },
      onclick: (ev) => {
        if (ev.target.closest('button, input, select, details, label')) return;
        select(q.id, true);
      },
    },
    h('div', { class: 'card-top' },
      h('span', { class: 'qid', text: q.id }),
      h('span', { class: 'badge kind', text: q.kind }),
      h('span', { class: `conf${low ? ' low' : ''}`, title: 'extractor confidence', text: q.confidence.toFixed(2) }),
      h('span', { class: `badge status st-${st}`, text: st })),
    h('blockquote', { text: `“${q.text}”` }),
    h('div', { class: 'attrib' }, describeSpeaker(q.speaker), q.cue ? [' · ', h('span', { class: 'cue', text: q.cue.text })] : null));
    if (q.review && (q.review.by || q.review.note)) {
      const bits = [];
      if (q.review.by) bits.push(`by ${q.review.by}`);
      if (q.review.at) bits.push(q.review.at.replace('T', ' ').replace('Z', ' UTC'));
      if (q.review.note) bits.push(`note: ${q.review.note}`);
      card.append(h('div', { class: 'review-line', text: bits.join(' · ') }));
    }
    if (q.original) card.append(originalDetails(q));
    card.append(h('div', { class: 'actions' },
      h('button', { type: 'button', class: 'accept', 'data-act': 'accept', disabled: ro, onclick: () => { select(q.id); decide('accept'); } }, 'Accept', h('kbd', { text: 'a' })),
      h('button', { type: 'button', class: 'reject', 'data-act': 'reject', disabled: ro, onclick: () => { select(q.id); decide('reject'); } }, 'Reject', h('kbd', { text: 'r' })),
      h('button', { type: 'button', 'data-act': 'edit', disabled: ro, 'aria-expanded': sel && state.editing ? 'true' : 'false', onclick: () => { select(q.id); toggleEdit(); } }, sel && state.editing ? 'Done' : 'Edit', h('kbd', { text: sel && state.editing ? 'Esc' : 'e' })),
      st !== 'pending' ? h('button', { type: 'button', class: 'ghost small', 'data-act': 'reset', disabled: ro, title: 'Back to pending (x)', onclick: () => { select(q.id); decide('reset'); } }, 'Reset') : null));
    if (sel && state.editing && !ro) card.append(editPanel(q));
    return card;
  }

  function originalDetails(q) {
    const o = q.original;
    const diffs = [];
    if (o.kind !== q.kind) diffs.push(`kind: ${o.kind}`);
    const os = o.speaker ? (o.speaker.name || o.speaker.text) : 'no speaker';
    const ns = q.speaker ? (q.speaker.name || q.speaker.text) : 'no speaker';
    if (os !== ns || (o.speaker && q.speaker && o.speaker.start !== q.speaker.start)) diffs.push(`speaker: ${os}`);
    if (o.start !== q.start || o.end !== q.end) diffs.push(`text: “${o.text}”`);
    return h('details', { class: 'original' },
      h('summary', { text: 'Extractor’s version' }),
      h('div', { text: diffs.length ? diffs.join(' · ') : 'same as now' }));
  }

  function editPanel(q) {
    const rec = state.view.record;
    const kinds = h('div', { class: 'segmented', role: 'group', 'aria-label': 'Kind' },
      KINDS.map((k, i) => h('button', {
        type: 'button',
        class: k === q.kind ? 'selected' : '',
        'aria-pressed': k === q.kind ? 'true' : 'false',
        'data-kind': k,
        onclick: () => { if (k !== q.kind) decide('edit', { kind: k }); },
      }, k, h('kbd', { text: String(i + 1) }))));

    const pick = h('select', { 'aria-label': 'Pick an entity as speaker', class: 'pick-entity' },
      h('option', { value: '', text: 'Pick a person or organization…' }));
    const groups = { person: 'People', organization: 'Organizations', place: 'Places' };
    for (const type of Object.keys(groups)) {
      const ents = (rec.entities || []).filter((e) => e.type === type);
      if (!ents.length) continue;
      pick.append(h('optgroup', { label: groups[type] }, ents.map((e) => h('option', {
        value: e.id,
        selected: q.speaker && q.speaker.entity === e.id,
        text: `${e.name} (${e.mentions.length})`,
      }))));
    }
    pick.addEventListener('change', () => { if (pick.value) decide('edit', { speaker: { entity: pick.value } }); });

    const nameInput = h('input', { type: 'text', placeholder: 'or type a name', 'aria-label': 'Type the speaker’s name', class: 'type-name' });
    const setName = () => {
      const v = nameInput.value.trim();
      if (v) decide('edit', { speaker: { name: v } });
    };
    nameInput.addEventListener('keydown', (ev) => { if (ev.key === 'Enter') { ev.preventDefault(); setName(); } });

    const keepSel = (ev) => ev.preventDefault(); // a click on these buttons must not clear the text selection
    const note = h('input', { type: 'text', class: 'note', placeholder: 'Note (saved with the decision)', 'aria-label': 'Note' });
    note.value = state.notes[q.id] !== undefined ? state.notes[q.id] : ((q.review && q.review.note) || '');
    note.addEventListener('input', () => { state.notes[q.id] = note.value; });
    note.addEventListener('keydown', (ev) => { if (ev.key === 'Enter') { ev.preventDefault(); saveNote(q); } });

    return h('div', { class: 'edit', onclick: (ev) => ev.stopPropagation() },
      h('div', { class: 'field' }, h('span', { class: 'label', text: 'Kind' }), kinds),
      h('div', { class: 'field' },
        h('span', { class: 'label', text: 'Speaker' }),
        pick,
        h('div', { class: 'row' }, nameInput, h('button', { type: 'button', onclick: setName }, 'Set')),
        h('div', { class: 'row' },
          h('button', { type: 'button', 'data-act': 'sel-speaker', onmousedown: keepSel, onclick: () => selectionAs('speaker') }, 'Selected text → speaker', h('kbd', { text: 's' })),
          h('button', { type: 'button', class: 'ghost', 'data-act': 'clear-speaker', onclick: () => decide('edit', { speaker: { clear: true } }) }, 'No speaker')),
        h('p', { class: 'hint', text: 'Or click a highlighted name in the article.' })),
      h('div', { class: 'field' },
        h('span', { class: 'label', text: 'Quote span' }),
        h('div', { class: 'row' },
          h('button', { type: 'button', 'data-act': 'sel-span', onmousedown: keepSel, onclick: () => selectionAs('span') }, 'Selected text → quote', h('kbd', { text: 'q' })))),
      h('div', { class: 'field' },
        h('span', { class: 'label', text: 'Note' }),
        h('div', { class: 'row' }, note, h('button', { type: 'button', onclick: () => saveNote(q) }, 'Save note'))));
  }

  // ------------------------------------------------------------ selection of quotes

  function select(qid, scroll) {
    if (!qid) return;
    if (state.sel !== qid) {
      state.sel = qid;
      state.editing = false;
      renderQuotes();
      $('#text').classList.remove('picking');
    }
    markSelection(scroll !== false);
    updateHash();
  }

  function markSelection(scroll) {
    const text = $('#text');
    for (const c of ['q-sel', 'spk-sel', 'cue-sel']) $$(`.${c}`, text).forEach((el) => el.classList.remove(c));
    const id = state.sel;
    if (!id) return;
    const qEls = $$(`[data-qs~="${CSS.escape(id)}"]`, text);
    qEls.forEach((el) => el.classList.add('q-sel'));
    $$(`[data-spks~="${CSS.escape(id)}"]`, text).forEach((el) => el.classList.add('spk-sel'));
    $$(`[data-cues~="${CSS.escape(id)}"]`, text).forEach((el) => el.classList.add('cue-sel'));
    if (!scroll) return;
    if (qEls.length) qEls[0].scrollIntoView({ block: 'center', behavior: 'auto' });
    const card = $(`#quote-list [data-q="${CSS.escape(id)}"]`);
    if (card) card.scrollIntoView({ block: 'nearest' });
  }

  function move(step) {
    const vis = visibleQuotes();
    if (!vis.length) return;
    let i = vis.findIndex((q) => q.id === state.sel);
    i = i < 0 ? 0 : Math.min(vis.length - 1, Math.max(0, i + step));
    select(vis[i].id, true);
  }

  function toggleEdit(on) {
    if (!state.sel || state.view.readonly) return;
    state.editing = on === undefined ? !state.editing : on;
    renderQuotes();
    $('#text').classList.toggle('picking', state.editing);
    markSelection(false);
    // Focus stays where it was: the edit keys (1 2 3, s, q) must keep working.
  }

  // ------------------------------------------------------------ decisions

  function currentQuote() {
    const rec = state.view && state.view.record;
    return rec ? rec.quotes.find((q) => q.id === state.sel) : null;
  }

  function noteFor(q) {
    if (state.notes[q.id] !== undefined) return state.notes[q.id];
    return (q.review && q.review.note) || '';
  }

  function saveNote(q) {
    const st = statusOf(q);
    if (st === 'pending') { toast('Accept, reject or edit the quote: the note is saved with the decision.'); return; }
    decide(st === 'rejected' ? 'reject' : 'accept', {}, { keepEditing: true });
  }

  // decide sends one decision on the selected quote and shows the result.
  async function decide(action, extra, opts) {
    opts = opts || {};
    const q = currentQuote();
    if (!q || state.busy) return;
    if (state.view.readonly) { toast('This article is read-only: ' + state.view.readonly, true); return; }
    const by = $('#by').value.trim();
    const body = Object.assign({ version: state.view.version, action, by }, extra || {});
    if (action !== 'restore' && action !== 'reset') body.note = noteFor(q);
    const before = JSON.parse(JSON.stringify(q));
    const vis = visibleQuotes();
    const pos = vis.findIndex((x) => x.id === q.id);
    state.busy = true;
    const nav = state.nav, index = state.index;
    const r = await api('POST', `/api/records/${index}/quotes/${encodeURIComponent(q.id)}`, body);
    state.busy = false;
    if (nav !== state.nav) {
      // The reviewer went to another article before the answer came: the
      // decision is saved, the article now shown stays.
      if (r.ok) {
        if (action !== 'restore') state.undo.push({ index, qid: q.id, before, label: `${action} ${q.id}` });
        showSummary(r.data.summary);
      }
      toast(r.ok ? `Saved ${action} of ${q.id} in article ${index + 1}` : (r.data.error || `HTTP ${r.status}`), !r.ok);
      return;
    }
    if (r.status === 409) {
      conflict(r.data);
      return;
    }
    if (!r.ok) { toast(r.data.error || `HTTP ${r.status}`, true); return; }
    if (action !== 'restore') state.undo.push({ index: state.index, qid: q.id, before, label: `${action} ${q.id}` });
    delete state.notes[q.id];
    const advance = (action === 'accept' || action === 'reject') && !opts.keepEditing;
    if (advance) state.editing = false;
    showView(r.data.view, q.id);
    showSummary(r.data.summary);
    if (advance) {
      // Go on to the next quote, as the list stood before the decision.
      const nextQ = vis[pos + 1];
      const now = visibleQuotes();
      if (nextQ && now.some((x) => x.id === nextQ.id)) select(nextQ.id, true);
      else if (now.length && !now.some((x) => x.id === q.id)) select(now[Math.min(pos, now.length - 1)].id, true);
    } else {
      markSelection(false);
    }
    const words = { accept: 'Accepted', reject: 'Rejected', edit: 'Saved edit to', reset: 'Back to pending:', restore: 'Undone:' };
    toast(`${words[action] || action} ${q.id}`);
  }

  function conflict(data) {
    toast(data.error || 'The article changed elsewhere; reloaded.', true);
    if (data.view) showView(data.view, state.sel);
    if (data.counts) loadSummary();
    notice('This article was changed elsewhere (another tab or reviewer) since you opened it. It has been reloaded; nothing of yours was saved. Check it and decide again.', true);
  }

  async function undo() {
    const u = state.undo.pop();
    if (!u) { toast('Nothing to undo'); return; }
    if (state.index !== u.index && !(await loadRecord(u.index, u.qid))) { state.undo.push(u); return; }
    select(u.qid, true);
    const q = currentQuote();
    if (!q) { toast(`Quote ${u.qid} is gone`, true); return; }
    const nav = state.nav;
    const r = await api('POST', `/api/records/${state.index}/quotes/${encodeURIComponent(u.qid)}`, { version: state.view.version, action: 'restore', quote: u.before });
    if (nav !== state.nav) {
      // Another article was opened meanwhile: it stays shown.
      if (r.ok) showSummary(r.data.summary); else state.undo.push(u);
      toast(r.ok ? `Undone: ${u.label}` : (r.data.error || `HTTP ${r.status}`), !r.ok);
      return;
    }
    if (r.status === 409) { state.undo.push(u); conflict(r.data); return; }
    if (!r.ok) { state.undo.push(u); toast(r.data.error || `HTTP ${r.status}`, true); return; }
    showView(r.data.view, u.qid);
    showSummary(r.data.summary);
    toast(`Undone: ${u.label}`);
  }

  function selectionAs(what) {
    const sp = selectionSpan() || state.lastSel;
    if (!sp) { toast('First select some text in the article.', true); return; }
    state.lastSel = null;
    window.getSelection().removeAllRanges();
    if (what === 'speaker') decide('edit', { speaker: { start: sp.start, end: sp.end } });
    else decide('edit', { span: { start: sp.start, end: sp.end } });
  }

  // A click in the article: while editing, a name becomes the speaker;
  // otherwise a click on a quote selects it.
  function onTextClick(ev) {
    const sel = window.getSelection();
    if (sel && !sel.isCollapsed) return; // the end of a drag selection, not a click
    if (state.editing) {
      const ent = ev.target.closest('.ent');
      if (ent) { decide('edit', { speaker: { start: +ent.dataset.ms, end: +ent.dataset.me, entity: ent.dataset.entity } }); return; }
      const spk = ev.target.closest('.spk');
      if (spk) { decide('edit', { speaker: { start: +spk.dataset.ss, end: +spk.dataset.se } }); return; }
    }
    const qEl = ev.target.closest('[data-qs]');
    if (qEl) {
      const ids = qEl.dataset.qs.split(' ');
      const i = ids.indexOf(state.sel);
      select(ids[(i + 1) % ids.length], false);
    }
  }

  // ------------------------------------------------------------ navigation

  async function goArticle(step) {
    const total = state.summary ? state.summary.records : 0;
    const i = state.index + step;
    if (i < 0 || i >= total) return;
    await loadRecord(i);
  }

  async function nextPending() {
    const r = await api('GET', `/api/next-pending?from=${state.index}`);
    if (!r.ok) return;
    if (r.data.index < 0) { toast('Every quote in the file is reviewed.'); return; }
    if (r.data.index === state.index) { toast('This is the only article with pending quotes.'); return; }
    await loadRecord(r.data.index);
  }

  function onKey(ev) {
    if (ev.ctrlKey || ev.metaKey || ev.altKey) return;
    const t = ev.target;
    const typing = t instanceof HTMLElement && t.matches('input:not([type="checkbox"]), select, textarea');
    const help = $('#help');
    if (ev.key === 'Escape') {
      if (typing) { t.blur(); ev.preventDefault(); return; }
      if (state.editing) { toggleEdit(false); ev.preventDefault(); }
      return;
    }
    if (typing || help.open) return;
    const editing = state.editing;
    switch (ev.key) {
      case 'j': case 'ArrowDown': move(1); break;
      case 'k': case 'ArrowUp': move(-1); break;
      case 'a': decide('accept'); break;
      case 'r': decide('reject'); break;
      case 'e': toggleEdit(); break;
      case 'u': undo(); break;
      case 'x': decide('reset'); break;
      case ']': goArticle(1); break;
      case '[': goArticle(-1); break;
      case 'n': nextPending(); break;
      case 'p': $('#f-pending').checked = !$('#f-pending').checked; filtersChanged(); break;
      case '/': $('#search').focus(); break;
      case '?': help.showModal(); break;
      case '1': case '2': case '3':
        if (!editing) return;
        decide('edit', { kind: KINDS[+ev.key - 1] });
        break;
      case 's': if (!editing) return; selectionAs('speaker'); break;
      case 'q': if (!editing) return; selectionAs('span'); break;
      default: return;
    }
    ev.preventDefault();
  }

  function filtersChanged() {
    const vis = visibleQuotes();
    if (!vis.some((q) => q.id === state.sel)) state.sel = vis.length ? vis[0].id : state.sel;
    renderQuotes();
    markSelection(true);
  }

  // ------------------------------------------------------------ start

  async function start() {
    const by = $('#by');
    by.value = localStorage.getItem('sayso-review-by') || meta('sayso-by');
    by.addEventListener('change', () => localStorage.setItem('sayso-review-by', by.value.trim()));
    document.addEventListener('keydown', onKey);
    document.addEventListener('selectionchange', () => { const sp = selectionSpan(); if (sp) state.lastSel = sp; });
    $('#text').addEventListener('mousedown', () => { state.lastSel = null; });
    $('#text').addEventListener('click', onTextClick);
    $('#f-pending').addEventListener('change', filtersChanged);
    $('#f-lowconf').addEventListener('change', filtersChanged);
    $('#f-speaker').addEventListener('change', filtersChanged);
    $('#prev-article').addEventListener('click', () => goArticle(-1));
    $('#next-article').addEventListener('click', () => goArticle(1));
    $('#next-pending').addEventListener('click', nextPending);
    $('#help-btn').addEventListener('click', () => $('#help').showModal());
    $('#help-close').addEventListener('click', () => $('#help').close());
    $('#more').addEventListener('click', () => loadList(false));
    let searchTimer = 0;
    $('#search').addEventListener('input', () => { clearTimeout(searchTimer); searchTimer = setTimeout(() => loadList(true), 200); });
    $('#pending-articles').addEventListener('change', () => loadList(true));
    $('#article-list').addEventListener('scroll', (ev) => {
      const el = ev.target;
      if (el.scrollTop + el.clientHeight > el.scrollHeight - 200 && state.list.items.length < state.list.total) loadList(false);
    });

    await loadSummary();
    if (!state.summary) { notice('The review server did not answer. Is `sayso review` still running?', true); return; }
    await loadList(true);
    const p = new URLSearchParams(location.hash.slice(1));
    let i = parseInt(p.get('r') || '', 10);
    if (!(i >= 0 && i < state.summary.records)) {
      const r = await api('GET', '/api/next-pending?from=-1');
      i = r.ok && r.data.index >= 0 ? r.data.index : 0;
    }
    if (state.summary.records === 0) {
      notice('This file holds no records.');
      document.body.dataset.ready = 'true';
      return;
    }
    await loadRecord(i, p.get('q'));
    document.body.dataset.ready = 'true';
  }

  start();
})();
