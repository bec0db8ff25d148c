/*
 * The offline survey on a reviewer's phone (decision 1701): campaigns downloaded for the reviewer's
 * village, the household list and survey form drawn from IndexedDB, the classification computed on
 * the phone (classify.js), surveys saved on the phone and queued ("chưa gửi"), sent when the
 * connection returns or on demand, each once (its own id), conflicts shown side by side.
 * Everything shown is set as text, never as HTML.
 */
(function () {
  'use strict';
  var W = JSON.parse(document.getElementById('field-words').textContent);
  // the household, member and dwelling fields with their kinds and codes, as the server's field
  // list gives them (FieldLists): the page carries them, so the form follows the list offline too
  var FIELDS = JSON.parse(document.getElementById('field-lists').textContent);
  var USER = document.body.getAttribute('data-user');
  var store = new FieldStore(USER);
  var app = document.getElementById('app');
  var API = '/api/v1/field';
  var syncing = null;

  // ---- small helpers ------------------------------------------------------------------------
  function t(key, args) {
    var s = W[key] === undefined ? key : W[key];
    return String(s).replace(/\{(\d+)\}/g, function (_, n) { return args && args[+n] !== undefined ? args[+n] : ''; });
  }
  function el(tag, attrs, children) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      var v = attrs[k];
      if (v === null || v === undefined || v === false) { return; }
      if (k === 'text') { e.textContent = v; } else if (k.indexOf('on') === 0) { e.addEventListener(k.slice(2), v); } else { e.setAttribute(k, v === true ? '' : v); }
    });
    (children || []).forEach(function (c) { if (c) { e.appendChild(typeof c === 'string' ? document.createTextNode(c) : c); } });
    return e;
  }
  function clear(node) { while (node.firstChild) { node.removeChild(node.firstChild); } return node; }
  function date(iso) {
    if (!iso) { return ''; }
    var d = new Date(iso);
    function two(n) { return n < 10 ? '0' + n : '' + n; }
    return two(d.getDate()) + '/' + two(d.getMonth() + 1) + '/' + d.getFullYear() + ' ' + two(d.getHours()) + ':' + two(d.getMinutes());
  }
  function uuid() {
    if (window.crypto && crypto.randomUUID) { return crypto.randomUUID(); }
    var b = crypto.getRandomValues(new Uint8Array(16));
    b[6] = (b[6] & 0x0f) | 0x40; b[8] = (b[8] & 0x3f) | 0x80;
    var h = Array.prototype.map.call(b, function (x) { return (x + 256).toString(16).slice(1); }).join('');
    return h.slice(0, 8) + '-' + h.slice(8, 12) + '-' + h.slice(12, 16) + '-' + h.slice(16, 20) + '-' + h.slice(20);
  }
  function notice(text) {
    var n = document.getElementById('notice');
    n.textContent = text || '';
    n.hidden = !text;
  }
  function campaignTitle(c) {
    return t('review.kind.' + c.kind) + ' ' + c.year + (c.month ? '/' + c.month : '') + ' · ' + c.communeName;
  }

  // ---- status bar -----------------------------------------------------------------------------
  function showNet() {
    document.getElementById('net').textContent = navigator.onLine ? t('field.online') : t('field.offline');
    document.getElementById('net').className = navigator.onLine ? 'badge ok' : 'badge warn';
  }
  function showUnsent() {
    return store.all('queue').then(function (items) {
      var pending = items.filter(function (i) { return i.state === 'PENDING'; }).length;
      var u = document.getElementById('unsent');
      u.textContent = t('field.unsent', [pending]);
      u.setAttribute('data-count', pending);
      document.getElementById('send-now').hidden = pending === 0;
      return items;
    });
  }

  // ---- the service worker keeps the page and its files --------------------------------------
  function installWorker() {
    var ready = document.getElementById('ready');
    ready.textContent = t('field.notReady');
    if (!('serviceWorker' in navigator)) { ready.textContent = t('field.notInstalled'); return; }
    navigator.serviceWorker.register('/field/sw.js', { scope: '/field/' }).then(function () {
      return navigator.serviceWorker.ready;
    }).then(function (reg) {
      var urls = [location.pathname];
      document.querySelectorAll('script[src],link[rel=stylesheet],link[rel=manifest],link[rel=icon]').forEach(function (n) {
        urls.push(n.getAttribute('src') || n.getAttribute('href'));
      });
      var channel = new MessageChannel();
      channel.port1.onmessage = function (e) {
        if (e.data && e.data.cached || navigator.serviceWorker.controller) {
          ready.textContent = t('field.ready');
          ready.setAttribute('data-ready', 'true');
        }
      };
      reg.active.postMessage({ type: 'cache', urls: urls }, [channel.port2]);
    }).catch(function () {
      if (navigator.serviceWorker.controller) { ready.textContent = t('field.ready'); ready.setAttribute('data-ready', 'true'); }
    });
  }

  // ---- talking to the server -----------------------------------------------------------------
  /** The logged-in user and a fresh token, or null when not logged in (the login page answers). */
  function session() {
    return fetch('/field/session', { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(function (r) {
        var json = (r.headers.get('Content-Type') || '').indexOf('application/json') >= 0;
        return r.ok && !r.redirected && json ? r.json() : null;
      }).then(function (s) { return s && s.username ? s : null; });
  }
  function api(path, method, body, s) {
    var headers = { Accept: 'application/json' };
    if (body !== undefined) { headers['Content-Type'] = 'application/json'; }
    if (s) { headers[s.csrfHeader] = s.csrfToken; }
    return fetch(API + path, { method: method || 'GET', credentials: 'same-origin', headers: headers,
      body: body === undefined ? undefined : JSON.stringify(body) });
  }
  function problemText(r) {
    return r.json().then(function (p) {
      var list = (p.errors || []).map(function (e) { return e.message || e.detail || ''; }).filter(Boolean);
      return list.length ? list.join('; ') : (p.detail || p.title || String(r.status));
    }, function () { return String(r.status); });
  }

  /** Removes what the phone may no longer keep: downloads past their day. */
  function expire() {
    return store.all('campaigns').then(function (list) {
      var now = Date.now();
      var old = list.filter(function (c) { return c.keepUntil && Date.parse(c.keepUntil) < now; });
      return Promise.all(old.map(function (c) { return store.removeCampaign(c.campaign.id, false); })).then(function () {
        if (old.length) { notice(t('field.expired', [old.map(function (c) { return campaignTitle(c.campaign); }).join(', ')])); }
      });
    });
  }

  /** Sends the queue, oldest first; stops at the first network failure (the rest wait). */
  function sync() {
    if (syncing) { return syncing; }
    syncing = store.all('queue').then(function (items) {
      var pending = items.filter(function (i) { return i.state === 'PENDING'; })
        .sort(function (a, b) { return a.savedAt < b.savedAt ? -1 : 1; });
      if (!pending.length) { return; }
      document.getElementById('send-now').textContent = t('field.sending');
      return session().then(function (s) {
        if (!s) { notice(t('field.loginToSend')); return; }
        if (s.username !== USER) { notice(t('field.otherUser')); return; }
        var chain = Promise.resolve();
        pending.forEach(function (item) {
          chain = chain.then(function () { return sendOne(item, s); });
        });
        return chain.then(function () { notice(t('field.sent')); });
      });
    }).catch(function () { /* no connection: the queue waits */ }).then(function () {
      syncing = null;
      document.getElementById('send-now').textContent = t('field.sendNow');
      return showUnsent().then(render);
    });
    return syncing;
  }

  function sendOne(item, s) {
    return store.get('queue', item.clientId).then(function (fresh) {
      if (!fresh || fresh.state !== 'PENDING') { return; }
      fresh.attempts = (fresh.attempts || 0) + 1;
      return store.put('queue', fresh).then(function () {
        return api('/campaigns/' + fresh.campaignId + '/submissions', 'POST', {
          clientId: fresh.clientId, rowId: fresh.rowId, baseVersion: fresh.baseVersion, input: fresh.input,
          savedAt: fresh.savedAt, replaces: fresh.replaces || null }, s);
      }).then(function (r) {
        if (r.ok) { return r.json().then(function (receipt) { return received(fresh, receipt); }); }
        if (r.status === 401 || r.status === 403) { throw new Error('session'); }
        return problemText(r).then(function (text) {
          fresh.state = 'REFUSED';
          fresh.problem = text;
          return store.put('queue', fresh);
        });
      });
    });
  }

  function received(item, receipt) {
    var current = receipt.current;
    if (receipt.outcome === 'STORED' || receipt.outcome === 'SENT_AGAIN') {
      return store.remove('queue', item.clientId).then(function () {
        return store.get('households', [item.campaignId, item.rowId]);
      }).then(function (h) {
        if (h) { return store.putHousehold(item.campaignId, Object.assign(h, current)); }
      }).then(function () {
        // later saves of the same household on this phone were based on the version just replaced
        return store.all('queue', 'campaign', item.campaignId);
      }).then(function (rest) {
        return Promise.all(rest.filter(function (o) { return o.rowId === item.rowId && o.state === 'PENDING' && o.baseVersion === item.baseVersion; })
          .map(function (o) { o.baseVersion = current.version; return store.put('queue', o); }));
      });
    }
    if (receipt.outcome === 'CONFLICT') {
      item.state = 'CONFLICT';
      item.current = current;
      return store.put('queue', item);
    }
    // closed meanwhile by the commune official
    return store.remove('queue', item.clientId);
  }

  function download(campaignId, button) {
    button.disabled = true;
    button.textContent = t('field.downloading');
    return api('/campaigns/' + campaignId + '/download').then(function (r) {
      if (!r.ok) { return problemText(r).then(function (text) { throw new Error(text); }); }
      return r.json();
    }).then(function (bundle) {
      return store.saveDownload(bundle);
    }).then(function () {
      notice('');
      location.hash = '#c/' + campaignId;
      render();
    }).catch(function (e) {
      button.disabled = false;
      button.textContent = t('field.download');
      notice(t('field.refused', [e.message]));
    });
  }

  // ---- pages ---------------------------------------------------------------------------------
  function render() {
    var parts = location.hash.replace(/^#/, '').split('/');
    if (parts[0] === 'c' && parts[2] === 'h') { return formPage(+parts[1], +parts[3]); }
    if (parts[0] === 'c') { return campaignPage(+parts[1]); }
    if (parts[0] === 'k') { return conflictPage(parts[1]); }
    return homePage();
  }

  function homePage() {
    return Promise.all([store.all('campaigns'), store.all('queue')]).then(function (res) {
      var downloaded = res[0], queue = res[1];
      clear(app);
      app.appendChild(el('h1', { text: t('field.appTitle') }));
      var unsent = queue.filter(function (i) { return i.state === 'PENDING'; });
      var troubled = queue.filter(function (i) { return i.state !== 'PENDING'; });
      if (unsent.length) {
        app.appendChild(el('section', { 'class': 'card', 'data-testid': 'queue' }, [
          el('h2', { text: t('field.unsent', [unsent.length]) }),
          el('ul', {}, unsent.map(function (i) {
            return el('li', { text: i.code + ' · ' + i.headName + ' · ' + t('field.savedOnPhone', [date(i.savedAt)]) });
          }))]));
      }
      if (troubled.length) {
        app.appendChild(el('section', { 'class': 'card error', 'data-testid': 'conflicts' }, [
          el('h2', { text: t('field.conflicts', [troubled.length]) }),
          el('ul', {}, troubled.map(function (i) {
            return el('li', {}, [el('a', { href: '#k/' + i.clientId, 'data-testid': 'conflict-' + i.code,
              text: i.code + ' · ' + i.headName + (i.state === 'REFUSED' ? ' · ' + i.problem : '') })]);
          }))]));
      }
      app.appendChild(el('h2', { text: t('field.downloaded') }));
      if (!downloaded.length) { app.appendChild(el('p', { 'class': 'muted', text: t('field.none') })); }
      downloaded.forEach(function (d) {
        app.appendChild(el('section', { 'class': 'card', 'data-testid': 'downloaded-' + d.campaign.id }, [
          el('h3', { text: campaignTitle(d.campaign) }),
          el('p', { 'class': 'muted', text: t('field.households', [d.count]) + ' · ' + t('field.downloadedAt', [date(d.downloadedAt)])
            + ' · ' + t('field.keptUntil', [date(d.keepUntil)]) }),
          el('a', { 'class': 'button big', href: '#c/' + d.campaign.id, 'data-testid': 'open-' + d.campaign.id, text: t('field.open') })]));
      });
      var online = el('section', { id: 'available' });
      app.appendChild(online);
      if (navigator.onLine) { listAvailable(online, downloaded); }
    });
  }

  function listAvailable(section, downloaded) {
    api('/campaigns').then(function (r) { return r.ok ? r.json() : null; }).then(function (list) {
      if (!list) { return; }
      var open = {};
      list.forEach(function (c) { open[c.id] = true; });
      // a campaign past its survey step (or no longer in reach) leaves the phone with its queue
      var gone = downloaded.filter(function (d) { return !open[d.campaign.id]; });
      Promise.all(gone.map(function (d) { return store.removeCampaign(d.campaign.id, true); })).then(function () {
        if (gone.length) {
          notice(t('field.closedRemoved', [gone.map(function (d) { return campaignTitle(d.campaign); }).join(', ')]));
          render();
        }
      });
      clear(section).appendChild(el('h2', { text: t('field.available') }));
      list.forEach(function (c) {
        var again = downloaded.some(function (d) { return d.campaign.id === c.id; });
        var button = el('button', { type: 'button', 'class': again ? 'secondary' : 'big', 'data-testid': 'download-' + c.id,
          text: again ? t('field.downloadAgain') : t('field.download') });
        button.addEventListener('click', function () { download(c.id, button); });
        section.appendChild(el('section', { 'class': 'card' }, [el('h3', { text: campaignTitle(c) }),
          el('p', { 'class': 'muted', text: t('step.' + c.step) }), button]));
      });
      if (!list.length) { section.appendChild(el('p', { 'class': 'muted', text: t('field.none') })); }
    }).catch(function () { /* offline */ });
  }

  function campaignPage(campaignId) {
    return Promise.all([store.get('campaigns', campaignId), store.all('queue', 'campaign', campaignId)]).then(function (res) {
      var d = res[0], queue = res[1];
      clear(app);
      if (!d) { location.hash = ''; return; }
      var households = d.list || [];
      app.appendChild(el('p', {}, [el('a', { href: '#', text: t('field.back') })]));
      app.appendChild(el('h1', { text: campaignTitle(d.campaign) }));
      var search = el('input', { type: 'search', placeholder: t('field.search'), 'aria-label': t('field.search') });
      app.appendChild(search);
      var list = el('ul', { 'class': 'field-list', 'data-testid': 'households' });
      app.appendChild(list);
      function state(h) {
        var mine = queue.filter(function (q) { return q.rowId === h.rowId; });
        if (mine.some(function (q) { return q.state !== 'PENDING'; })) { return 'conflict'; }
        if (mine.length) { return 'unsent'; }
        return h.surveyed ? 'surveyed' : 'todo';
      }
      function fold(s) { return String(s || '').normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase(); }
      function draw() {
        var q = fold(search.value);
        clear(list);
        households.filter(function (h) { return !q || fold(h.headName + ' ' + h.code).indexOf(q) >= 0; }).forEach(function (h) {
          var s = state(h);
          list.appendChild(el('li', {}, [el('a', { href: '#c/' + campaignId + '/h/' + h.rowId, 'data-testid': 'household-' + h.code }, [
            el('strong', { text: h.headName || h.code }), ' ',
            el('span', { 'class': 'muted', text: h.code + (h.villageName ? ' · ' + h.villageName : '') }), ' ',
            el('span', { 'class': 'badge state-' + s, text: t('field.state.' + s) }),
            h.householdClass && s === 'surveyed' ? el('span', { 'class': 'badge', text: t('class.' + h.householdClass) }) : null])]));
        });
      }
      search.addEventListener('input', draw);
      draw();
      // when the list was first drawn, from the start of the navigation (measured offline in bench)
      if (!window.fieldListDrawnAt) { window.fieldListDrawnAt = performance.now(); }
    });
  }

  // ---- the survey form -----------------------------------------------------------------------
  function householdField(name) { return FIELDS.household.filter(function (f) { return f.name === name; })[0]; }
  // yes/no facts after the others, as the paper form asks them
  function flagsLast(fields) {
    return fields.filter(function (f) { return f.kind !== 'BOOLEAN'; }).concat(fields.filter(function (f) { return f.kind === 'BOOLEAN'; }));
  }

  function field(label, input) { return el('label', { 'class': 'field' }, [el('span', { text: label }), input]); }
  function choice(name, value, options, words) {
    var s = el('select', { name: name });
    s.appendChild(el('option', { value: '', text: words ? t('tri.unknown') : '' }));
    options.forEach(function (o) {
      var label = words ? words(o) : t(o);
      s.appendChild(el('option', { value: o, text: label, selected: String(value) === String(o) }));
    });
    return s;
  }
  function tri(name, value) {
    return choice(name, value === null || value === undefined ? '' : String(value), ['true', 'false'],
      function (o) { return o === 'true' ? t('tri.yes') : t('tri.no'); });
  }
  function text(name, value, mode) {
    return el('input', { name: name, value: value === null || value === undefined ? '' : String(value), inputmode: mode || null });
  }

  /** The input of one field of the list, by its kind; its label is "<object>.<name>" in the words. */
  function factInput(object, f, prefix, values) {
    var name = prefix + f.name, v = values[f.name];
    var control;
    if (f.kind === 'BOOLEAN') { control = tri(name, v); }
    else if (f.kind === 'CODE') { control = choice(name, v, f.codes, function (o) { return t(f.name + '.' + o); }); }
    else if (f.kind === 'WHOLE') { control = text(name, v, 'numeric'); }
    else if (f.kind === 'NUMBER') { control = text(name, v, 'decimal'); }
    else { control = text(name, v); }
    return field(t(object + '.' + f.name), control);
  }

  function memberBlock(i, m) {
    m = m || {};
    var p = 'members[' + i + '].';
    return el('fieldset', { 'class': 'card member', 'data-member': i }, [
      el('legend', { text: t('households.memberN', [i + 1]) })]
      .concat(flagsLast(FIELDS.member).map(function (f) { return factInput('member', f, p, m); })));
  }

  /** The form as an exchange-format household (as the server's SurveyFormReader reads it). */
  function readForm(form, code, original) {
    var problems = [];
    function val(name) { var e = form.elements[name]; return e ? String(e.value).trim() : ''; }
    function whole(name, label) {
      var v = val(name).replace(/[.,\s]/g, '');
      if (!v) { return undefined; }
      if (!/^\d+$/.test(v)) { problems.push(t('field.notWhole', [label, val(name)])); return undefined; }
      return parseInt(v, 10);
    }
    function number(name, label) {
      var v = val(name).replace(',', '.');
      if (!v) { return undefined; }
      if (!/^\d+(\.\d+)?$/.test(v)) { problems.push(t('field.notNumber', [label, val(name)])); return undefined; }
      return parseFloat(v);
    }
    function flag(name) { var v = val(name); return v === 'true' ? true : v === 'false' ? false : undefined; }
    var h = { ref: code, area: val('area') || householdField('area').codes[0] };
    var income = whole('incomePerCapita', t('survey.income'));
    if (income !== undefined) { h.incomePerCapita = income; }
    var score = number('scoreA', t('survey.scoreA'));
    if (score !== undefined) { h.scoreA = score; }
    if (form.elements.ticksGiven.checked) {
      h.deprivations = Array.prototype.filter.call(form.querySelectorAll('input[name=tick]'), function (c) { return c.checked; })
        .map(function (c) { return c.value; });
    }
    var labour = flag('laborCapacity');
    if (labour !== undefined) { h.laborCapacity = labour; }
    var causes = Array.prototype.filter.call(form.querySelectorAll('input[name=cause]'), function (c) { return c.checked; })
      .map(function (c) { return c.value; });
    if (causes.length) { h.causes = causes; }
    // an object of the format from the inputs named prefix + field, each read by its kind
    function object(fields, prefix, labelOf) {
      var o = {};
      fields.forEach(function (f) {
        var name = prefix + f.name, v;
        if (f.kind === 'BOOLEAN') { v = flag(name); }
        else if (f.kind === 'WHOLE') { v = whole(name, labelOf(f)); }
        else if (f.kind === 'NUMBER') { v = number(name, labelOf(f)); }
        else { v = val(name) || undefined; }
        if (v !== undefined) { o[f.name] = v; }
      });
      return o;
    }
    h.dwelling = object(FIELDS.dwelling, 'dwelling.', function (f) { return t('dwelling.' + f.name); });
    h.members = [];
    form.querySelectorAll('fieldset.member').forEach(function (fs) {
      var p = 'members[' + fs.getAttribute('data-member') + '].';
      if (!val(p + 'name')) { return; }
      h.members.push(object(FIELDS.member, p, function (f) { return t('member.' + f.name) + ' (' + val(p + 'name') + ')'; }));
    });
    if (original && original.recognizedClass) { h.recognizedClass = original.recognizedClass; }
    return { household: h, problems: problems };
  }

  function showResult(box, c, standard) {
    clear(box);
    if (c.problem) { box.appendChild(el('p', { 'class': 'error', text: t('field.refused', [c.problem.indicators.join(', ')]) })); return; }
    var names = {};
    standard.indicators.forEach(function (i) { names[i.code] = i.name; });
    box.appendChild(el('p', { 'class': 'result' }, [el('strong', { text: t('survey.result') + ': ' }),
      el('span', { 'class': 'class-' + c.householdClass, 'data-testid': 'phone-class', 'data-class': c.householdClass, text: t('class.' + c.householdClass) })]));
    if (c.deprivations.length) {
      box.appendChild(el('p', {}, c.deprivations.map(function (d) { return el('span', { 'class': 'badge', 'data-testid': 'deprivation', text: names[d] || t('reason.indicator.' + d) }); })));
    }
    box.appendChild(el('p', {}, [el('strong', { text: t('survey.reasons') })]));
    box.appendChild(el('ul', { 'data-testid': 'reasons' }, c.reasons.map(function (r) { return el('li', { text: PhoneClassifier.wordReason(r, W, standard.name) }); })));
    if (c.warnings.length) {
      box.appendChild(el('p', {}, [el('strong', { text: t('survey.warnings') })]));
      box.appendChild(el('ul', { 'data-testid': 'warnings' }, c.warnings.map(function (x) { return el('li', { text: PhoneClassifier.wordWarning(x, W, standard.name) }); })));
    }
  }

  function formPage(campaignId, rowId) {
    return Promise.all([store.get('campaigns', campaignId), store.get('households', [campaignId, rowId]),
      store.all('queue', 'campaign', campaignId)]).then(function (res) {
      var d = res[0], h = res[1];
      clear(app);
      if (!d || !h) { location.hash = d ? '#c/' + campaignId : ''; return; }
      var mine = res[2].filter(function (q) { return q.rowId === rowId; })
        .sort(function (a, b) { return a.savedAt < b.savedAt ? -1 : 1; });
      var latest = mine.length ? mine[mine.length - 1] : null;
      var input = latest ? latest.input : (h.input || { ref: h.code, area: householdField('area').codes[0], members: [], dwelling: {} });
      var standard = d.standard;
      app.appendChild(el('p', {}, [el('a', { href: '#c/' + campaignId, text: t('field.back') })]));
      app.appendChild(el('h1', { text: t('survey.title') + ' ' + h.code + ' · ' + (h.headName || '') }));
      app.appendChild(el('p', { 'class': 'muted', text: t('survey.standardOf') + ' ' + standard.name + (h.villageName ? ' · ' + h.villageName : '') }));
      if (latest) { app.appendChild(el('p', { 'class': 'card muted', text: t('field.savedOnPhone', [date(latest.savedAt)]) })); }
      var form = el('form', { 'class': 'stack survey', 'data-testid': 'field-form', novalidate: true });
      var general = el('fieldset', { 'class': 'card' }, [el('legend', { text: t('survey.general') }),
        field(t('households.area'), choice('area', input.area || householdField('area').codes[0], householdField('area').codes, function (o) { return t('area.' + o); })),
        field(t('survey.income'), text('incomePerCapita', input.incomePerCapita, 'numeric')),
        field(t('survey.scoreA'), text('scoreA', input.scoreA, 'decimal')),
        el('label', { 'class': 'check' }, [el('input', { type: 'checkbox', name: 'ticksGiven', value: 'true', checked: !!input.deprivations }), el('span', { text: t('survey.ticksGiven') })]),
        el('p', {}, [el('strong', { text: t('survey.ticks') })])]
        .concat(standard.indicators.map(function (i) {
          return el('label', { 'class': 'check' }, [el('input', { type: 'checkbox', name: 'tick', value: i.code,
            checked: !!(input.deprivations && input.deprivations.indexOf(i.code) >= 0) }), el('span', { text: i.name })]);
        }))
        .concat([field(t('survey.labour'), tri('laborCapacity', input.laborCapacity)), el('p', {}, [el('strong', { text: t('survey.causes') })])])
        .concat(householdField('causes').codes.map(function (k) {
          return el('label', { 'class': 'check' }, [el('input', { type: 'checkbox', name: 'cause', value: k,
            checked: !!(input.causes && input.causes.indexOf(k) >= 0) }), el('span', { text: t('cause.' + k) })]);
        })));
      form.appendChild(general);
      var result = el('div', { id: 'preview', 'class': 'card preview', 'aria-live': 'polite', 'data-testid': 'preview' });
      form.appendChild(result);
      var dw = input.dwelling || {};
      form.appendChild(el('fieldset', { 'class': 'card' }, [el('legend', { text: t('survey.dwelling') })]
        .concat(FIELDS.dwelling.map(function (f) { return factInput('dwelling', f, 'dwelling.', dw); }))));
      var members = el('div', { 'data-testid': 'members' });
      (input.members || []).forEach(function (m, i) { members.appendChild(memberBlock(i, m)); });
      form.appendChild(members);
      var problems = el('div', { 'class': 'card error', 'data-testid': 'problems', hidden: true });
      form.appendChild(problems);
      form.appendChild(el('button', { type: 'button', 'class': 'secondary', 'data-testid': 'add-member', text: t('survey.addMember'),
        onclick: function () { members.appendChild(memberBlock(members.children.length, {})); } }));
      form.appendChild(el('div', { 'class': 'sticky-actions' }, [el('button', { type: 'submit', 'class': 'big', 'data-testid': 'save-on-phone', text: t('field.saveOnPhone') })]));
      app.appendChild(form);
      function preview() {
        var read = readForm(form, h.code, input);
        showResult(result, PhoneClassifier.classify(read.household, standard), standard);
        return read;
      }
      form.addEventListener('change', preview);
      preview();
      form.addEventListener('submit', function (e) {
        e.preventDefault();
        var read = preview();
        clear(problems);
        problems.hidden = !read.problems.length;
        if (read.problems.length) {
          read.problems.forEach(function (p) { problems.appendChild(el('p', { text: p })); });
          return;
        }
        // an edit not yet tried replaces the one before; once a send was tried it may have arrived,
        // so the new edit is queued after it (and rebased when it is stored)
        var untried = latest && latest.state === 'PENDING' && !latest.attempts ? latest : null;
        var item = {
          clientId: untried ? untried.clientId : uuid(), campaignId: campaignId, rowId: rowId, code: h.code, headName: h.headName,
          baseVersion: latest && !untried ? latest.baseVersion : (untried ? untried.baseVersion : h.version),
          input: read.household, savedAt: new Date().toISOString(), state: 'PENDING', attempts: 0 };
        store.put('queue', item).then(showUnsent).then(function () {
          notice(t('field.savedOnPhone', [date(item.savedAt)]));
          location.hash = '#c/' + campaignId;
          if (navigator.onLine) { sync(); }
        });
      });
    });
  }

  // ---- a conflict, side by side --------------------------------------------------------------
  function summary(input, standard, title, extra) {
    var c = PhoneClassifier.classify(input, standard);
    var rows = [
      [t('survey.result'), c.problem ? '' : t('class.' + c.householdClass)],
      [t('survey.income'), input.incomePerCapita === undefined || input.incomePerCapita === null ? t('tri.unknown') : String(input.incomePerCapita)],
      [t('survey.ticks'), (input.deprivations || []).map(function (d) { return t('reason.indicator.' + d); }).join('; ') || '—'],
      [t('field.memberList'), (input.members || []).map(function (m) { return m.name + (m.age !== undefined && m.age !== null ? ' (' + m.age + ')' : ''); }).join(', ')],
      [t('dwelling.livingAreaM2'), input.dwelling && input.dwelling.livingAreaM2 !== undefined ? String(input.dwelling.livingAreaM2) : t('tri.unknown')]];
    return el('div', { 'class': 'card side' }, [el('h2', { text: title }), extra ? el('p', { 'class': 'muted', text: extra }) : null,
      el('dl', {}, rows.reduce(function (all, r) { return all.concat([el('dt', { text: r[0] }), el('dd', { text: r[1] })]); }, []))]);
  }

  function conflictPage(clientId) {
    return store.get('queue', clientId).then(function (item) {
      clear(app);
      if (!item) { location.hash = ''; return; }
      return store.get('campaigns', item.campaignId).then(function (d) {
        app.appendChild(el('p', {}, [el('a', { href: '#', text: t('field.back') })]));
        app.appendChild(el('h1', { text: t('field.conflict.title') + ' ' + item.code + ' · ' + item.headName }));
        if (item.state === 'REFUSED') {
          app.appendChild(el('p', { 'class': 'card error', text: item.problem }));
        } else {
          app.appendChild(el('p', { 'class': 'muted', text: t('field.conflict.explain') }));
        }
        var standard = d ? d.standard : null;
        var grid = el('div', { 'class': 'side-by-side', 'data-testid': 'side-by-side' });
        if (standard) {
          grid.appendChild(summary(item.input, standard, t('field.conflict.mine'), t('field.savedOnPhone', [date(item.savedAt)])));
          if (item.current && item.current.input) {
            grid.appendChild(summary(item.current.input, standard, t('field.conflict.theirs'),
              t('field.conflict.by', [item.current.changedBy, date(item.current.changedAt)])));
          }
        }
        app.appendChild(grid);
        var mine = el('button', { type: 'button', 'class': 'big', 'data-testid': 'send-mine', text: t('field.conflict.sendMine') });
        var theirs = el('button', { type: 'button', 'class': 'secondary', 'data-testid': 'keep-theirs', text: t('field.conflict.keepTheirs') });
        mine.addEventListener('click', function () {
          var again = { clientId: uuid(), campaignId: item.campaignId, rowId: item.rowId, code: item.code, headName: item.headName,
            baseVersion: item.current ? item.current.version : item.baseVersion, input: item.input, savedAt: new Date().toISOString(),
            state: 'PENDING', attempts: 0, replaces: item.state === 'CONFLICT' ? item.clientId : null };
          store.put('queue', again).then(function () { return store.remove('queue', item.clientId); }).then(function () {
            location.hash = '';
            return sync();
          });
        });
        theirs.addEventListener('click', function () {
          var closing = item.state === 'CONFLICT'
            ? session().then(function (s) {
              if (!s) { throw new Error(t('field.loginToSend')); }
              return api('/campaigns/' + item.campaignId + '/submissions/' + item.clientId + '/keep-theirs', 'POST', {}, s);
            }).then(function (r) { if (!r.ok && r.status !== 400) { throw new Error(String(r.status)); } })
            : Promise.resolve();
          closing.then(function () {
            return store.get('households', [item.campaignId, item.rowId]);
          }).then(function (h) {
            if (h && item.current) { return store.putHousehold(item.campaignId, Object.assign(h, item.current)); }
          }).then(function () { return store.remove('queue', item.clientId); }).then(function () {
            location.hash = '';
            showUnsent();
          }).catch(function (e) { notice(e.message); });
        });
        app.appendChild(el('div', { 'class': 'sticky-actions' }, [mine, theirs]));
      });
    });
  }

  // ---- logout: the phone forgets this user's data -------------------------------------------
  document.getElementById('field-logout').addEventListener('click', function () {
    store.all('queue').then(function (items) {
      var pending = items.filter(function (i) { return i.state === 'PENDING'; }).length;
      if (pending && !window.confirm(t('field.logoutUnsent', [pending]))) { return; }
      return store.destroy().then(function () {
        return session().catch(function () { return null; });
      }).then(function (s) {
        var form = document.getElementById('logout-form');
        if (s) {
          var token = form.querySelector('input[name=_csrf]') || form.appendChild(el('input', { type: 'hidden', name: '_csrf' }));
          token.value = s.csrfToken;
        }
        if (navigator.onLine) { form.submit(); } else { location.hash = ''; render(); }
      });
    });
  });

  // ---- start ---------------------------------------------------------------------------------
  document.getElementById('send-now').addEventListener('click', function () { sync(); });
  window.addEventListener('online', function () { showNet(); sync(); });
  window.addEventListener('offline', showNet);
  window.addEventListener('hashchange', render);
  window.fieldSync = sync;
  showNet();
  installWorker();
  expire().then(showUnsent).then(render).then(function () {
    if (navigator.onLine) {
      session().then(function (s) {
        if (s && s.username === USER) { store.removeOtherUsers(); }
      }).catch(function () {});
      sync();
    }
  });
  setInterval(function () { if (navigator.onLine) { sync(); } }, 30000);
})();
