// Story explorer: draw a lasso around triad points, or click one, and the page asks the server for the stories in
// that area. The area is sent as triad shares ("a,b,c;a,b,c;..."), so the server decides what lies inside.
(function () {
    'use strict';
    var svg = document.getElementById('explorer-svg');
    var form = document.getElementById('area-form');
    if (!svg || !form) {
        return;
    }
    var lasso = document.getElementById('explorer-lasso');
    var field = document.getElementById('gebied');
    // the geometry of chart.TriadChart: A top, B bottom left, C bottom right, in viewBox units
    var PAD = 40, SIDE = 320, HEIGHT = SIDE * Math.sqrt(3) / 2;
    var A = {x: 200, y: PAD}, B = {x: PAD, y: PAD + HEIGHT}, C = {x: 400 - PAD, y: PAD + HEIGHT};
    var CLICK_RADIUS = 10, CLICK_MOVE = 4;
    var points = null;

    function toView(event) {
        var p = svg.createSVGPoint();
        p.x = event.clientX;
        p.y = event.clientY;
        var v = p.matrixTransform(svg.getScreenCTM().inverse());
        return {x: v.x, y: v.y};
    }

    // barycentric shares of a point in the plane of the triangle (may be negative outside it)
    function shares(p) {
        var det = (B.y - C.y) * (A.x - C.x) + (C.x - B.x) * (A.y - C.y);
        var a = ((B.y - C.y) * (p.x - C.x) + (C.x - B.x) * (p.y - C.y)) / det;
        var b = ((C.y - A.y) * (p.x - C.x) + (A.x - C.x) * (p.y - C.y)) / det;
        return [a, b, 1 - a - b];
    }

    function encode(polygon) {
        return polygon.map(function (p) {
            return shares(p).map(function (s) { return s.toFixed(4); }).join(',');
        }).join(';');
    }

    function circle(centre) {
        var out = [];
        for (var i = 0; i < 16; i++) {
            var angle = 2 * Math.PI * i / 16;
            out.push({x: centre.x + CLICK_RADIUS * Math.cos(angle), y: centre.y + CLICK_RADIUS * Math.sin(angle)});
        }
        return out;
    }

    function draw() {
        lasso.setAttribute('points', points.map(function (p) { return p.x.toFixed(1) + ',' + p.y.toFixed(1); }).join(' '));
    }

    function extent(polygon) {
        var d = 0;
        polygon.forEach(function (p) {
            d = Math.max(d, Math.abs(p.x - polygon[0].x), Math.abs(p.y - polygon[0].y));
        });
        return d;
    }

    function submit(polygon) {
        ['minA', 'maxA', 'minB', 'maxB', 'minC', 'maxC'].forEach(function (id) {
            var input = document.getElementById(id);
            if (input) {
                input.value = '';
            }
        });
        field.value = encode(polygon);
        form.submit();
    }

    svg.addEventListener('pointerdown', function (event) {
        event.preventDefault();
        svg.setPointerCapture(event.pointerId);
        points = [toView(event)];
        draw();
    });
    svg.addEventListener('pointermove', function (event) {
        if (points) {
            points.push(toView(event));
            draw();
        }
    });
    svg.addEventListener('pointerup', function (event) {
        if (!points) {
            return;
        }
        points.push(toView(event));
        var polygon = extent(points) < CLICK_MOVE ? circle(points[0]) : points;
        points = null;
        submit(polygon);
    });
    svg.classList.add('lasso-ready');
}());
