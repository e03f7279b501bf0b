// Nothing is lost: the story form is saved in this browser while the teller types (localStorage, one
// draft per collection link) and put back when the page opens again, after a reload, a closed tab or a
// failed send. The thank-you page removes the draft. The idempotency key and its form token travel with
// the draft, so a send that did reach the server before cannot store the story twice.
(function () {
    'use strict';
    var PREFIX = 'duiding-draft:';

    function storage() {
        try { return window.localStorage; } catch (e) { return null; }
    }

    function save(form, store) {
        var data = {};
        Array.prototype.forEach.call(form.elements, function (el) {
            if (!el.name || el.name === '_csrf' || el.type === 'submit') { return; }
            if ((el.type === 'checkbox' || el.type === 'radio') && !el.checked) { return; }
            (data[el.name] = data[el.name] || []).push(el.value);
        });
        store.setItem(PREFIX + form.dataset.draft, JSON.stringify(data));
    }

    function restore(form, data) {
        Array.prototype.forEach.call(form.elements, function (el) {
            var saved = data[el.name];
            if (!el.name || el.name === '_csrf' || !saved) { return; }
            if (el.type === 'checkbox' || el.type === 'radio') {
                el.checked = saved.indexOf(el.value) >= 0;
            } else {
                el.value = saved[0];
                el.dispatchEvent(new Event('input', { bubbles: true }));
            }
        });
    }

    // coming back to the page (browser back after a failed send) must give a working button again
    window.addEventListener('pageshow', function () {
        Array.prototype.forEach.call(document.querySelectorAll('form[data-draft] button[type=submit]'),
            function (button) { button.disabled = false; });
    });

    document.addEventListener('DOMContentLoaded', function () {
        var store = storage();
        if (!store) { return; }
        var done = document.querySelector('[data-clear-draft]');
        if (done) { store.removeItem(PREFIX + done.dataset.clearDraft); }
        var form = document.querySelector('form[data-draft]');
        if (!form) { return; }
        var saved = store.getItem(PREFIX + form.dataset.draft);
        // a page the server filled (after an error) already holds the latest input
        if (saved && form.dataset.fresh === 'true') {
            restore(form, JSON.parse(saved));
            document.querySelector('.draft-note').hidden = false;
        }
        form.addEventListener('input', function () { save(form, store); });
        form.addEventListener('change', function () { save(form, store); });
        form.addEventListener('submit', function () {
            save(form, store);
            var button = form.querySelector('button[type=submit]');
            // one click stores one story; the idempotency key guards the server side
            window.setTimeout(function () { button.disabled = true; }, 0);
        });
    });
})();
