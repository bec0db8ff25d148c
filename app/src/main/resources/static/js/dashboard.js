// Draws the dashboard's charts (Chart.js) from the JSON the page embeds; each chart's table is a CSV link.
(function () {
  var el = document.getElementById('dashboard-data');
  if (!el || !window.Chart) { return; }
  var d = JSON.parse(el.textContent);
  var v = d.view, L = d.labels;
  function draw(id, config) {
    var canvas = document.getElementById(id);
    return canvas ? new Chart(canvas, config) : null;
  }
  draw('chart-years', {
    type: 'line',
    data: {
      labels: v.years.map(function (y) { return y.year; }),
      datasets: [
        { label: L.poorRate, data: v.years.map(function (y) { return y.poorRate; }) },
        { label: L.nearPoorRate, data: v.years.map(function (y) { return y.nearPoorRate; }) }
      ]
    },
    options: { scales: { y: { beginAtZero: true } } }
  });
  var kids = v.children.slice();
  var children = draw('chart-children', {
    type: 'bar',
    data: { labels: [], datasets: [{ label: L.poorRate, data: [] }, { label: L.nearPoorRate, data: [] }] },
    options: { indexAxis: kids.length > 8 ? 'y' : 'x', scales: { x: { beginAtZero: true } } }
  });
  function showChildren() {
    if (!children) { return; }
    children.data.labels = kids.map(function (k) { return k.name; });
    children.data.datasets[0].data = kids.map(function (k) { return k.poorRate; });
    children.data.datasets[1].data = kids.map(function (k) { return k.nearPoorRate; });
    children.update();
  }
  showChildren();
  document.querySelectorAll('[data-sort]').forEach(function (b) {
    b.addEventListener('click', function () {
      var key = b.getAttribute('data-sort');
      kids.sort(key === 'name'
        ? function (a, c) { return a.name.localeCompare(c.name, 'vi'); }
        : function (a, c) { return (c[key] || 0) - (a[key] || 0); });
      showChildren();
    });
  });
  draw('chart-deprivations', {
    type: 'bar',
    data: {
      labels: v.deprivations.map(function (x) { return L[x.code] || x.code; }),
      datasets: [{ label: L.deprivedShare, data: v.deprivations.map(function (x) { return x.rate; }) }]
    },
    options: { indexAxis: 'y', scales: { x: { beginAtZero: true, max: 100 } } }
  });
  draw('chart-progress', {
    type: 'bar',
    data: {
      labels: v.progress.map(function (p) { return p.name; }),
      datasets: [
        { label: L.planned, data: v.progress.map(function (p) { return p.planned; }) },
        { label: L.net, data: v.progress.map(function (p) { return p.net; }) }
      ]
    }
  });
})();
