// Sends the chosen file as the raw request body (it may be hundreds of MB), showing the upload's progress, then
// opens the import job's page, which follows the import itself.
document.addEventListener('DOMContentLoaded', function () {
  var form = document.getElementById('import-form');
  if (!form) {
    return;
  }
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var file = document.getElementById('import-file').files[0];
    if (!file) {
      return;
    }
    var bar = document.getElementById('upload-progress');
    var error = document.getElementById('upload-error');
    var button = document.getElementById('import-button');
    if (file.size > Number(form.dataset.maxBytes)) {
      // Said before sending: past the limit the server stops reading and the browser sees a broken connection.
      error.textContent = form.dataset.tooLarge;
      error.classList.remove('d-none');
      return;
    }
    error.classList.add('d-none');
    bar.classList.remove('d-none');
    button.disabled = true;
    var xhr = new XMLHttpRequest();
    xhr.open('POST', form.dataset.url);
    xhr.setRequestHeader('Content-Type', 'application/octet-stream');
    xhr.setRequestHeader('X-File-Name', encodeURIComponent(file.name));
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) {
      xhr.setRequestHeader(header.content, token.content);
    }
    xhr.upload.onprogress = function (e) {
      if (e.lengthComputable) {
        bar.firstElementChild.style.width = Math.round(e.loaded * 100 / e.total) + '%';
      }
    };
    xhr.onload = function () {
      if (xhr.status === 202) {
        window.location = JSON.parse(xhr.responseText).url;
        return;
      }
      button.disabled = false;
      bar.classList.add('d-none');
      var doc = new DOMParser().parseFromString(xhr.responseText, 'text/html');
      var message = doc.querySelector('.alert-danger[role="alert"]');
      error.textContent = message ? message.textContent : (xhr.status + ' ' + xhr.statusText);
      error.classList.remove('d-none');
    };
    xhr.onerror = function () {
      button.disabled = false;
      error.textContent = form.dataset.networkError;
      error.classList.remove('d-none');
    };
    xhr.send(file);
  });
});
