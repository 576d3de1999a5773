// The dashboard: hash-routed pages over the critmin exchange API, charts by Apache ECharts
// (loaded from the npm package by /vendor/echarts.min.js). Signing in stores the token in
// sessionStorage only.

const main = document.getElementById('main');
const token = () => sessionStorage.getItem('critmin-token');
const fmt = (x, d = 0) => (x === null || x === undefined || Number.isNaN(x)) ? '-' : Number(x).toLocaleString('en', { maximumFractionDigits: d });
const pct = (x) => (x === null || x === undefined) ? '-' : (100 * x).toFixed(1) + '%';
const esc = (s) => String(s ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));

async function api(method, path, body) {
  const headers = { authorization: `Bearer ${token()}` };
  if (body !== undefined) headers['content-type'] = 'application/json';
  const r = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const data = await r.json().catch(() => ({}));
  if (!r.ok) throw new Error(data.error ? `${data.error.code}: ${data.error.message}` : `HTTP ${r.status}`);
  return data;
}

function chart(id, option) {
  const el = document.getElementById(id);
  const c = echarts.init(el, null, { renderer: 'canvas' });
  c.setOption({ animation: false, tooltip: { trigger: 'axis' }, ...option });
  el.dataset.rendered = 'true';
  return c;
}

function showError(e) {
  main.insertAdjacentHTML('beforeend', `<p class="error" role="alert">${esc(e.message)}</p>`);
}

async function mineralOptions(selected) {
  const ms = await api('GET', '/api/minerals');
  return ms.map((m) => `<option ${m.name.toLowerCase() === String(selected).toLowerCase() ? 'selected' : ''}>${esc(m.name)}</option>`).join('');
}

