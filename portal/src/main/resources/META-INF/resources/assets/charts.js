// Draws every [data-chart] element with ECharts; the data comes from the server as JSON in the attribute.
(function () {
  'use strict';
  var palette = ['#0b4fa3', '#b3261e', '#1f7a3a', '#8a5a00', '#6a3d9a', '#00796b', '#c2185b', '#455a64'];

  function options(spec) {
    if (spec.kind === 'pie') {
      return {
        color: palette,
        animation: false,
        tooltip: { trigger: 'item' },
        series: [{
          type: 'pie',
          radius: ['35%', '65%'],
          name: spec.series[0].name,
          data: spec.categories.map(function (name, i) { return { name: name, value: spec.series[0].data[i] }; })
        }]
      };
    }
    var categoryAxis = { type: 'category', data: spec.categories, axisLabel: { interval: 0, hideOverlap: true } };
    var valueAxis = { type: 'value', minInterval: 1 };
    return {
      color: palette,
      animation: false,
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 8, right: 16, bottom: 8, top: 32, containLabel: true },
      xAxis: spec.horizontal ? valueAxis : categoryAxis,
      yAxis: spec.horizontal ? categoryAxis : valueAxis,
      series: spec.series.map(function (s) {
        return { type: 'bar', name: s.name, data: s.data, stack: spec.stacked ? 'total' : undefined };
      })
    };
  }

  function draw() {
    if (typeof echarts === 'undefined') { return; }
    document.querySelectorAll('[data-chart]').forEach(function (element) {
      var chart = echarts.init(element, null, { renderer: 'canvas' });
      chart.setOption(options(JSON.parse(element.getAttribute('data-chart'))));
      window.addEventListener('resize', function () { chart.resize(); });
    });
  }

  document.addEventListener('DOMContentLoaded', draw);
})();
