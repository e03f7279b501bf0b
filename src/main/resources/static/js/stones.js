// The stones canvas: each item is a focusable handle moved with the arrow keys, dragged with the mouse or
// placed by clicking the canvas after choosing it. The two number inputs per item stay the truth.
(function () {
    'use strict';
    var LEFT = 40, TOP = 10, WIDTH = 270, HEIGHT = 250, STEP = 5;

    function enhance(fieldset) {
        var svg = fieldset.querySelector('svg');
        var status = fieldset.querySelector('.stones-status');
        var handles = fieldset.querySelectorAll('.stone');
        var active = handles[0];
        fieldset.classList.add('enhanced');
        svg.removeAttribute('aria-hidden');
        svg.setAttribute('role', 'group');
        svg.setAttribute('aria-label', fieldset.querySelector('legend').textContent);

        function inputs(handle) {
            var base = 'stones.' + fieldset.dataset.stones + '.' + handle.dataset.item + '.';
            return [fieldset.querySelector('[name="' + base + 'x"]'), fieldset.querySelector('[name="' + base + 'y"]')];
        }

        function read(handle) {
            var xy = inputs(handle).map(function (i) { return parseFloat(i.value); });
            return xy.some(isNaN) ? null : xy;
        }

        function draw(handle) {
            var xy = read(handle);
            var index = parseInt(handle.dataset.index, 10);
            var shown = xy || [50, 50 - index * 8];
            handle.classList.toggle('unset', !xy);
            handle.setAttribute('transform', 'translate(' + (LEFT + shown[0] / 100 * WIDTH) + ',' + (TOP + (100 - shown[1]) / 100 * HEIGHT) + ')');
            handle.setAttribute('aria-valuenow', String(Math.round(shown[0])));
            handle.setAttribute('aria-valuetext', 'x ' + Math.round(shown[0]) + ', y ' + Math.round(shown[1]));
            return shown;
        }

        function set(handle, x, y) {
            var fields = inputs(handle);
            fields[0].value = Math.round(Math.min(100, Math.max(0, x)));
            fields[1].value = Math.round(Math.min(100, Math.max(0, y)));
            fields[0].dispatchEvent(new Event('input', { bubbles: true }));
            draw(handle);
            status.textContent = handle.dataset.label.split('.')[0] + ': x ' + fields[0].value + ', y ' + fields[1].value;
        }

        function fromEvent(event) {
            var p = svg.createSVGPoint();
            p.x = event.clientX; p.y = event.clientY;
            var local = p.matrixTransform(svg.getScreenCTM().inverse());
            return [(local.x - LEFT) / WIDTH * 100, 100 - (local.y - TOP) / HEIGHT * 100];
        }

        Array.prototype.forEach.call(handles, function (handle) {
            handle.setAttribute('tabindex', '0');
            handle.setAttribute('role', 'slider');
            handle.setAttribute('aria-label', handle.dataset.label);
            handle.setAttribute('aria-valuemin', '0');
            handle.setAttribute('aria-valuemax', '100');
            handle.addEventListener('focus', function () { active = handle; });
            handle.addEventListener('pointerdown', function (event) {
                active = handle; handle.setPointerCapture(event.pointerId); event.stopPropagation();
            });
            handle.addEventListener('pointermove', function (event) {
                if (handle.hasPointerCapture(event.pointerId)) { var xy = fromEvent(event); set(handle, xy[0], xy[1]); }
            });
            handle.addEventListener('keydown', function (event) {
                var d = { ArrowUp: [0, STEP], ArrowDown: [0, -STEP], ArrowLeft: [-STEP, 0], ArrowRight: [STEP, 0] }[event.key];
                if (!d) { return; }
                event.preventDefault();
                var shown = draw(handle);
                set(handle, shown[0] + d[0], shown[1] + d[1]);
            });
            inputs(handle).forEach(function (i) { i.addEventListener('input', function () { draw(handle); }); });
            draw(handle);
        });
        svg.addEventListener('click', function (event) {
            if (event.target.closest('.stone')) { return; }
            var xy = fromEvent(event);
            set(active, xy[0], xy[1]);
        });
    }

    document.addEventListener('DOMContentLoaded', function () {
        Array.prototype.forEach.call(document.querySelectorAll('fieldset[data-stones]'), enhance);
    });
})();
