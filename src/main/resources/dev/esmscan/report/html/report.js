(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('esmscan-data').textContent);
  var reqs = data.requirements;
  var rows = data.results;
  var R = {req: 0, subject: 1, status: 2, evidence: 3, remediation: 4, baseline: 5, waiver: 6, baselineStatus: 7, severity: 8};
  var state = {status: '', severity: '', feature: '', group: '', text: '', page: 0, size: 100};
  var filtered = [];
  var expanded = {};
  var haystacks = new Array(rows.length);
  var $ = function (id) { return document.getElementById(id); };

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    return e;
  }

  function haystack(i) {
    if (haystacks[i] === undefined) {
      var r = rows[i], q = reqs[r[R.req]];
      haystacks[i] = [q.id, r[R.subject], r[R.status], r[R.severity], q.title, q.citation, r[R.evidence],
        r[R.remediation].join('\n'), r[R.baseline] || '', r[R.waiver] ? r[R.waiver].justification + ' ' + r[R.waiver].approved_by : '']
        .join('\u0001').toLowerCase();
    }
    return haystacks[i];
  }

  function matches(i) {
    var r = rows[i], q = reqs[r[R.req]];
    if (state.status && r[R.status] !== state.status) { return false; }
    if (state.severity && r[R.severity] !== state.severity) { return false; }
    if (state.group && q.group !== state.group) { return false; }
    if (state.feature && q.features.indexOf(state.feature) < 0) { return false; }
    if (state.text) {
      var h = haystack(i), words = state.text.split(/\s+/);
      for (var w = 0; w < words.length; w++) {
        if (words[w] && h.indexOf(words[w]) < 0) { return false; }
      }
    }
    return true;
  }

  function apply() {
    filtered = [];
    for (var i = 0; i < rows.length; i++) {
      if (matches(i)) { filtered.push(i); }
    }
    state.page = 0;
    draw();
  }

  function copy(text, button) {
    function done(ok) {
      button.textContent = ok ? 'Copied' : 'Select and copy by hand';
      setTimeout(function () { button.textContent = 'Copy commands'; }, 1500);
    }
    function fallback() {
      var area = el('textarea');
      area.value = text;
      area.setAttribute('readonly', '');
      area.style.position = 'fixed';
      area.style.left = '-9999px';
      document.body.appendChild(area);
      area.select();
      var ok = false;
      try { ok = document.execCommand('copy'); } catch (e) { ok = false; }
      document.body.removeChild(area);
      done(ok);
    }
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(text).then(function () { done(true); }, fallback);
    } else {
      fallback();
    }
  }

  function item(dl, term, value) {
    dl.appendChild(el('dt', null, term));
    var dd = el('dd');
    if (value instanceof Node) { dd.appendChild(value); } else { dd.textContent = value; }
    dl.appendChild(dd);
  }

  function details(i) {
    var r = rows[i], q = reqs[r[R.req]];
    var tr = el('tr', 'details');
    var td = el('td');
    td.colSpan = 6;
    var dl = el('dl');
    item(dl, 'Requirement', q.title);
    item(dl, 'Evidence', el('pre', 'evidence', r[R.evidence]));
    if (r[R.remediation].length) {
      var box = el('div');
      var cmds = r[R.remediation].join('\n');
      box.appendChild(el('pre', 'remediation', cmds));
      var button = el('button', 'copy', 'Copy commands');
      button.type = 'button';
      button.addEventListener('click', function (ev) { ev.stopPropagation(); copy(cmds, button); });
      box.appendChild(button);
      item(dl, 'Remediation', box);
    }
    if (r[R.waiver]) {
      var w = r[R.waiver];
      item(dl, 'Waiver', w.justification + ' (approved by ' + w.approved_by + ', expires ' + w.expires + ')');
    }
    if (r[R.baseline]) {
      item(dl, 'Baseline', r[R.baseline] + (r[R.baselineStatus] ? ' (was ' + r[R.baselineStatus] + ')' : ''));
    }
    if (q.url) {
      var link = el('a', null, q.citation);
      link.href = q.url;
      item(dl, 'Documentation', link);
    } else {
      item(dl, 'Documentation', q.citation);
    }
    item(dl, 'Features', q.features.join(', '));
    td.appendChild(dl);
    tr.appendChild(td);
    return tr;
  }

  function row(i) {
    var r = rows[i], q = reqs[r[R.req]];
    var tr = el('tr', 'result');
    tr.tabIndex = 0;
    tr.dataset.index = i;
    tr.dataset.status = r[R.status];
    tr.dataset.severity = r[R.severity];
    var toggle = el('button', 'toggle', expanded[i] ? '\u25BE' : '\u25B8');
    toggle.type = 'button';
    toggle.setAttribute('aria-expanded', expanded[i] ? 'true' : 'false');
    toggle.setAttribute('aria-label', 'Show evidence and remediation');
    var first = el('td');
    first.appendChild(toggle);
    first.appendChild(document.createTextNode(' '));
    first.appendChild(el('span', 'id', q.id));
    tr.appendChild(first);
    tr.appendChild(el('td', 'subject', r[R.subject]));
    tr.appendChild(el('td', 'status s-' + r[R.status], r[R.status]));
    tr.appendChild(el('td', 'severity', r[R.severity]));
    tr.appendChild(el('td', 'title', q.title));
    var b = el('td');
    if (r[R.baseline]) { b.appendChild(el('span', 'badge ' + r[R.baseline], r[R.baseline])); }
    tr.appendChild(b);
    function flip() { expanded[i] = !expanded[i]; draw(); }
    tr.addEventListener('click', flip);
    tr.addEventListener('keydown', function (ev) { if (ev.key === 'Enter' || ev.key === ' ') { ev.preventDefault(); flip(); } });
    return tr;
  }

  function draw() {
    var body = $('rows');
    var pages = Math.max(1, Math.ceil(filtered.length / state.size));
    if (state.page >= pages) { state.page = pages - 1; }
    var start = state.page * state.size;
    var end = Math.min(filtered.length, start + state.size);
    var frag = document.createDocumentFragment();
    for (var k = start; k < end; k++) {
      var i = filtered[k];
      frag.appendChild(row(i));
      if (expanded[i]) { frag.appendChild(details(i)); }
    }
    body.textContent = '';
    body.appendChild(frag);
    $('shown').textContent = filtered.length === 0 ? 'No result matches the filter'
      : 'Showing ' + (start + 1) + '\u2013' + end + ' of ' + filtered.length + ' results'
        + (filtered.length < rows.length ? ' (filtered from ' + rows.length + ')' : '');
    $('matching').textContent = String(filtered.length);
    $('page').textContent = 'Page ' + (state.page + 1) + ' of ' + pages;
    $('prev').disabled = state.page === 0;
    $('next').disabled = state.page >= pages - 1;
  }

  function bind(id, key) {
    $(id).addEventListener('change', function () { state[key] = this.value; apply(); });
  }
  bind('f-status', 'status');
  bind('f-severity', 'severity');
  bind('f-feature', 'feature');
  bind('f-group', 'group');
  var timer = null;
  $('f-text').addEventListener('input', function () {
    var value = this.value.trim().toLowerCase();
    clearTimeout(timer);
    timer = setTimeout(function () { state.text = value; apply(); }, 150);
  });
  $('f-size').addEventListener('change', function () { state.size = parseInt(this.value, 10) || 100; state.page = 0; draw(); });
  $('prev').addEventListener('click', function () { state.page--; draw(); });
  $('next').addEventListener('click', function () { state.page++; draw(); });
  $('reset').addEventListener('click', function () {
    ['f-status', 'f-severity', 'f-feature', 'f-group', 'f-text'].forEach(function (id) { $(id).value = ''; });
    state.status = state.severity = state.feature = state.group = state.text = '';
    apply();
  });
  $('expand').addEventListener('click', function () {
    var start = state.page * state.size;
    filtered.slice(start, start + state.size).forEach(function (i) { expanded[i] = true; });
    draw();
  });
  $('collapse').addEventListener('click', function () { expanded = {}; draw(); });
  Array.prototype.forEach.call(document.querySelectorAll('[data-filter-status]'), function (card) {
    card.addEventListener('click', function () {
      var s = card.getAttribute('data-filter-status');
      $('f-status').value = s;
      state.status = s;
      apply();
      $('results').scrollIntoView();
    });
  });
  apply();
  document.body.setAttribute('data-ready', 'true');
}());
