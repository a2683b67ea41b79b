/* OpenBMIS statistics: charts (ECharts) and the accessible tables beside them. */
(function () {
  'use strict';
  const TOP = 20;
  /* the page's language: labels of codes (ENTRY, KEN, ageGroup) from the server, numbers the
     language's way, and in a right-to-left language the value axis grows leftwards (ADR 0020) */
  const LANG = document.documentElement.lang || 'en';
  const RTL = document.documentElement.dir === 'rtl';
  const NUMBER = new Intl.NumberFormat(LANG === 'pt' ? 'pt-PT' : LANG === 'ar' ? 'ar-u-nu-latn' : LANG);
  const labelsEl = document.getElementById('stats-labels');
  const LABELS = labelsEl ? JSON.parse(labelsEl.textContent || '{}') : {};

  /** The label of a value of a dimension (the value itself when none is known). */
  function label(dim, value) {
    const words = LABELS[dim];
    return words && value !== null && value !== undefined && words[value] !== undefined ? words[value] : value;
  }

  /** A column header: the dimension's name in the page's language. */
  function header(col) {
    return label('columns', col);
  }

  function number(v) {
    return typeof v === 'number' ? NUMBER.format(v) : v;
  }

  function chartOf(el) {
    return window.echarts.getInstanceByDom(el) || window.echarts.init(el, null, { renderer: 'canvas' });
  }

  function base(categories, series, horizontal, catDim, seriesDim) {
    const name = v => String(label(catDim, v));
    const cat = { type: 'category', data: categories, axisLabel: { interval: 0, fontSize: 11, formatter: name } };
    const val = { type: 'value', minInterval: 1, axisLabel: { formatter: number } };
    const wide = horizontal ? 130 : 50;
    return {
      animation: false,
      grid: { left: RTL ? 16 : wide, right: RTL ? wide : 16, top: 30, bottom: horizontal ? 24 : 60 },
      // canvas and a drawn tooltip (rich text, lines joined with \n): no inline styles, which the
      // Content-Security-Policy refuses
      tooltip: {
        trigger: 'axis',
        renderMode: 'richText',
        formatter: ps => [name(ps[0].name)].concat(ps.map(p => label(seriesDim, p.seriesName) + ': ' + number(p.value))).join('\n')
      },
      legend: { top: 0, show: series.length > 1, formatter: n => String(label(seriesDim, n)) },
      xAxis: horizontal
        ? Object.assign(val, { inverse: RTL })
        : Object.assign(cat, { inverse: RTL, axisLabel: { interval: 0, rotate: categories.length > 8 ? 45 : 0, fontSize: 11, formatter: name } }),
      yAxis: horizontal ? Object.assign(cat, { inverse: true, position: RTL ? 'right' : 'left' }) : Object.assign(val, { position: RTL ? 'right' : 'left' }),
      series: series
    };
  }

  /** Rows grouped by one dimension as a bar chart (largest first for categories, in order for time). */
  function bars(el, rows, dim, ordered, onPick) {
    let sorted = rows.slice();
    if (!ordered) {
      sorted.sort((a, b) => (b.count || 0) - (a.count || 0));
      sorted = sorted.slice(0, TOP);
    }
    const chart = chartOf(el);
    chart.setOption(base(sorted.map(r => r[dim]), [{ type: 'bar', name: 'count', data: sorted.map(r => (r.suppressed ? null : r.count)) }], !ordered, dim, 'columns'), true);
    chart.off('click');
    chart.on('click', p => onPick(dim, p.name));
  }

  /** Several series from rows grouped by a category and a series dimension. */
  function series(el, rows, catDim, seriesDim, kind, extra, onPick) {
    const cats = [...new Set(rows.map(r => r[catDim]))];
    const names = [...new Set(rows.map(r => r[seriesDim]))];
    const data = names.map(n => ({
      type: kind, name: n,
      data: cats.map(c => rows.filter(r => r[catDim] === c && r[seriesDim] === n).reduce((s, r) => s + (r.count || 0), 0))
    }));
    (extra || []).forEach(e => data.push(e(cats, data)));
    const chart = chartOf(el);
    chart.setOption(base(cats, data, false, catDim, seriesDim), true);
    chart.off('click');
    chart.on('click', p => onPick(catDim, p.name));
  }

  /** Median and 90th percentile of processing times per category. */
  function times(el, rows, dim, onPick) {
    const cats = rows.map(r => r[dim]);
    const chart = chartOf(el);
    chart.setOption(base(cats, [
      { type: 'bar', name: 'medianSeconds', data: rows.map(r => r.medianSeconds) },
      { type: 'bar', name: 'p90Seconds', data: rows.map(r => r.p90Seconds) }
    ], false, dim, 'columns'), true);
    chart.off('click');
    chart.on('click', p => onPick(dim, p.name));
  }

  /** The table behind a chart: every row, every column. */
  function table(tableEl, rows, highlight) {
    const thead = tableEl.querySelector('thead');
    const tbody = tableEl.querySelector('tbody');
    thead.textContent = '';
    tbody.textContent = '';
    // a suppressed row ("suppressed": true, no count) shows "<threshold" in the count column
    const main = document.querySelector('main.stats');
    const below = '<' + ((main && main.dataset.threshold) || '');
    const cols = [...new Set(rows.flatMap(r => Object.keys(r)))].filter(c => c !== 'suppressed');
    if (!cols.includes('count')) cols.push('count');
    const hr = document.createElement('tr');
    cols.forEach(c => { const th = document.createElement('th'); th.scope = 'col'; th.textContent = header(c); hr.appendChild(th); });
    thead.appendChild(hr);
    rows.forEach(r => {
      const tr = document.createElement('tr');
      cols.forEach(c => {
        const td = document.createElement('td');
        td.textContent = r.suppressed && c === 'count' ? below : r[c] === undefined || r[c] === null ? '' : number(label(c, r[c]));
        if (r.suppressed && c === 'count') td.className = 'num suppressed';
        if (typeof r[c] === 'number') td.className = 'num';
        tr.appendChild(td);
      });
      if (highlight && Object.values(r).includes(highlight)) tr.className = 'picked';
      tbody.appendChild(tr);
    });
  }

  function resize() {
    document.querySelectorAll('.stats-chart').forEach(el => {
      const c = window.echarts && window.echarts.getInstanceByDom(el);
      if (c) c.resize();
    });
  }
  window.addEventListener('resize', resize);

  window.BmisCharts = { bars: bars, series: series, times: times, table: table, label: label, header: header };
})();
