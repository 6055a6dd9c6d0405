/* marsad analyst's page: map, timeline, article with evidence, review.
 * Article text, titles, names and notes are hostile input: they only ever reach the DOM through
 * textContent / setAttribute on inert attributes, never innerHTML. Links are shown only for
 * http(s) URLs. The server's CSP forbids inline scripts, so a missed escape would still not run. */
'use strict';

(function () {
  const COLORS = {
    'Battles': '#d62728', 'Explosions/Remote violence': '#ff7f0e',
    'Violence against civilians': '#9467bd', 'Protests': '#2ca02c', 'Riots': '#8c564b',
    'Strategic developments': '#1f77b4', 'marsad:Displacement/Migration': '#17becf',
    'marsad:Recruitment': '#bcbd22',
  };
  const FIELDS = ['event_type', 'sub_event_type', 'specificity', 'actor1', 'actor2', 'location',
    'date', 'fatalities', 'attribution'];
  const EVIDENCE_FIELDS = ['trigger', 'actor1', 'actor2', 'location', 'date', 'fatalities'];
  const EVIDENCE_OF = { event_type: 'trigger', sub_event_type: 'trigger', specificity: 'trigger' };
  const SPECIFICITY = ['specific', 'recurring', 'trend', 'historical', 'hypothetical', 'denied'];
  const PAGE = 500;

  const state = { events: [], byKey: new Map(), selected: null, map: null, layers: null, govs: null };

  function color(type) { return COLORS[type] || '#7f7f7f'; }

  function el(tag, props, children) {
    const node = document.createElement(tag);
    if (props) {
      for (const [k, v] of Object.entries(props)) {
        if (v === undefined || v === null) continue;
        if (k === 'text') node.textContent = String(v);
        else if (k === 'class') node.className = v;
        else if (k === 'on') for (const [ev, fn] of Object.entries(v)) node.addEventListener(ev, fn);
        else node.setAttribute(k, String(v));
      }
    }
    for (const c of children || []) node.append(c);
    return node;
  }

  async function api(path, options) {
    const resp = await fetch(path, options);
    const body = await resp.json();
    if (!resp.ok) throw new Error(body && body.error ? body.error.reason : resp.statusText);
    return body;
  }

  function safeUrl(url) {
    try {
      const u = new URL(url, location.href);
      return (u.protocol === 'http:' || u.protocol === 'https:') ? u.href : null;
    } catch (e) { return null; }
  }

  function status(text) { document.getElementById('status').textContent = text; }

  /* ---------- values as short text ---------- */
  function describe(field, value) {
    if (value === null || value === undefined) return '—';
    if (typeof value !== 'object') return String(value);
    if (field === 'date') return value.start ? (value.start === value.end || !value.end ? value.start : value.start + ' – ' + value.end) : 'undated';
    if (field === 'location') return [value.name || value.text, value.admin1, value.country].filter(Boolean).join(', ') + (value.geo_precision ? ' (precision ' + value.geo_precision + ')' : '');
    if (field === 'actor1' || field === 'actor2') return (value.name || value.text || '') + (value.type ? ' (inter ' + value.type + ')' : '');
    if (field === 'fatalities') return 'best ' + value.best + ' (' + value.low + '–' + value.high + ')';
    if (value.text) return value.text;
    return JSON.stringify(value);
  }

  function eventLabel(item) {
    const e = item.event;
    return (e.sub_event_type || e.event_type);
  }

  function eventMeta(item) {
    const e = item.event;
    const where = e.location ? (e.location.name || e.location.text || e.location.admin1) : 'no place';
    const when = e.date && e.date.start ? e.date.start : 'undated';
    return [e.specificity, where, when, item.document.source].filter(Boolean).join(' · ');
  }

  /* ---------- filters ---------- */
  function filterParams() {
    const params = new URLSearchParams();
    for (const input of document.querySelectorAll('#filters select, #filters input')) {
      if (input.value) params.set(input.name, input.value);
    }
    return params;
  }

  async function loadFacets() {
    const facets = await api('/api/facets');
    for (const [name, values] of Object.entries(facets)) {
      const select = document.querySelector('#filters select[name="' + name + '"]');
      if (!select) continue;
      for (const v of values) select.append(el('option', { value: v, text: v }));
    }
  }

  /* ---------- map ---------- */
  async function initMap(config) {
    const map = L.map('map', { worldCopyJump: false, minZoom: 2 }).setView([35.0, 39.0], 6);
    map.attributionControl.setPrefix('Leaflet');
    if (config.tiles) L.tileLayer(config.tiles, { maxZoom: 18 }).addTo(map);
    const world = await fetch('/static/vendor/world-atlas/countries-110m.json').then(r => r.json());
    L.geoJSON(topojson.feature(world, world.objects.countries), {
      style: { color: '#8a9aa5', weight: 1, fillColor: '#f1efe6', fillOpacity: config.tiles ? 0 : 1 },
      interactive: false,
    }).addTo(map);
    state.govs = await fetch('/static/geo/sy_admin1.geojson').then(r => r.json());
    L.geoJSON(state.govs, { style: { color: '#9a8f7a', weight: 1, dashArray: '3', fill: false }, interactive: false }).addTo(map);
    for (const a of config.attribution) map.attributionControl.addAttribution(a);
    state.map = map;
    state.layers = L.layerGroup().addTo(map);
  }

  function tooltipFor(items) {
    const box = el('div', { class: 'tip' });
    for (const it of items.slice(0, 8)) box.append(el('div', { text: eventLabel(it) + ' — ' + eventMeta(it) }));
    if (items.length > 8) box.append(el('div', { text: '… ' + (items.length - 8) + ' more' }));
    return box;
  }

  function drawMap() {
    state.layers.clearLayers();
    const areas = new Map();
    for (const it of state.events) {
      if (it.placement === 'point') {
        const loc = it.event.location;
        const m = L.circleMarker([loc.lat, loc.lon], {
          radius: 7, color: '#222', weight: 1, fillColor: color(it.event.event_type), fillOpacity: 0.9,
          className: 'marsad-marker',
        });
        m.bindTooltip(tooltipFor([it]));
        m.on('click', () => openEvent(it.key));
        m.addTo(state.layers);
      } else if (it.placement === 'area' && it.area) {
        if (!areas.has(it.area.pcode)) areas.set(it.area.pcode, []);
        areas.get(it.area.pcode).push(it);
      }
    }
    for (const [pcode, items] of areas) {
      const feature = state.govs.features.find(f => f.properties.pcode === pcode);
      if (!feature) continue;
      const layer = L.geoJSON(feature, {
        style: { color: color(items[0].event.event_type), weight: 2, dashArray: '6 4', fillOpacity: 0.25,
          fillColor: color(items[0].event.event_type), className: 'marsad-area marsad-area-' + pcode },
      });
      layer.bindTooltip(tooltipFor(items), { sticky: true });
      layer.on('click', () => openEvent(items[0].key));
      layer.addTo(state.layers);
    }
  }

  function drawLegend() {
    const legend = document.getElementById('legend');
    legend.replaceChildren();
    const types = [...new Set(state.events.map(e => e.event.event_type))].sort();
    for (const t of types) legend.append(el('span', {}, [el('span', { class: 'swatch', style: null }), t]));
    legend.querySelectorAll('.swatch').forEach((s, i) => { s.style.background = color(types[i]); });
    legend.append(el('span', { text: '● point: a specific dated incident at a town · ▭ area: pattern, undated or region-only events (never a made-up point)' }));
  }

  /* ---------- list and timeline ---------- */
  function drawList(total) {
    const list = document.getElementById('events');
    list.replaceChildren();
    for (const it of state.events) {
      const badge = el('span', { class: 'badge ' + it.review_state, text: it.review_state });
      const where = it.placement === 'list' ? ' [not on map]' : '';
      const button = el('button', { type: 'button', 'data-key': it.key, on: { click: () => openEvent(it.key) } }, [
        el('span', { class: 'swatch' }), el('span', { class: 'ev-type', text: eventLabel(it) }), badge,
        el('div', { class: 'ev-meta', text: eventMeta(it) + where }),
      ]);
      button.querySelector('.swatch').style.background = color(it.event.event_type);
      list.append(el('li', { 'data-key': it.key, 'data-placement': it.placement }, [button]));
    }
    document.getElementById('count').textContent = total > state.events.length
      ? '(' + state.events.length + ' of ' + total + ')' : '(' + total + ')';
  }

  function drawTimeline() {
    const dated = state.events.filter(it => it.event.date && it.event.date.start);
    const undated = state.events.filter(it => !(it.event.date && it.event.date.start));
    const laneDated = document.getElementById('lane-dated');
    const laneUndated = document.getElementById('lane-undated');
    const axis = document.getElementById('axis');
    laneDated.replaceChildren(); laneUndated.replaceChildren(); axis.replaceChildren();
    if (dated.length) {
      const times = dated.map(it => Date.parse(it.event.date.start));
      const lo = Math.min(...times), hi = Math.max(...times), span = Math.max(hi - lo, 86400000);
      for (const it of dated) {
        const t = el('button', { type: 'button', class: 'tick', 'data-key': it.key, title: eventLabel(it) + ' · ' + it.event.date.start,
          on: { click: () => openEvent(it.key) } });
        t.style.insetInlineStart = (4 + 92 * (Date.parse(it.event.date.start) - lo) / span) + '%';
        t.style.background = color(it.event.event_type);
        laneDated.append(t);
      }
      axis.append(el('span', { text: new Date(lo).toISOString().slice(0, 10) }), el('span', { text: new Date(lo + span).toISOString().slice(0, 10) }));
    }
    for (const it of undated) {
      const chip = el('button', { type: 'button', class: 'chip', 'data-key': it.key, text: eventLabel(it) + ' · ' + it.event.specificity,
        on: { click: () => openEvent(it.key) } });
      chip.style.background = color(it.event.event_type);
      laneUndated.append(chip);
    }
  }

  async function loadEvents() {
    const params = filterParams();
    params.set('limit', String(PAGE));
    status('loading…');
    try {
      const page = await api('/api/events?' + params.toString());
      state.events = page.items;
      state.byKey = new Map(page.items.map(it => [it.key, it]));
      drawMap(); drawLegend(); drawList(page.total); drawTimeline();
      const points = page.items.filter(i => i.placement === 'point').length;
      const areas = page.items.filter(i => i.placement === 'area').length;
      status(page.total + ' events: ' + points + ' at points, ' + areas + ' as areas, ' + (page.items.length - points - areas) + ' listed only');
    } catch (err) {
      status('error: ' + err.message);
    }
  }

  /* ---------- article view ---------- */
  function evidenceOf(event, doc) {
    const out = [];
    for (const f of EVIDENCE_FIELDS) {
      const v = event[f];
      if (v && v.span) out.push({ field: f, start: v.span[0], end: v.span[1] });
    }
    if (event.attribution) {
      const a = (doc.attributions || []).find(x => x.id === event.attribution);
      if (a && a.span) out.push({ field: 'attribution', start: a.span[0], end: a.span[1] });
    }
    (event.quantities || []).forEach(q => out.push({ field: 'quantity', start: q.span[0], end: q.span[1] }));
    (event.framing || []).forEach(q => out.push({ field: 'framing', start: q.span[0], end: q.span[1] }));
    return out;
  }

  function renderText(container, text, evidence, mentions) {
    const cuts = new Set([0, text.length]);
    for (const s of evidence.concat(mentions)) { cuts.add(s.start); cuts.add(s.end); }
    const points = [...cuts].filter(p => p >= 0 && p <= text.length).sort((a, b) => a - b);
    const seen = new Set();
    container.replaceChildren();
    for (let i = 0; i + 1 < points.length; i++) {
      const a = points[i], b = points[i + 1];
      const piece = text.slice(a, b);
      const fields = evidence.filter(s => s.start <= a && b <= s.end).map(s => s.field);
      const inMention = mentions.find(s => s.start <= a && b <= s.end);
      if (fields.length) {
        const mark = el('mark', { class: 'ev ' + fields.map(f => 'field-' + f).join(' '), 'data-fields': fields.join(' '), text: piece });
        for (const f of fields) if (!seen.has(f)) { seen.add(f); mark.id = mark.id || 'ev-' + f; }
        mark.addEventListener('click', () => focusField(fields[0], false));
        container.append(mark);
      } else if (inMention) {
        container.append(el('span', { class: 'mention', title: inMention.kind, text: piece }));
      } else {
        container.append(document.createTextNode(piece));
      }
    }
  }

  function focusField(field, scroll) {
    document.querySelectorAll('mark.ev.active, #fields tr.active').forEach(n => n.classList.remove('active'));
    const marks = [...document.querySelectorAll('mark.ev')].filter(m => m.dataset.fields.split(' ').includes(field));
    marks.forEach(m => m.classList.add('active'));
    const row = document.querySelector('#fields tr[data-field="' + field + '"]');
    if (row) row.classList.add('active');
    if (scroll && marks.length) marks[0].scrollIntoView({ block: 'center' });
  }

  function reviewControls(field, view, item) {
    const td = el('td', { class: 'review' });
    const r = view.review;
    if (r) {
      const what = r.action === 'correct' ? 'corrected to “' + describe(field, r.value) + '”' : r.action + 'ed';
      td.append(el('span', { class: 'review-note', 'data-action': r.action, text: what + ' by ' + r.reviewer + ' at ' + r.at }));
    }
    const send = (action, value) => submitReview(item, field, action, value);
    td.append(el('button', { type: 'button', 'data-action': 'accept', text: 'accept', on: { click: () => send('accept') } }));
    td.append(el('button', { type: 'button', 'data-action': 'reject', text: 'reject', on: { click: () => send('reject') } }));
    const correct = el('button', { type: 'button', 'data-action': 'correct', text: 'correct…' });
    correct.addEventListener('click', () => {
      let input;
      if (field === 'specificity') {
        input = el('select', { 'aria-label': 'corrected ' + field }, SPECIFICITY.map(s => el('option', { value: s, text: s })));
      } else {
        input = el('input', { 'aria-label': 'corrected ' + field, value: describe(field, view.current) });
      }
      const save = el('button', { type: 'button', 'data-action': 'save', text: 'save', on: { click: () => send('correct', input.value) } });
      correct.replaceWith(input, save);
      input.focus();
    });
    td.append(correct);
    return td;
  }

  async function submitReview(item, field, action, value) {
    const out = document.getElementById('review-status');
    const reviewer = document.getElementById('reviewer').value.trim();
    const token = document.getElementById('token').value.trim();
    localStorage.setItem('marsad-reviewer', reviewer);
    sessionStorage.setItem('marsad-token', token);
    out.className = '';
    if (!reviewer || !token) { out.className = 'error'; out.textContent = 'Give your name and the token first.'; return; }
    const body = { field: field, action: action, reviewer: reviewer };
    if (action === 'correct') body.value = value;
    try {
      await api('/api/events/' + item.key + '/reviews', {
        method: 'POST', headers: { 'Content-Type': 'application/json', 'Authorization': 'Bearer ' + token },
        body: JSON.stringify(body),
      });
      out.textContent = 'Saved: ' + field + ' ' + action + '.';
      await openEvent(item.key);
      await loadEvents();
      markSelected(item.key);
    } catch (err) {
      out.className = 'error';
      out.textContent = 'Not saved: ' + err.message;
    }
  }

  function markSelected(key) {
    document.querySelectorAll('#events li.selected').forEach(n => n.classList.remove('selected'));
    const li = document.querySelector('#events li[data-key="' + CSS.escape(key) + '"]');
    if (li) li.classList.add('selected');
  }

  async function openEvent(key) {
    const [item, doc] = await Promise.all([api('/api/events/' + key), api('/api/documents/' + key.split('/')[0])]);
    state.selected = key;
    if (location.hash !== '#event=' + encodeURIComponent(key)) history.replaceState(null, '', '#event=' + encodeURIComponent(key));
    const d = doc.document;
    document.getElementById('article-pane').hidden = false;
    document.getElementById('article-title').textContent = d.title || d.name || d.id;
    const meta = document.getElementById('article-meta');
    meta.replaceChildren(document.createTextNode([d.source, d.published, d.language].filter(Boolean).join(' · ') + ' '));
    if (d.url) {
      const href = safeUrl(d.url);
      meta.append(href ? el('a', { href: href, rel: 'noopener noreferrer nofollow', target: '_blank', text: 'original' })
        : el('span', { class: 'unsafe-url', text: '(link not shown: ' + d.url + ')' }));
    }
    const textBox = document.getElementById('article-text');
    textBox.setAttribute('dir', d.language === 'ar' ? 'rtl' : 'ltr');
    textBox.setAttribute('lang', d.language || 'und');
    const event = item.event;
    const mentions = (doc.mentions || []).map(m => ({ start: m.span[0], end: m.span[1], kind: m.kind }));
    renderText(textBox, d.text, evidenceOf(event, doc), mentions);
    document.getElementById('event-title').textContent = (event.sub_event_type || event.event_type) + ' — ' + (event.notes || '');
    document.getElementById('event-state').textContent = 'Review: ' + item.review_state + ' · placement: ' + item.placement + (item.area ? ' (' + item.area.name_en + ')' : '');
    const tbody = document.querySelector('#fields tbody');
    tbody.replaceChildren();
    const attribution = (doc.attributions || []).find(a => a.id === event.attribution);
    for (const f of ['trigger'].concat(FIELDS)) {
      const view = f === 'trigger' ? { machine: event.trigger, review: null } : item.fields[f];
      const shown = f === 'attribution' && attribution ? attribution.speaker + (attribution.via ? ' via ' + attribution.via : '') : describe(f, view.machine);
      const machine = el('td', { class: 'machine', text: shown });
      if (view.review && view.review.action !== 'accept') machine.classList.add('machine-struck');
      // Type, sub-type and specificity rest on the trigger; the other fields have their own span.
      const source = EVIDENCE_OF[f] || f;
      const ev = f === 'attribution' ? attribution : event[source];
      const evCell = el('td', {}, ev && ev.span ? [el('button', { type: 'button', class: 'show-evidence', 'data-field': source, text: '“' + ev.text + '”', on: { click: () => focusField(source, true) } })] : [document.createTextNode('—')]);
      const review = f === 'trigger' ? el('td', { text: '' }) : reviewControls(f, view, item);
      tbody.append(el('tr', { 'data-field': f }, [el('th', { text: f }), machine, evCell, review]));
    }
    const siblings = document.getElementById('siblings');
    siblings.replaceChildren();
    for (const e of doc.events) {
      if (e.key === key) continue;
      siblings.append(el('li', {}, [el('button', { type: 'button', text: (e.sub_event_type || e.event_type) + ' · ' + e.specificity, on: { click: () => openEvent(e.key) } })]));
    }
    markSelected(key);
    focusField('trigger', false);
    document.getElementById('article-pane').scrollIntoView({ block: 'start' });
  }

  /* ---------- start ---------- */
  async function start() {
    document.getElementById('reviewer').value = localStorage.getItem('marsad-reviewer') || '';
    document.getElementById('token').value = sessionStorage.getItem('marsad-token') || '';
    const config = await api('/api/config');
    await Promise.all([initMap(config), loadFacets()]);
    const form = document.getElementById('filters');
    form.addEventListener('change', loadEvents);
    form.addEventListener('reset', () => setTimeout(loadEvents, 0));
    document.getElementById('close-article').addEventListener('click', () => {
      document.getElementById('article-pane').hidden = true;
      history.replaceState(null, '', location.pathname);
    });
    await loadEvents();
    const m = location.hash.match(/^#event=(.+)$/);
    if (m) await openEvent(decodeURIComponent(m[1]));
    document.body.dataset.ready = 'true';
  }

  start().catch(err => status('error: ' + err.message));
})();
