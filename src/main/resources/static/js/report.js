// The report page is one form. Typing marks it unsaved: leaving the page then asks first (the browser's own
// question), while saving or submitting, which send every typed line, does not. Files chosen on several lines go in
// one request, so their total is checked before sending: past the server's limit the request would be cut off and
// everything typed lost.
document.addEventListener('DOMContentLoaded', function () {
  var form = document.getElementById('report-form');
  if (!form) {
    return;
  }
  var note = document.getElementById('unsaved-note');
  // A refused save comes back with typed values that are not saved yet.
  var dirty = form.dataset.dirty === 'true';

  function markDirty() {
    dirty = true;
    if (note) {
      note.hidden = false;
    }
  }

  form.addEventListener('input', markDirty);
  form.addEventListener('change', markDirty);

  form.addEventListener('submit', function (event) {
    var total = 0;
    form.querySelectorAll('input[type=file]').forEach(function (input) {
      Array.prototype.forEach.call(input.files, function (file) {
        total += file.size;
      });
    });
    if (total > Number(form.dataset.maxBytes)) {
      event.preventDefault();
      window.alert(form.dataset.tooLarge);
      return;
    }
    dirty = false;
  });

  window.addEventListener('beforeunload', function (event) {
    if (dirty) {
      event.preventDefault();
      event.returnValue = '';
    }
  });
});
