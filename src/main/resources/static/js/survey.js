// The survey form (public page and paper-form entry): shows a block once the earlier answer that opens it is given,
// or, on the officer's page, once a dossier code is typed. The server drops answers to blocks whose gate stays
// closed, so without this script the form still works.
(function () {
  'use strict';
  var form = document.querySelector('form.sv') || document.querySelector('.sv form');
  if (!form) { return; }
  var byAnswer = Array.prototype.slice.call(form.querySelectorAll('[data-gate-item]'));
  var byDossier = Array.prototype.slice.call(form.querySelectorAll('[data-gate-dossier="true"]'));
  var dossier = form.querySelector('input#hs');
  function chosen(item) {
    return Array.prototype.map.call(form.querySelectorAll('[name="a.' + item + '"]:checked'), function (i) { return i.value; });
  }
  function update() {
    byAnswer.forEach(function (b) {
      var wanted = (b.getAttribute('data-gate-values') || '').split(',');
      b.hidden = !chosen(b.getAttribute('data-gate-item')).some(function (v) { return wanted.indexOf(v) >= 0; });
    });
    if (dossier) {
      byDossier.forEach(function (b) { b.hidden = dossier.value.trim() === ''; });
    }
  }
  form.addEventListener('change', update);
  form.addEventListener('input', update);
  update();
  var first = document.querySelector('.bad, #refusal');
  if (first) { first.scrollIntoView(); }
}());
