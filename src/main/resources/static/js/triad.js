// The graphical triad: click or use the arrow keys on the point; the three number inputs stay the truth
// (and the way without a mouse or without this script). Changes are announced through an aria-live text.
(function () {
    'use strict';
    var A = [150, 20], B = [20, 245], C = [280, 245];
    var STEP = 6;

    function toShares(x, y) {
        var det = (B[1] - C[1]) * (A[0] - C[0]) + (C[0] - B[0]) * (A[1] - C[1]);
        var a = ((B[1] - C[1]) * (x - C[0]) + (C[0] - B[0]) * (y - C[1])) / det;
        var b = ((C[1] - A[1]) * (x - C[0]) + (A[0] - C[0]) * (y - C[1])) / det;
        a = Math.min(1, Math.max(0, a)); b = Math.min(1 - a, Math.max(0, b));
        return [a, b, Math.max(0, 1 - a - b)];
    }

    function round1(v) { return Math.round(v * 1000) / 10; }

    function enhance(fieldset) {
        var svg = fieldset.querySelector('svg');
        var marker = svg.querySelector('.marker');
        var inputs = fieldset.querySelectorAll('.triad-inputs input');
        var sum = fieldset.querySelector('.triad-sum');
        var point = [150, 170];

        svg.removeAttribute('aria-hidden');
        svg.setAttribute('role', 'group');
        svg.setAttribute('aria-label', fieldset.querySelector('legend').textContent);
        marker.setAttribute('tabindex', '0');
        marker.setAttribute('role', 'slider');
        marker.setAttribute('aria-label', fieldset.dataset.label);
        marker.setAttribute('aria-valuemin', '0');
        marker.setAttribute('aria-valuemax', '100');

        function values() {
            return [0, 1, 2].map(function (i) { return parseFloat((inputs[i].value || '').replace(',', '.')); });
        }

        function describe(v) {
            return [0, 1, 2].map(function (i) {
                return inputs[i].dataset.cornerLabel + ' ' + (isNaN(v[i]) ? 0 : v[i]) + '%';
            }).join(', ');
        }

        function place() {
            var v = values();
            var total = v.reduce(function (s, x) { return s + (isNaN(x) ? 0 : x); }, 0);
            sum.textContent = fieldset.dataset.sumLabel + ' ' + Math.round(total * 10) / 10 + '%. ' + describe(v);
            marker.setAttribute('aria-valuenow', isNaN(v[0]) ? '0' : String(v[0]));
            marker.setAttribute('aria-valuetext', describe(v));
            if (v.some(isNaN) || total <= 0) { marker.classList.add('unset'); return; }
            marker.classList.remove('unset');
            point = [(v[0] * A[0] + v[1] * B[0] + v[2] * C[0]) / total, (v[0] * A[1] + v[1] * B[1] + v[2] * C[1]) / total];
            marker.setAttribute('cx', point[0]);
            marker.setAttribute('cy', point[1]);
        }

        function moveTo(x, y) {
            var s = toShares(x, y);
            var a = round1(s[0]), b = round1(s[1]);
            inputs[0].value = a; inputs[1].value = b; inputs[2].value = Math.round((100 - a - b) * 10) / 10;
            inputs[0].dispatchEvent(new Event('input', { bubbles: true }));
        }

        svg.addEventListener('click', function (event) {
            var p = svg.createSVGPoint();
            p.x = event.clientX; p.y = event.clientY;
            var local = p.matrixTransform(svg.getScreenCTM().inverse());
            moveTo(local.x, local.y);
        });
        marker.addEventListener('keydown', function (event) {
            var d = { ArrowUp: [0, -STEP], ArrowDown: [0, STEP], ArrowLeft: [-STEP, 0], ArrowRight: [STEP, 0] }[event.key];
            if (!d) { return; }
            event.preventDefault();
            moveTo(point[0] + d[0], point[1] + d[1]);
        });
        Array.prototype.forEach.call(inputs, function (input) { input.addEventListener('input', place); });
        place();
    }

    document.addEventListener('DOMContentLoaded', function () {
        Array.prototype.forEach.call(document.querySelectorAll('fieldset[data-triad]'), enhance);
    });
})();
