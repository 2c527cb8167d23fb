// Survey results: elements as bars and the overall figure by month as a line. Data comes from the canvases' data
// attributes (server-rendered).
document.addEventListener('DOMContentLoaded', function () {
  if (typeof Chart === 'undefined') {
    return;
  }
  function draw(id, type) {
    var canvas = document.getElementById(id);
    if (!canvas) {
      return;
    }
    var points = JSON.parse(canvas.dataset.points);
    new Chart(canvas, {
      type: type,
      data: {
        labels: points.map(function (p) { return p.label; }),
        datasets: [{label: canvas.dataset.label, data: points.map(function (p) { return p.percent; }),
          borderColor: '#0d6efd', backgroundColor: '#0d6efd', tension: 0.2}]
      },
      options: {
        responsive: true,
        animation: false,
        indexAxis: type === 'bar' ? 'y' : 'x',
        scales: type === 'bar' ? {x: {beginAtZero: true, max: 100}} : {y: {beginAtZero: true, max: 100}},
        plugins: {legend: {display: false}}
      }
    });
  }
  draw('survey-elements', 'bar');
  draw('survey-months', 'line');
});