const pages = {
  async signin() {
    main.innerHTML = `<h1>Sign in</h1>
      <form id="signin"><label>API token <input id="token" type="password" size="72" autocomplete="off"></label>
      <button type="submit">Sign in</button></form><div id="signin-result"></div>`;
    document.getElementById('signin').onsubmit = async (ev) => {
      ev.preventDefault();
      sessionStorage.setItem('critmin-token', document.getElementById('token').value.trim());
      try {
        const me = await api('GET', '/api/me');
        document.getElementById('signin-result').innerHTML = `<p class="ok" id="signed-in">Signed in as ${esc(me.name)} (${esc(me.role)}${me.country ? ', ' + esc(me.country) : ''})</p>`;
        whoami();
      } catch (e) {
        sessionStorage.removeItem('critmin-token');
        document.getElementById('signin-result').innerHTML = `<p class="error" role="alert">${esc(e.message)}</p>`;
      }
    };
  },

  async overview(mineral = 'rare earths') {
    mineral = decodeURIComponent(mineral);
    main.innerHTML = `<h1>Overview: <select id="mineral">${await mineralOptions(mineral)}</select></h1><div id="ov"></div>`;
    document.getElementById('mineral').onchange = (e) => { location.hash = `#/overview/${encodeURIComponent(e.target.value)}`; };
    const o = await api('GET', `/api/minerals/${encodeURIComponent(mineral)}/overview`);
    const p = o.production;
    const top = p ? p.by_country.slice(0, 10) : [];
    const rest = p ? p.by_country.slice(10).reduce((a, s) => a + s.share, 0) : 0;
    document.getElementById('ov').innerHTML = `
      <p>${esc(o.mineral)}, ${o.year}. World production ${p ? fmt(p.world_total) + ' ' + esc(p.unit) : 'not recorded'}.</p>
      <div class="figures">
        <div class="figure">HHI of production<b>${p ? fmt(p.hhi) : '-'}</b></div>
        <div class="figure">Top-3 share<b>${p ? pct(p.top3_share) : '-'}</b></div>
        <div class="figure">${esc(o.supplier)} share<b>${pct(o.supplier_production_share)}</b></div>
        <div class="figure">Left if the largest producer stops<b>${p ? pct(p.n1_remaining_share) : '-'}</b></div>
      </div>
      <h2>Where supply comes from</h2><div class="chart" id="supply-chart"></div>
      <h2>Coalition view</h2><div class="chart" id="coalition-chart"></div>
      <table><tr><th>coalition</th><th>own production share</th><th>imports from ${esc(o.supplier)}</th><th>imports from outside</th><th>GeoPolRisk score</th></tr>
      ${o.coalitions.map((c) => `<tr><td>${esc(c.coalition)}</td><td>${pct(c.own_production_share)}</td><td>${pct(c.supplier_import_share)}</td><td>${pct(c.outside_import_share)}</td><td>${c.geopolrisk_score === null ? '-' : Number(c.geopolrisk_score).toExponential(2)}</td></tr>`).join('')}</table>`;
    chart('supply-chart', {
      tooltip: { trigger: 'item', formatter: (x) => `${x.name}: ${x.percent}%` },
      series: [{ type: 'pie', radius: ['35%', '70%'], data: [...top.map((s) => ({ name: s.name, value: s.quantity })), ...(rest > 0 ? [{ name: 'others', value: rest * p.world_total }] : [])] }],
    });
    chart('coalition-chart', {
      legend: {}, xAxis: { type: 'category', data: o.coalitions.map((c) => c.coalition) }, yAxis: { type: 'value', axisLabel: { formatter: (v) => `${v * 100}%` } },
      series: [
        { name: 'own production share', type: 'bar', data: o.coalitions.map((c) => c.own_production_share) },
        { name: `imports from ${o.supplier}`, type: 'bar', data: o.coalitions.map((c) => c.supplier_import_share) },
      ],
    });
  },

  async country(iso = 'JPN') {
    const cs = await api('GET', '/api/countries');
    main.innerHTML = `<h1>Country: <select id="country">${cs.countries.map((c) => `<option value="${c.iso3}" ${c.iso3 === iso ? 'selected' : ''}>${esc(c.name)}</option>`).join('')}</select></h1><div id="cp"></div>`;
    document.getElementById('country').onchange = (e) => { location.hash = `#/country/${e.target.value}`; };
    const c = await api('GET', `/api/countries/${encodeURIComponent(iso)}`);
    const rows = c.minerals.filter((m) => m.imports);
    document.getElementById('cp').innerHTML = `<p>${esc(c.name)}; coalitions: ${esc(c.coalitions.join(', ') || 'none')}.</p>
      <h2>Dependence on ${esc(c.supplier)} by mineral</h2><div class="chart" id="dependence-chart"></div>
      <table><tr><th>mineral</th><th>year</th><th>imports (t)</th><th>from ${esc(c.supplier)}</th><th>largest supplier</th><th>GeoPolRisk score</th></tr>
      ${c.minerals.map((m) => `<tr><td>${esc(m.mineral)}</td><td>${m.year}</td><td>${m.imports ? fmt(m.imports.total_t) : '-'}</td><td>${pct(m.supplier_import_share)}</td><td>${m.imports && m.imports.by_exporter[0] ? esc(m.imports.by_exporter[0].name) : '-'}</td><td>${m.geopolrisk && m.geopolrisk.score !== null ? Number(m.geopolrisk.score).toExponential(2) : '-'}</td></tr>`).join('')}</table>`;
    chart('dependence-chart', {
      xAxis: { type: 'category', data: rows.map((m) => m.mineral), axisLabel: { rotate: 30 } }, yAxis: { type: 'value', max: 1, axisLabel: { formatter: (v) => `${v * 100}%` } },
      series: [{ name: `share of imports from ${c.supplier}`, type: 'bar', data: rows.map((m) => m.supplier_import_share) }],
    });
  },

  async scenario() {
    const sc = await api('GET', '/api/scenarios');
    main.innerHTML = `<h1>Stress test</h1>
      <form id="stress"><label>Scenario <select id="scenario">${sc.map((s) => `<option>${esc(s.name)}</option>`).join('')}</select></label>
      <label>Monte Carlo runs <input id="runs" type="number" min="0" max="2000" value="200"></label>
      <button type="submit" id="run">Run</button></form><div id="result"></div>`;
    document.getElementById('stress').onsubmit = async (ev) => {
      ev.preventDefault();
      const out = document.getElementById('result');
      out.innerHTML = '<p>Running…</p>';
      try {
        const r = await api('POST', '/api/stress', { scenario: document.getElementById('scenario').value, runs: Number(document.getElementById('runs').value) });
        const top = r.importers.filter((i) => i.unmet_t > 0).slice(0, 12);
        out.innerHTML = `<p id="summary">${esc(r.scenario)} (${esc(r.mineral)}, baseline ${r.baseline_year}): unmet demand ${fmt(r.totals.unmet_t)} t, peak price ${fmt(r.totals.peak_price_ratio, 2)}× baseline.</p>
          <h2>Shortfall by partner</h2><div class="chart" id="shortfall-chart"></div>
          <h2>Price path</h2><div class="chart" id="price-chart"></div>
          ${r.monte_carlo ? '<h2>Monte Carlo bands (P5–P95, median)</h2><div class="chart" id="bands-chart"></div>' : ''}
          ${r.notes.length ? `<ul>${r.notes.map((n) => `<li>${esc(n)}</li>`).join('')}</ul>` : ''}`;
        chart('shortfall-chart', { xAxis: { type: 'category', data: top.map((i) => i.name), axisLabel: { rotate: 30 } }, yAxis: { type: 'value', name: 't' }, series: [{ name: 'unmet (t)', type: 'bar', data: top.map((i) => i.unmet_t) }] });
        chart('price-chart', { legend: {}, xAxis: { type: 'category', data: r.months }, yAxis: { type: 'value', name: '× baseline' },
          series: [{ name: 'targeted importers', type: 'line', data: r.price_ratio_targets }, { name: 'others', type: 'line', data: r.price_ratio_others }] });
        if (r.monte_carlo) {
          const b = r.monte_carlo.price_ratio_targets;
          chart('bands-chart', { legend: {}, xAxis: { type: 'category', data: r.months }, yAxis: { type: 'value', name: 'price × baseline' },
            series: [
              { name: 'P5', type: 'line', stack: 'band', symbol: 'none', lineStyle: { opacity: 0 }, data: b.map((x) => x.p5) },
              { name: 'P5–P95', type: 'line', stack: 'band', symbol: 'none', lineStyle: { opacity: 0 }, areaStyle: { opacity: 0.3 }, data: b.map((x) => x.p95 - x.p5) },
              { name: 'median', type: 'line', symbol: 'none', data: b.map((x) => x.p50) },
            ] });
        }
      } catch (e) { out.innerHTML = `<p class="error" role="alert">${esc(e.message)}</p>`; }
    };
  },

  async plan() {
    main.innerHTML = `<h1>Response plan</h1><div id="plans"></div>
      <form id="plan-form"><p>Coordinators: run the plan on the stored declarations.</p>
      <label>Agreements (TOML, docs/respond.md)<textarea id="agreements">[[agreement]]\nname = "G7+ rapid response"\nmembers = ["G7+"]\ncontribution = "consumption"\n</textarea></label>
      <label>Scenario (optional) <input id="plan-scenario" value="rare-earth-ban-g7plus"></label>
      <button type="submit">Run the plan</button></form><div id="plan-result"></div>`;
    const show = (p) => {
      const r = p.result;
      document.getElementById('plan-result').innerHTML = `<h2>Plan ${p.id}${r.illustrative ? ' (ILLUSTRATIVE figures)' : ''}</h2>
        <div class="chart" id="plan-chart"></div>
        <table id="shipments"><tr><th>from</th><th>to</th><th>mineral</th><th>tonnes</th><th>dispatch</th><th>arrival</th><th>under</th></tr>
        ${r.shipments.map((s) => `<tr><td>${esc(s.holder || s.from)}</td><td>${esc(s.to)}</td><td>${esc(s.mineral)}</td><td>${fmt(s.tonnes, 1)}</td><td>${esc(s.dispatch)}</td><td>${esc(s.arrival)}</td><td>${esc(s.agreement || 'own stock')}</td></tr>`).join('')}</table>`;
      chart('plan-chart', { legend: {}, xAxis: { type: 'category', data: r.partners.map((x) => x.name) }, yAxis: { type: 'value', name: 't' },
        series: [{ name: 'need', type: 'bar', data: r.partners.map((x) => x.need_t) }, { name: 'unmet, national', type: 'bar', data: r.partners.map((x) => x.unmet_national_t) }, { name: 'unmet, coordinated', type: 'bar', data: r.partners.map((x) => x.unmet_coordinated_t) }] });
    };
    try {
      const list = await api('GET', '/api/plans');
      document.getElementById('plans').innerHTML = list.length ? `<p>Plans: ${list.map((p) => `<a href="#" data-plan="${p.id}">${p.id}</a>`).join(' ')}</p>` : '<p>No plan yet.</p>';
      document.querySelectorAll('[data-plan]').forEach((a) => { a.onclick = async (e) => { e.preventDefault(); show(await api('GET', `/api/plans/${a.dataset.plan}`)); }; });
      if (list.length) show(await api('GET', `/api/plans/${list[list.length - 1].id}`));
    } catch (e) { showError(e); }
    document.getElementById('plan-form').onsubmit = async (ev) => {
      ev.preventDefault();
      try {
        const sc = document.getElementById('plan-scenario').value.trim();
        show(await api('POST', '/api/plans', { agreements: document.getElementById('agreements').value, ...(sc ? { scenario: sc } : {}) }));
      } catch (e) { document.getElementById('plan-result').innerHTML = `<p class="error" role="alert">${esc(e.message)}</p>`; }
    };
  },

  async declarations() {
    main.innerHTML = `<h1>Declarations</h1>
      <form id="decl-form"><h2>Declare a stockpile</h2>
        <label>Holder <input id="holder" placeholder="Japan"></label>
        <label>Mineral <select id="decl-mineral">${await mineralOptions('rare earths')}</select></label>
        <label>Form <select id="form"><option>oxide</option><option>metal</option><option>compound</option><option>ore</option><option>magnet</option><option>other</option></select></label>
        <label>Tonnes <input id="tonnes" type="number" step="any"></label>
        <label>Contained share (not for metal) <input id="contained" type="number" step="any" value="0.85"></label>
        <label>Visibility <select id="visibility"><option>private</option><option>aggregate</option><option>public</option></select></label>
        <button type="submit" id="submit-decl">Submit</button></form><div id="decl-result"></div>
      <h2>What you may see</h2><div id="decl-list"></div><h2>Aggregates (at least three holders)</h2><div id="agg"></div>`;
    const refresh = async () => {
      const ds = await api('GET', '/api/declarations');
      document.getElementById('decl-list').innerHTML = `<table id="decl-table"><tr><th>id</th><th>version</th><th>kind</th><th>country</th><th>mineral</th><th>tonnes</th><th>visibility</th><th>status</th></tr>
        ${ds.map((d) => `<tr><td>${d.id}</td><td>${d.version}</td><td>${esc(d.kind)}</td><td>${esc(d.country)}</td><td>${esc(d.mineral)}</td><td>${fmt(d.tonnes, 3)}</td><td>${esc(d.visibility)}</td><td>${esc(d.status)}</td></tr>`).join('')}</table>`;
      const ag = await api('GET', '/api/aggregates');
      document.getElementById('agg').innerHTML = ag.length ? `<table><tr><th>kind</th><th>mineral</th><th>total (t)</th></tr>${ag.map((a) => `<tr><td>${esc(a.kind)}</td><td>${esc(a.mineral)}</td><td>${a.withheld ? 'withheld: ' + esc(a.reason) : fmt(a.total_t) + ` (${a.holders} holders)`}</td></tr>`).join('')}</table>` : '<p>None.</p>';
    };
    document.getElementById('decl-form').onsubmit = async (ev) => {
      ev.preventDefault();
      const form = document.getElementById('form').value;
      const entry = { holder: document.getElementById('holder').value, mineral: document.getElementById('decl-mineral').value, form, tonnes: Number(document.getElementById('tonnes').value) };
      if (form !== 'metal') entry.contained = Number(document.getElementById('contained').value);
      try {
        const d = await api('POST', '/api/declarations', { kind: 'stockpile', visibility: document.getElementById('visibility').value, entry });
        document.getElementById('decl-result').innerHTML = `<p class="ok" id="decl-ok">Declaration ${d.id} version ${d.version} stored: ${fmt(d.tonnes, 3)} t contained.</p>`;
        await refresh();
      } catch (e) { document.getElementById('decl-result').innerHTML = `<p class="error" role="alert">${esc(e.message)}</p>`; }
    };
    await refresh();
  },
};

async function whoami() {
  const who = document.getElementById('who');
  if (!token()) { who.textContent = 'Sign in'; return; }
  try { const me = await api('GET', '/api/me'); who.textContent = `${me.name} (${me.role})`; } catch { who.textContent = 'Sign in'; }
}

async function route() {
  const [page, arg] = location.hash.replace(/^#\//, '').split('/');
  const name = token() ? (pages[page] ? page : 'overview') : 'signin';
  document.querySelectorAll('nav a').forEach((a) => a.classList.toggle('active', a.dataset.page === name));
  main.dataset.page = name;
  main.dataset.ready = 'false';
  try { await (arg ? pages[name](arg) : pages[name]()); } catch (e) { showError(e); }
  main.dataset.ready = 'true';
}

window.addEventListener('hashchange', route);
whoami();
route();
