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

// A button marked data-print prints the page; the print stylesheet leaves out menus, buttons and filters.
document.addEventListener('click', function (event) {
  if (event.target.closest && event.target.closest('[data-print]')) {
    window.print();
  }
});

// A form marked data-confirm="question" asks first and is not sent unless confirmed (an inline onsubmit would be
// blocked by the CSP, and the delete would then go through without asking).
document.addEventListener('submit', function (event) {
  var form = event.target;
  if (form.matches && form.matches('form[data-confirm]') && !window.confirm(form.getAttribute('data-confirm'))) {
    event.preventDefault();
  }
});

// A form marked data-reload-after-download answers with a file (the apology letter): the page stays, so it is
// reloaded a moment later to show what the server recorded. A refusal answers a page instead, which replaces this one.
document.addEventListener('submit', function (event) {
  var form = event.target;
  if (form.matches && form.matches('form[data-reload-after-download]') && !event.defaultPrevented) {
    window.setTimeout(function () { window.location.reload(); }, 2500);
  }
});

// Forms marked data-warn-unsaved ask before the page is left with typed input not yet sent. A form that comes back
// refused holds typed values that are not saved yet, so it starts out unsaved: a field is marked invalid, or the form
// says so (data-dirty="true"). data-unsaved-note names an element shown while the form holds unsaved input.
document.addEventListener('DOMContentLoaded', function () {
  var unsaved = new Set();

  function markUnsaved(form) {
    unsaved.add(form);
    var note = form.dataset.unsavedNote ? document.getElementById(form.dataset.unsavedNote) : null;
    if (note) {
      note.hidden = false;
    }
  }

  document.querySelectorAll('form[data-warn-unsaved]').forEach(function (form) {
    if (form.dataset.dirty === 'true' || form.querySelector('.is-invalid')) {
      markUnsaved(form);
    }
    form.addEventListener('input', function () { markUnsaved(form); });
    form.addEventListener('change', function () { markUnsaved(form); });
  });
  // On the document, so that it runs after a form's own handlers: one that stops the sending (report.js, files too
  // large) leaves the input unsaved.
  document.addEventListener('submit', function (event) {
    if (!event.defaultPrevented) {
      unsaved.clear();
    }
  });
  window.addEventListener('beforeunload', function (event) {
    if (unsaved.size > 0) {
      event.preventDefault();
      event.returnValue = '';
    }
  });
});

// A checkbox marked data-check-all="tasks" ticks or unticks every "include" box of that list (plan import review).
document.addEventListener('change', function (event) {
  var all = event.target.closest ? event.target.closest('[data-check-all]') : null;
  if (!all || !all.form) {
    return;
  }
  var prefix = all.getAttribute('data-check-all') + '[';
  all.form.querySelectorAll('input[type="checkbox"][name$="].include"]').forEach(function (box) {
    if (box.name.indexOf(prefix) === 0) {
      box.checked = all.checked;
    }
  });
});

// A button marked data-copy="id" copies that field's text (the calendar feed's address) and says so.
document.addEventListener('click', function (event) {
  var button = event.target.closest ? event.target.closest('[data-copy]') : null;
  var field = button ? document.getElementById(button.getAttribute('data-copy')) : null;
  if (!field) {
    return;
  }
  field.select();
  if (navigator.clipboard) {
    navigator.clipboard.writeText(field.value);
  } else {
    document.execCommand('copy');
  }
  if (button.getAttribute('data-copied')) {
    button.textContent = button.getAttribute('data-copied');
  }
});
