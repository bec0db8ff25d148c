/*
 * What the phone keeps for the offline survey, in IndexedDB, in a database of the logged-in user's
 * own ("giamngheo-field-<user>", decision 1703): the downloaded campaigns (campaign, standard, until
 * when), their households, and the queue of surveys saved on the phone and not yet stored by the
 * server ("chưa gửi"), each with the id the phone gave it.
 */
(function (global) {
  'use strict';
  var PREFIX = 'giamngheo-field-';

  function promise(request) {
    return new Promise(function (resolve, reject) {
      request.onsuccess = function () { resolve(request.result); };
      request.onerror = function () { reject(request.error); };
    });
  }

  function done(tx) {
    return new Promise(function (resolve, reject) {
      tx.oncomplete = function () { resolve(); };
      tx.onerror = function () { reject(tx.error); };
      tx.onabort = function () { reject(tx.error); };
    });
  }

  function FieldStore(user) {
    this.name = PREFIX + encodeURIComponent(user);
  }

  FieldStore.prototype.open = function () {
    var self = this;
    if (self.db) { return Promise.resolve(self.db); }
    var request = indexedDB.open(self.name, 1);
    request.onupgradeneeded = function () {
      var db = request.result;
      db.createObjectStore('campaigns', { keyPath: 'campaign.id' });
      var h = db.createObjectStore('households', { keyPath: ['campaignId', 'rowId'] });
      h.createIndex('campaign', 'campaignId');
      var q = db.createObjectStore('queue', { keyPath: 'clientId' });
      q.createIndex('campaign', 'campaignId');
    };
    return promise(request).then(function (db) { self.db = db; return db; });
  };

  FieldStore.prototype.all = function (store, index, key) {
    return this.open().then(function (db) {
      var s = db.transaction(store).objectStore(store);
      return promise(index ? s.index(index).getAll(key) : s.getAll());
    });
  };

  FieldStore.prototype.get = function (store, key) {
    return this.open().then(function (db) { return promise(db.transaction(store).objectStore(store).get(key)); });
  };

  FieldStore.prototype.put = function (store, value) {
    return this.open().then(function (db) {
      var tx = db.transaction(store, 'readwrite');
      tx.objectStore(store).put(value);
      return done(tx);
    });
  };

  FieldStore.prototype.remove = function (store, key) {
    return this.open().then(function (db) {
      var tx = db.transaction(store, 'readwrite');
      tx.objectStore(store).delete(key);
      return done(tx);
    });
  };

  /** A download replaces the campaign's households in one transaction (nothing half kept). */
  FieldStore.prototype.saveDownload = function (bundle) {
    return this.open().then(function (db) {
      var tx = db.transaction(['campaigns', 'households'], 'readwrite');
      var households = tx.objectStore('households');
      households.index('campaign').getAllKeys(bundle.campaign.id).onsuccess = function (e) {
        e.target.result.forEach(function (k) { households.delete(k); });
        bundle.households.forEach(function (h) {
          h.campaignId = bundle.campaign.id;
          households.put(h);
        });
      };
      // the list page reads this light copy, not every household's answers (opening time offline)
      var list = bundle.households.map(function (h) { return FieldStore.entry(h); });
      tx.objectStore('campaigns').put({ campaign: bundle.campaign, standard: bundle.standard,
        downloadedAt: bundle.downloadedAt, keepUntil: bundle.keepUntil, count: bundle.households.length, list: list });
      return done(tx);
    });
  };

  /** Removes a campaign's download; with {@code withQueue} its unsent surveys too. */
  FieldStore.prototype.removeCampaign = function (campaignId, withQueue) {
    return this.open().then(function (db) {
      var stores = withQueue ? ['campaigns', 'households', 'queue'] : ['campaigns', 'households'];
      var tx = db.transaction(stores, 'readwrite');
      tx.objectStore('campaigns').delete(campaignId);
      stores.slice(1).forEach(function (name) {
        var s = tx.objectStore(name);
        s.index('campaign').getAllKeys(campaignId).onsuccess = function (e) {
          e.target.result.forEach(function (k) { s.delete(k); });
        };
      });
      return done(tx);
    });
  };

  /** Deletes this user's database (logout). */
  FieldStore.prototype.destroy = function () {
    if (this.db) { this.db.close(); this.db = null; }
    return promise(indexedDB.deleteDatabase(this.name));
  };

  /** Deletes the databases of every other user of this browser (decision 1703). */
  FieldStore.prototype.removeOtherUsers = function () {
    var mine = this.name;
    if (!indexedDB.databases) { return Promise.resolve(0); }
    return indexedDB.databases().then(function (list) {
      var others = list.filter(function (d) { return d.name && d.name.indexOf(PREFIX) === 0 && d.name !== mine; });
      return Promise.all(others.map(function (d) { return promise(indexedDB.deleteDatabase(d.name)); }))
        .then(function () { return others.length; });
    });
  };

  /** What the household list shows of a household. */
  FieldStore.entry = function (h) {
    return { rowId: h.rowId, code: h.code, headName: h.headName, villageName: h.villageName,
      surveyed: h.surveyed, householdClass: h.householdClass };
  };

  /** Puts a household as the server now holds it, and its line in the campaign's list. */
  FieldStore.prototype.putHousehold = function (campaignId, h) {
    return this.open().then(function (db) {
      var tx = db.transaction(['campaigns', 'households'], 'readwrite');
      h.campaignId = campaignId;
      tx.objectStore('households').put(h);
      var campaigns = tx.objectStore('campaigns');
      campaigns.get(campaignId).onsuccess = function (e) {
        var c = e.target.result;
        if (!c || !c.list) { return; }
        c.list = c.list.map(function (x) { return x.rowId === h.rowId ? FieldStore.entry(h) : x; });
        campaigns.put(c);
      };
      return done(tx);
    });
  };

  global.FieldStore = FieldStore;
})(typeof self !== 'undefined' ? self : this);
