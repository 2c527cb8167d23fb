// The report page is one form (app.js warns before it is left with unsaved input). What is particular to it:
// - each line says, when the form is sent, whether its values were edited: a line left alone is not saved, so it
//   never writes the values the page was read with over what a colleague saved meanwhile;
// - a line's upload details, and its file input, are sent only once a file is chosen on that line: a long report
//   would otherwise send some fifteen fields per line;
// - files chosen on several lines go in one request, so their total is checked before sending: past the server's
//   limit the request would be cut off and everything typed lost.
document.addEventListener('DOMContentLoaded', function () {
  var form = document.getElementById('report-form');
  if (!form) {
    return;
  }
  var lines = form.querySelectorAll('.line');

  lines.forEach(function (line) {
    var file = line.querySelector('input[type=file]');
    if (!file) {
      return;
    }
    var sendDetails = function () {
      line.querySelectorAll('[name*=".upload."]').forEach(function (field) {
        field.disabled = file.files.length === 0;
      });
    };
    file.addEventListener('change', sendDetails);
    sendDetails();
  });

  // Compared with what the page was rendered with, so typing and undoing it leaves the line as it was.
  function edited(line) {
    return Array.prototype.some.call(line.querySelectorAll('[data-line-value]'), function (field) {
      if (field.tagName === 'SELECT') {
        return Array.prototype.some.call(field.options, function (option) {
          return option.selected !== option.defaultSelected;
        });
      }
      return field.value !== field.defaultValue;
    });
  }

  form.addEventListener('submit', function (event) {
    var files = form.querySelectorAll('input[type=file]');
    var total = 0;
    files.forEach(function (input) {
      Array.prototype.forEach.call(input.files, function (file) {
        total += file.size;
      });
    });
    if (total > Number(form.dataset.maxBytes)) {
      event.preventDefault();
      window.alert(form.dataset.tooLarge);
      return;
    }
    lines.forEach(function (line) {
      var touched = line.querySelector('input.line-touched');
      // A refused save comes back with its edited lines marked already.
      if (touched && touched.value !== 'true') {
        touched.value = edited(line) ? 'true' : 'false';
      }
    });
    // Left out of this request only: the form data is taken once this handler returns.
    var empty = Array.prototype.filter.call(files, function (input) {
      return input.files.length === 0;
    });
    empty.forEach(function (input) {
      input.disabled = true;
    });
    window.setTimeout(function () {
      empty.forEach(function (input) {
        input.disabled = false;
      });
    });
  });
});
