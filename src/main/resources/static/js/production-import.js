// Progress of a running production import: polls the JSON status and reloads when the import ends.
// Without JavaScript the server's Refresh header reloads the page, and there is a refresh link.
(function () {
    'use strict';
    var box = document.getElementById('job');
    if (!box) { return; }
    var bar = document.getElementById('job-progress');
    var lines = document.getElementById('job-lines');
    var phase = document.getElementById('job-phase');
    var rejected = document.getElementById('job-rejected');
    var lang = document.documentElement.lang;

    function poll() {
        fetch(box.getAttribute('data-status-url'), { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
            .then(function (response) { return response.json(); })
            .then(function (status) {
                if (status.done) {
                    window.location.assign(box.getAttribute('data-page-url'));
                    return;
                }
                bar.value = status.percent;
                bar.textContent = status.percent + '%';
                lines.textContent = lines.textContent.replace(/[\d.,]+/, status.lines.toLocaleString(lang));
                if (rejected) { rejected.textContent = rejected.textContent.replace(/[\d.,]+/, status.rejections.toLocaleString(lang)); }
                if (phase && status.phase) { phase.textContent = status.phase; }
                window.setTimeout(poll, 1000);
            })
            .catch(function () { window.setTimeout(poll, 3000); });
    }
    window.setTimeout(poll, 500);
}());
