// The progress dashboard's monthly trend: lead occurrences due so far, split into done on time, done late and
// not done, as stacked bars. Data and labels come from the canvas's data attributes (server-rendered).
document.addEventListener('DOMContentLoaded', function () {
  var canvas = document.getElementById('trend');
  if (!canvas || typeof Chart === 'undefined') {
    return;
  }
  var points = JSON.parse(canvas.dataset.trend);
  var d = canvas.dataset;
  new Chart(canvas, {
    type: 'bar',
    data: {
      labels: points.map(function (p) { return p.month; }),
      datasets: [
        {label: d.labelOntime, data: points.map(function (p) { return p.onTime; }), backgroundColor: '#198754'},
        {label: d.labelLate, data: points.map(function (p) { return p.late; }), backgroundColor: '#d4a017'},
        {label: d.labelOpen, data: points.map(function (p) { return p.due - p.onTime - p.late; }), backgroundColor: '#dc3545'}
      ]
    },
    options: {
      responsive: true,
      animation: false,
      scales: {x: {stacked: true}, y: {stacked: true, beginAtZero: true, ticks: {precision: 0}}},
      plugins: {legend: {position: 'bottom'}}
    }
  });
});
