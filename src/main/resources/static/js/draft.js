// Nothing is lost, and nothing stays behind: the story form is saved while the teller types, in this tab's
// sessionStorage (one draft per collection link), and put back after a reload, the browser's back button or a
// failed send. It is never kept in localStorage: on a shared device (a library computer, a tablet at a
// verteltafel) the next person must not get the story back. A draft older than 24 hours is thrown away, the
// thank-you page removes it, and "Wis wat ik schreef" clears it and the form at once. The idempotency key and
// its form token travel with the draft, so a send that did reach the server before cannot store the story twice.
(function () {
    'use strict';
    var PREFIX = 'duiding-draft:';
    var MAX_AGE_MS = 24 * 60 * 60 * 1000;
    var KEEP = { _csrf: true, idempotencyKey: true, formToken: true };

    function storage() {
        try { return window.sessionStorage; } catch (e) { return null; }
    }

    // drafts that older versions kept in localStorage are removed from the device
    function forgetLocalDrafts() {
        try {
            var local = window.localStorage;
            for (var i = local.length - 1; i >= 0; i--) {
                var key = local.key(i);
                if (key && key.indexOf(PREFIX) === 0) { local.removeItem(key); }
            }
        } catch (e) { /* no localStorage: nothing to forget */ }
    }

    function save(form, store) {
        var data = {};
        Array.prototype.forEach.call(form.elements, function (el) {
            if (!el.name || el.name === '_csrf' || el.type === 'submit' || el.type === 'button') { return; }
            if ((el.type === 'checkbox' || el.type === 'radio') && !el.checked) { return; }
            (data[el.name] = data[el.name] || []).push(el.value);
        });
        store.setItem(PREFIX + form.dataset.draft, JSON.stringify({ savedAt: Date.now(), fields: data }));
    }

    function load(form, store) {
        var key = PREFIX + form.dataset.draft;
        var saved;
        try { saved = JSON.parse(store.getItem(key)); } catch (e) { saved = null; }
        if (!saved || !saved.fields || typeof saved.savedAt !== 'number' || Date.now() - saved.savedAt > MAX_AGE_MS) {
            store.removeItem(key);
            return null;
        }
        return saved.fields;
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

    function clear(form, store) {
        store.removeItem(PREFIX + form.dataset.draft);
        Array.prototype.forEach.call(form.elements, function (el) {
            if (!el.name || KEEP[el.name] || el.type === 'submit' || el.type === 'button') { return; }
            if (el.type === 'checkbox' || el.type === 'radio') {
                el.checked = false;
            } else if (el.tagName === 'SELECT') {
                el.selectedIndex = 0;
            } else {
                el.value = '';
            }
            el.dispatchEvent(new Event('input', { bubbles: true }));
        });
        store.removeItem(PREFIX + form.dataset.draft);
        var note = document.querySelector('.draft-note');
        if (note) { note.hidden = true; }
    }

    // coming back to the page (browser back after a failed send) must give a working button again
    window.addEventListener('pageshow', function () {
        Array.prototype.forEach.call(document.querySelectorAll('form[data-draft] button[type=submit]'),
            function (button) { button.disabled = false; });
    });

    document.addEventListener('DOMContentLoaded', function () {
        forgetLocalDrafts();
        var store = storage();
        if (!store) { return; }
        var done = document.querySelector('[data-clear-draft]');
        if (done) { store.removeItem(PREFIX + done.dataset.clearDraft); }
        var form = document.querySelector('form[data-draft]');
        if (!form) { return; }
        var saved = load(form, store);
        // a page the server filled (after an error) already holds the latest input
        if (saved && form.dataset.fresh === 'true') {
            restore(form, saved);
            document.querySelector('.draft-note').hidden = false;
        }
        var hint = form.querySelector('[data-draft-hint]');
        if (hint) { hint.hidden = false; }
        var wipe = form.querySelector('[data-draft-wipe]');
        if (wipe) {
            wipe.hidden = false;
            wipe.addEventListener('click', function () {
                clear(form, store);
                var title = form.querySelector('#title');
                if (title) { title.focus(); }
            });
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
