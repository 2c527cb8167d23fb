// The public figures page: each canvas carries its chart in data-chart (labels, datasets with a type and an axis,
// flat for horizontal bars). The tables under the canvases hold the same numbers, so nothing is lost without it.
document.addEventListener('DOMContentLoaded', function () {
  if (typeof Chart === 'undefined') {
    return;
  }
  var colours = ['#0b4f8a', '#1e8e3e', '#d9730d', '#7a4fb8'];
  var greys = ['#0b4f8a', '#c9d3de'];
  // Long names (766 groups, survey elements) on flat bars: broken into lines of about 22 characters for a phone.
  function wrap(label) {
    var lines = [], line = '';
    String(label).split(' ').forEach(function (word) {
      if (line && (line + ' ' + word).length > 22) {
        lines.push(line);
        line = word;
      } else {
        line = line ? line + ' ' + word : word;
      }
    });
    lines.push(line);
    return lines;
  }
  document.querySelectorAll('canvas.pub-chart').forEach(function (canvas) {
    var spec = JSON.parse(canvas.dataset.chart);
    var hasPercent = spec.datasets.some(function (d) { return d.axis === 'percent'; });
    var hasCount = spec.datasets.some(function (d) { return d.axis === 'count'; });
    var scales = {};
    if (hasPercent) {
      scales[spec.flat ? 'x' : 'percent'] = {min: 0, max: 100, position: spec.flat ? 'bottom' : 'right',
        ticks: {callback: function (v) { return v + '%'; }}, grid: {drawOnChartArea: !hasCount}};
    }
    if (hasCount) {
      scales[spec.flat ? 'x' : 'count'] = {beginAtZero: true, position: spec.flat ? 'bottom' : 'left'};
    }
    var palette = spec.flat && spec.datasets.length === 2 ? greys : colours;
    new Chart(canvas, {
      data: {
        labels: spec.flat ? spec.labels.map(wrap) : spec.labels,
        datasets: spec.datasets.map(function (d, i) {
          var set = {type: d.type, label: d.label, data: d.data, borderColor: palette[i % palette.length],
            backgroundColor: palette[i % palette.length], spanGaps: true, tension: 0.2, order: d.type === 'line' ? 0 : 1};
          if (!spec.flat) {
            set.yAxisID = d.axis;
          }
          return set;
        })
      },
      options: {
        indexAxis: spec.flat ? 'y' : 'x',
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        scales: scales,
        plugins: {legend: {position: 'bottom', labels: {boxWidth: 12, font: {size: 11}}}}
      }
    });
  });
});
