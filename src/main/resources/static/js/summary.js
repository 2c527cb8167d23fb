// The chairman's summary: the 766 score by month as a line. Data and label come from the canvas's data attributes.
document.addEventListener('DOMContentLoaded', function () {
  var canvas = document.getElementById('score-trend');
  if (!canvas || typeof Chart === 'undefined') {
    return;
  }
  var points = JSON.parse(canvas.dataset.months);
  new Chart(canvas, {
    type: 'line',
    data: {
      labels: points.map(function (p) { return p.label; }),
      datasets: [{label: canvas.dataset.label, data: points.map(function (p) { return p.total; }),
        borderColor: '#0d6efd', backgroundColor: '#0d6efd', tension: 0.2}]
    },
    options: {
      responsive: true,
      animation: false,
      scales: {y: {beginAtZero: true, suggestedMax: 100}},
      plugins: {legend: {display: false}}
    }
  });
});
