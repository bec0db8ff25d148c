// Small behaviours every page may use, as a file because the Content-Security-Policy allows no
// inline script: a link with data-print prints the page; a form with data-confirm asks first.
document.addEventListener('click', function (e) {
  var printer = e.target.closest('[data-print]');
  if (printer) {
    e.preventDefault();
    window.print();
  }
});
document.addEventListener('submit', function (e) {
  var form = e.target;
  var question = form.getAttribute && form.getAttribute('data-confirm');
  if (question && !window.confirm(question)) {
    e.preventDefault();
  }
}, true);
