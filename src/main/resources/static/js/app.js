// htmx requests carry Spring Security's CSRF token, read from the page's meta tags.
document.addEventListener('htmx:configRequest', function (event) {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) {
    event.detail.headers[header.content] = token.content;
  }
});

// A select marked data-autosubmit sends its form when changed (no inline handlers: the CSP forbids them);
// data-autosubmit-clears names a field to empty first (a period that belongs to the previous plan).
document.addEventListener('change', function (event) {
  var select = event.target.closest ? event.target.closest('[data-autosubmit]') : null;
  if (!select || !select.form) {
    return;
  }
  var clears = select.getAttribute('data-autosubmit-clears');
  if (clears && select.form.elements[clears]) {
    select.form.elements[clears].value = '';
  }
  select.form.submit();
});

// Forms marked data-warn-unsaved ask before the page is left with typed input not yet sent. A form that comes back
// refused (a field marked invalid) holds typed values that are not saved yet, so it starts out unsaved.
document.addEventListener('DOMContentLoaded', function () {
  var unsaved = new Set();
  document.querySelectorAll('form[data-warn-unsaved]').forEach(function (form) {
    if (form.querySelector('.is-invalid')) {
      unsaved.add(form);
    }
    form.addEventListener('input', function () { unsaved.add(form); });
    form.addEventListener('change', function () { unsaved.add(form); });
    form.addEventListener('submit', function () { unsaved.clear(); });
  });
  window.addEventListener('beforeunload', function (event) {
    if (unsaved.size > 0) {
      event.preventDefault();
      event.returnValue = '';
    }
  });
});
