// Progressive enhancement only: every form works without this script. The triad (triad.js), the stones
// (stones.js) and the draft (draft.js) enhance the story form; this file focuses the error summary, shows the
// prompts that fit the chosen role and folds the staff menu on a phone; a table that scrolls inside its box on a
// phone can take the focus, so a keyboard user can scroll it too (ADR 0026).
(function () {
    'use strict';
    document.addEventListener('DOMContentLoaded', function () {
        var summary = document.querySelector('.error-summary');
        if (summary) { summary.focus(); }
        promptsFollowRole();
        menuFoldsOnAPhone();
        scrollingTablesTakeFocus();
        window.addEventListener('resize', scrollingTablesTakeFocus);
    });

    // The staff menu is a <details> rendered open: a row of links on a wide screen. On a phone it starts closed,
    // one "Menu" button, so the page's own content begins on the first screen.
    function menuFoldsOnAPhone() {
        var menu = document.querySelector('header.site .site-menu');
        if (!menu || !window.matchMedia) { return; }
        var phone = window.matchMedia('(max-width: 40rem)');
        function fit() { menu.open = !phone.matches; }
        fit();
        if (phone.addEventListener) { phone.addEventListener('change', fit); }
    }

    function scrollingTablesTakeFocus() {
        document.querySelectorAll('main table').forEach(function (table) {
            var scrolls = table.scrollWidth > table.clientWidth + 1;
            if (scrolls && !table.hasAttribute('tabindex')) {
                table.setAttribute('tabindex', '0');
                table.setAttribute('data-scroll-focus', '');
            } else if (!scrolls && table.hasAttribute('data-scroll-focus')) {
                table.removeAttribute('tabindex');
                table.removeAttribute('data-scroll-focus');
            }
        });
    }

    // The story form lists prompts for clients and for professionals. Once the teller says who she is, only
    // the prompts meant for her stay visible; a prompt chosen from the other group is cleared. Without a role
    // (or without this script) all prompts show.
    function promptsFollowRole() {
        var groups = document.querySelectorAll('.prompt-group[data-for-professionals]');
        var roles = document.querySelectorAll('input[name="role"]');
        if (!groups.length || !roles.length) { return; }
        function update() {
            var checked = document.querySelector('input[name="role"]:checked');
            if (!checked) { return; }
            var professional = checked.value === 'PROFESSIONAL';
            groups.forEach(function (group) {
                var mine = (group.getAttribute('data-for-professionals') === 'true') === professional;
                group.hidden = !mine;
                if (!mine) {
                    group.querySelectorAll('input[name="prompt"]').forEach(function (input) { input.checked = false; });
                }
            });
        }
        roles.forEach(function (role) { role.addEventListener('change', update); });
        update();
    }
})();
