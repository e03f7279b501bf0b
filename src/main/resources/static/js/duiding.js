// Progressive enhancement only: every form works without this script.
(function () {
    'use strict';
    var A = [150, 20], B = [20, 245], C = [280, 245];

    function toShares(x, y) {
        var det = (B[1] - C[1]) * (A[0] - C[0]) + (C[0] - B[0]) * (A[1] - C[1]);
        var a = ((B[1] - C[1]) * (x - C[0]) + (C[0] - B[0]) * (y - C[1])) / det;
        var b = ((C[1] - A[1]) * (x - C[0]) + (A[0] - C[0]) * (y - C[1])) / det;
        a = Math.min(1, Math.max(0, a)); b = Math.min(1 - a, Math.max(0, b));
        return [a, b, Math.max(0, 1 - a - b)];
    }

    function round1(v) { return Math.round(v * 1000) / 10; }

    function enhanceTriad(fieldset) {
        var svg = fieldset.querySelector('svg');
        var marker = svg.querySelector('.marker');
        var inputs = fieldset.querySelectorAll('.triad-inputs input');
        var sum = fieldset.querySelector('.triad-sum');

        function place() {
            var v = [0, 1, 2].map(function (i) { return parseFloat((inputs[i].value || '').replace(',', '.')); });
            var total = v.reduce(function (s, x) { return s + (isNaN(x) ? 0 : x); }, 0);
            sum.textContent = (document.documentElement.lang === 'en' ? 'Together: ' : 'Samen: ') + Math.round(total * 10) / 10 + '%';
            if (v.some(isNaN) || total <= 0) { marker.setAttribute('visibility', 'hidden'); return; }
            marker.setAttribute('visibility', 'visible');
            marker.setAttribute('cx', (v[0] * A[0] + v[1] * B[0] + v[2] * C[0]) / total);
            marker.setAttribute('cy', (v[0] * A[1] + v[1] * B[1] + v[2] * C[1]) / total);
        }

        svg.addEventListener('click', function (event) {
            var point = svg.createSVGPoint();
            point.x = event.clientX; point.y = event.clientY;
            var local = point.matrixTransform(svg.getScreenCTM().inverse());
            var s = toShares(local.x, local.y);
            var a = round1(s[0]), b = round1(s[1]);
            inputs[0].value = a; inputs[1].value = b; inputs[2].value = Math.round((100 - a - b) * 10) / 10;
            place();
        });
        Array.prototype.forEach.call(inputs, function (input) { input.addEventListener('input', place); });
        place();
    }

    document.addEventListener('DOMContentLoaded', function () {
        Array.prototype.forEach.call(document.querySelectorAll('fieldset[data-triad]'), enhanceTriad);
        var summary = document.querySelector('.error-summary');
        if (summary) { summary.focus(); }
    });
})();
