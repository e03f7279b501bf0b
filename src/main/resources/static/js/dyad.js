// The slider of a dyad question. The number box stays the truth: it is empty until the teller moves the slider
// (or types a number), so an untouched slider is sent as no answer. "Antwoord wissen" makes it untouched again.
(function () {
    'use strict';

    function enhance(fieldset) {
        var slider = fieldset.querySelector('.dyad-slider');
        var range = fieldset.querySelector('.dyad-range');
        var number = fieldset.querySelector('.dyad-number input');
        var state = fieldset.querySelector('.dyad-state');
        var clear = fieldset.querySelector('.dyad-clear');
        slider.hidden = false;

        function show() {
            var v = parseFloat((number.value || '').replace(',', '.'));
            var answered = !isNaN(v);
            range.classList.toggle('unset', !answered);
            if (answered) { range.value = String(Math.min(100, Math.max(0, v))); }
            range.setAttribute('aria-valuetext', answered ? fieldset.dataset.set + ' ' + Math.round(v) : fieldset.dataset.unset);
            state.textContent = answered ? fieldset.dataset.set + ' ' + Math.round(v) + ' / 100' : fieldset.dataset.unset;
            clear.hidden = !answered;
        }

        range.addEventListener('input', function () {
            number.value = range.value;
            number.dispatchEvent(new Event('input', { bubbles: true }));
        });
        number.addEventListener('input', show);
        clear.addEventListener('click', function () {
            number.value = '';
            number.dispatchEvent(new Event('input', { bubbles: true }));
            range.focus();
        });
        show();
    }

    document.addEventListener('DOMContentLoaded', function () {
        Array.prototype.forEach.call(document.querySelectorAll('fieldset[data-dyad]'), enhance);
    });
})();
