// Progressive enhancement only: every form works without this script. The triad (triad.js), the stones
// (stones.js) and the draft (draft.js) enhance the story form; this file only focuses the error summary.
(function () {
    'use strict';
    document.addEventListener('DOMContentLoaded', function () {
        var summary = document.querySelector('.error-summary');
        if (summary) { summary.focus(); }
    });
})();
