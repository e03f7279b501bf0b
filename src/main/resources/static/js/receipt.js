// The thank-you page: the receipt code comes once from the server; this tab keeps it in sessionStorage so a
// reload still shows it (the server does not keep it anywhere it could hand out again). Copy and print buttons.
(function () {
    'use strict';
    var PREFIX = 'duiding.receipt.';

    document.addEventListener('DOMContentLoaded', function () {
        var page = document.querySelector('[data-receipt]');
        if (!page) { return; }
        var box = page.querySelector('.receipt-box');
        var code = page.querySelector('.receipt');
        var key = PREFIX + page.dataset.receipt;
        var store;
        try { store = window.sessionStorage; } catch (e) { store = null; }
        var fromServer = code.textContent.trim();
        if (fromServer && store) {
            store.setItem(key, fromServer);
        } else if (!fromServer && store && store.getItem(key)) {
            code.textContent = store.getItem(key);
            box.hidden = false;
            var missing = page.querySelector('.receipt-missing');
            if (missing) { missing.hidden = true; }
        }
        if (box.hidden) { return; }
        var actions = page.querySelector('.receipt-actions');
        var status = page.querySelector('.receipt-status');
        actions.hidden = false;
        page.querySelector('[data-print]').addEventListener('click', function () { window.print(); });
        page.querySelector('[data-copy]').addEventListener('click', function () {
            var text = code.textContent.trim();
            var done = function () { status.textContent = page.dataset.copied; };
            // the older way, also when the clipboard API refuses (no permission, the tab lost focus)
            var fallback = function () {
                select(code);
                try { if (document.execCommand('copy')) { done(); } } catch (e) { /* the code stays selected */ }
            };
            if (navigator.clipboard && window.isSecureContext) {
                navigator.clipboard.writeText(text).then(done, fallback);
            } else {
                fallback();
            }
        });
    });

    function select(element) {
        var range = document.createRange();
        range.selectNodeContents(element);
        var selection = window.getSelection();
        selection.removeAllRanges();
        selection.addRange(range);
    }
})();
