// The one-stop indicators month by month: one line per indicator (percent); the first two are shown, the others
// can be switched on from the legend. Data comes from the canvas's data attribute (server-rendered).
document.addEventListener('DOMContentLoaded', function () {
  var canvas = document.getElementById('indicator-trend');
  if (!canvas || typeof Chart === 'undefined') {
    return;
  }
  var data = JSON.parse(canvas.dataset.trend);
  var colours = ['#198754', '#dc3545', '#0d6efd', '#6f42c1', '#fd7e14', '#20c997', '#0dcaf0', '#6c757d', '#997404', '#d63384'];
  var names = Object.keys(data.series);
  new Chart(canvas, {
    type: 'line',
    data: {
      labels: data.labels,
      datasets: names.map(function (name, i) {
        return {label: name, data: data.series[name], borderColor: colours[i % colours.length],
          backgroundColor: colours[i % colours.length], hidden: i > 2, spanGaps: true, tension: 0.2};
      })
    },
    options: {
      responsive: true,
      animation: false,
      scales: {y: {min: 0, max: 100, ticks: {callback: function (v) { return v + '%'; }}}},
      plugins: {legend: {position: 'bottom', labels: {boxWidth: 12, font: {size: 11}}}}
    }
  });
});
