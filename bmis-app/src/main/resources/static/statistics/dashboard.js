/* OpenBMIS statistics dashboard: filters, panels, drill-down, period comparison, downloads. */
(function () {
  'use strict';
  const form = document.getElementById('stats-filters');
  if (!form || !window.BmisCharts) return;
  const C = window.BmisCharts;
  const FINER = { year: 'month', month: 'day', week: 'day', day: 'day' };
  /** Panels whose tables hold fewer dimensions: the only filters they can take. */
  const ONLY = {
    'processing-times': ['post', 'postType'],
    'alert-hits': [],
    overstayers: ['post', 'postType', 'nationality', 'region'],
    carrier: ['post', 'postType', 'direction', 'transportMode'],
    stayLength: ['post', 'postType', 'nationality', 'region', 'residence']
  };

  function allowed(panel) {
    return ONLY[panel.dataset.groupBy] || ONLY[panel.dataset.endpoint];
  }

  function filters() {
    const p = new URLSearchParams();
    new FormData(form).forEach((v, k) => {
      if (v && k !== 'granularity') p.set(k, k === 'nationality' ? String(v).trim().toUpperCase() : String(v));
    });
    return p;
  }

  function panelQuery(panel, extra) {
    const p = filters();
    const only = allowed(panel);
    if (only) [...p.keys()].filter(k => k !== 'from' && k !== 'to' && !only.includes(k)).forEach(k => p.delete(k));
    const granularity = form.elements.granularity.value;
    p.set('groupBy', panel.dataset.groupBy.replace('TIME', granularity));
    (panel.dataset.fixed || '').split('&').filter(Boolean).forEach(kv => { const [k, v] = kv.split('='); p.set(k, v); });
    Object.entries(extra || {}).forEach(([k, v]) => p.set(k, v));
    return p;
  }

  /** A panel's figures; a busy server (503, "server.database_busy") is asked once more a second later. */
  async function load(url, again) {
    const res = await fetch(url, { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
    if (res.status === 503 && !again) {
      await new Promise(resolve => setTimeout(resolve, 1000));
      return load(url, true);
    }
    if (!res.ok) throw new Error(res.status + ' ' + url);
    // a sign-in page instead of figures: the session ended (or was ended) meanwhile
    if (!(res.headers.get('Content-Type') || '').includes('json')) throw new Error(res.status + ' ' + url + ' (' + res.headers.get('Content-Type') + ')');
    return res.json();
  }

  function showError(e) {
    const el = document.getElementById('stats-error');
    el.hidden = !e;
    el.textContent = e ? String(e.message || e) : '';
  }

  /** Says which of the active filters a panel cannot apply. */
  function ignored(panel) {
    const note = panel.querySelector('.stats-ignored');
    const only = allowed(panel);
    const left = only ? [...filters().keys()].filter(k => k !== 'from' && k !== 'to' && !only.includes(k)) : [];
    note.hidden = left.length === 0;
    note.textContent = left.length ? note.dataset.label + ': ' + left.map(C.header).join(', ') : '';
  }

  /**
   * Starts a render of the panel: the answer of fresh(promise) is null (errors too) when a
   * newer render of the same panel has begun meanwhile, so a slow answer to an earlier filter or
   * drill-down never overwrites the panel with stale figures.
   */
  function latest(panel) {
    const ticket = (panel.bmisTicket = (panel.bmisTicket || 0) + 1);
    const current = () => ticket === panel.bmisTicket;
    return promise => promise.then(r => (current() ? r : null), e => {
      if (current()) throw e;
      return null;
    });
  }

  async function render(panel, picked) {
    ignored(panel);
    const fresh = latest(panel);
    const kind = panel.dataset.kind;
    const chartEl = panel.querySelector('.stats-chart');
    const tableEl = panel.querySelector('table');
    if (kind === 'compare') return compare(panel, chartEl, tableEl, fresh);
    const rows = await fresh(load('/statistics/data/' + panel.dataset.endpoint + '?' + panelQuery(panel)));
    if (!rows) return;
    panel.querySelector('.stats-empty').hidden = rows.length > 0;
    const dims = panelQuery(panel).get('groupBy').split(',');
    if (kind === 'flow') {
      const net = (cats, data) => {
        const of = name => (data.find(d => d.name === name) || { data: [] }).data;
        const entry = of('ENTRY');
        const exit = of('EXIT');
        return { type: 'line', name: 'NET', data: cats.map((c, i) => (entry[i] || 0) - (exit[i] || 0)) };
      };
      C.series(chartEl, rows, dims[0], 'direction', 'bar', [net], pick);
    } else if (kind === 'times') {
      C.times(chartEl, rows, dims[0], pick);
    } else if (dims.length > 1) {
      C.series(chartEl, rows, dims[0], dims[1], 'bar', [], pick);
    } else {
      C.bars(chartEl, rows, dims[0], ['ageGroup', 'hour', 'day', 'week', 'month', 'year', 'stayLength', 'overstayLength'].includes(dims[0]), pick);
    }
    C.table(tableEl, rows, picked);
  }

  async function compare(panel, chartEl, tableEl, fresh) {
    // like with like: this month so far against the same number of days a year earlier
    const periods = await fresh(load('/statistics/data/comparison?to=' + encodeURIComponent(form.elements.to.value)));
    if (!periods) return;
    const now = periods.current;
    const before = periods.previous;
    const answers = await fresh(Promise.all([now, before].map(m =>
      load('/statistics/data/movements?' + panelQuery(panel, { from: m.from, to: m.to })))));
    if (!answers) return;
    const [a, b] = answers;
    const sum = (rows, d) => rows.filter(r => r.direction === d).reduce((s, r) => s + (r.count || 0), 0);
    const rows = ['ENTRY', 'EXIT', 'NET'].map(d => {
      const x = d === 'NET' ? sum(a, 'ENTRY') - sum(a, 'EXIT') : sum(a, d);
      const y = d === 'NET' ? sum(b, 'ENTRY') - sum(b, 'EXIT') : sum(b, d);
      const row = { direction: d };
      row[now.label] = x;
      row[before.label] = y;
      row.change = y === 0 ? '' : ((100 * (x - y)) / Math.abs(y)).toFixed(1) + '%';
      return row;
    });
    const long = [];
    rows.forEach(r => [now.label, before.label].forEach(l => long.push({ direction: r.direction, period: l, count: r[l] })));
    C.series(chartEl, long, 'direction', 'period', 'bar', [], () => {});
    C.table(tableEl, rows);
  }

  /** Drill-down: a bar becomes a filter (or a narrower period) and its table opens. */
  function pick(dim, value) {
    const field = form.elements[dim];
    const granularity = form.elements.granularity;
    if (['day', 'week', 'month', 'year'].includes(dim)) {
      const range = period(dim, value);
      if (range) {
        form.elements.from.value = range[0];
        form.elements.to.value = range[1];
        granularity.value = FINER[dim];
      }
    } else if (field && field.tagName === 'SELECT' && [...field.options].some(o => o.value === value)) {
      field.value = value;
    } else if (field && field.tagName === 'INPUT') {
      field.value = value;
    }
    refresh(value);
    const panel = document.querySelector('.stats-panel[data-group-by="' + dim + '"]') || document.getElementById('panel-flow');
    const details = panel && panel.querySelector('details');
    if (details) { details.open = true; details.scrollIntoView({ block: 'nearest' }); }
  }

  function period(dim, value) {
    if (dim === 'year') return [value + '-01-01', value + '-12-31'];
    if (dim === 'month') {
      const [y, m] = value.split('-').map(Number);
      return [value + '-01', new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10)];
    }
    if (dim === 'day') return [value, value];
    if (dim === 'week') {
      const [y, w] = value.split('-W').map(Number);
      const jan4 = new Date(Date.UTC(y, 0, 4));
      const monday = new Date(jan4.getTime() - ((jan4.getUTCDay() + 6) % 7) * 864e5 + (w - 1) * 7 * 864e5);
      return [monday.toISOString().slice(0, 10), new Date(monday.getTime() + 6 * 864e5).toISOString().slice(0, 10)];
    }
    return null;
  }

  function describe() {
    const f = filters();
    const parts = [];
    f.forEach((v, k) => { if (k !== 'from' && k !== 'to') parts.push(C.header(k) + ' = ' + C.label(k, v)); });
    document.getElementById('stats-active-filters').textContent = '\u2066' + f.get('from') + ' – ' + f.get('to') + '\u2069' + (parts.length ? ' · ' + parts.join(' · ') : '');
  }

  async function refresh(picked) {
    showError(null);
    describe();
    const panels = [...document.querySelectorAll('.stats-panel')];
    const results = await Promise.allSettled(panels.map(p => render(p, picked)));
    const failed = results.find(r => r.status === 'rejected');
    if (failed) showError(failed.reason);
  }

  document.addEventListener('click', e => {
    const a = e.target.closest('a.export');
    if (!a) return;
    const panel = a.closest('.stats-panel');
    const q = panel ? panelQuery(panel) : filters();
    a.href = '/statistics/export/' + a.dataset.table + '.' + a.dataset.format + '?' + q;
  });
  form.addEventListener('submit', e => { e.preventDefault(); refresh(); });
  form.addEventListener('reset', () => setTimeout(refresh, 0));
  refresh();
})();
