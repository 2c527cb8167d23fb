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
