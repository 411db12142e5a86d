// The sale page, scanner first. A scanner types a code and Enter, fast, again and again:
// - Enter sends the code typed so far at once and empties the field itself, so what is scanned next while the
//   request is on its way stays in the field (the server never renders the field again);
// - Enter in the field never picks a suggestion: suggestions are picked by a click, or by moving to them with the
//   arrow keys and pressing Enter there; a suggestion answer for text that is no longer in the field is not shown;
// - requests go one after the other (PrimeFaces' queue), so the basket is built in the order things were scanned;
// - after every add, change or removal the cursor is back in the field; Enter or Tab in a line's quantity or
//   discount goes back there too.
// Payment: cash handed over and/or a card amount with its approval reference; the change is shown while typing
// (the server books the sale only when fully paid, and the receipt shows the change booked).
// Keys: F2 back to the field, F9 or Ctrl+Enter (or Enter in a payment field) completes the sale. The basket is kept in this tab (sessionStorage),
// so a sign-in after an expired session brings it back instead of losing it.
(function () {
    'use strict';

    var STORE = 'chain.basket';
    var SUGGEST_DELAY_MS = 250;
    var suggestTimer = null;

    function byId(id) {
        return document.getElementById(id);
    }

    function entry() {
        return byId('sale:code');
    }

    function focusEntry() {
        var field = entry();
        if (field) {
            field.focus();
        }
    }

    function hideSuggestions() {
        var list = byId('sale:suggestions');
        if (list) {
            list.hidden = true;
        }
    }

    /** The quantity field, checked here as well as on the server: a whole number from 1 to 999. */
    function quantity() {
        var field = byId('sale:quantity');
        // A number field reads "" for what is not a number ("e"): that is a wrong quantity, not the default 1.
        var value = field.value.trim() === '' && !field.validity.badInput ? '1' : field.value.trim();
        var valid = /^[0-9]{1,3}$/.test(value) && Number(value) >= 1 && Number(value) <= 999;
        byId('sale:quantityCheck').textContent = valid ? '' : 'Enter a whole number from 1 to 999.';
        field.setAttribute('aria-invalid', valid ? 'false' : 'true');
        return valid ? value : null;
    }

    /** Sends a code with the quantity field's quantity; false (nothing sent) if that quantity is wrong. */
    function add(code) {
        var count = quantity();
        if (count === null) {
            byId('sale:quantity').focus();
            return false;
        }
        window.chainAddCode([{name: 'code', value: code}, {name: 'quantity', value: count}]);
        byId('sale:quantity').value = '1';
        return true;
    }

    function takeEntry() {
        var field = entry();
        var code = field.value;
        clearTimeout(suggestTimer);
        hideSuggestions();
        if (code.trim() !== '' && add(code)) {
            field.value = ''; // only once sent: a scan is never lost to a wrong quantity
        }
    }

    /**
     * Completes the sale behind everything still on its way: a line quantity or discount being typed is committed first (leaving
     * the field sends it), and the request queues after every add, so "scan, F9" sells what was scanned.
     */
    function complete() {
        var active = document.activeElement;
        if (active && active.classList && (active.classList.contains('line-quantity') || active.classList.contains('line-discount'))) {
            active.blur();
        }
        var params = [{name: 'cash', value: byId('sale:cash').value}, {name: 'card', value: byId('sale:card').value},
            {name: 'reference', value: byId('sale:reference').value}];
        if (byId('sale:credit')) {
            params.push({name: 'credit', value: byId('sale:credit').value}, {name: 'creditNumber', value: byId('sale:creditNumber').value});
        }
        window.chainComplete(params);
    }

    function amount(id) {
        if (!byId(id)) {
            return 0; // no store credit field where the branch takes none
        }
        var text = byId(id).value.trim().replace(',', '.');
        return /^[0-9]+(\.[0-9]{1,2})?$/.test(text) ? Math.round(Number(text) * 100) : 0;
    }

    /** The change shown while amounts are typed, in cents: cash handed over less what is left after the card and store credit. */
    function showChange() {
        var basket = byId('sale:basket');
        var due = Math.round(Number(basket.getAttribute('data-due') || '0') * 100);
        var step = Math.round(Number(basket.getAttribute('data-cash-step') || '0.01') * 100);
        var cash = amount('sale:cash');
        var left = Math.max(0, due - amount('sale:card') - amount('sale:credit'));
        var cashDue = Math.round(left / step) * step;
        var change = cash > 0 ? Math.max(0, cash - cashDue) : 0;
        byId('sale:change').textContent = (change / 100).toFixed(2);
    }

    function suggestions() {
        return Array.prototype.slice.call(document.querySelectorAll('#sale\\:suggestions .suggestion'));
    }

    function moveInSuggestions(from, step) {
        var list = suggestions();
        var next = list.indexOf(from) + step;
        if (next < 0) {
            focusEntry();
        } else if (next < list.length) {
            list[next].focus();
        }
    }

    document.addEventListener('keydown', function (event) {
        var target = event.target;
        if (event.key === 'F9' || (event.key === 'Enter' && event.ctrlKey)) {
            event.preventDefault();
            complete();
        } else if (event.key === 'F2') {
            event.preventDefault();
            focusEntry();
        } else if (event.key === 'Enter' && target.closest && target.closest('#payment')) {
            // Enter in a payment field completes the sale: cash typed, Enter, receipt.
            event.preventDefault();
            complete();
        } else if (target === entry()) {
            if (event.key === 'Enter') {
                event.preventDefault();
                takeEntry();
            } else if (event.key === 'ArrowDown' && suggestions().length > 0 && !byId('sale:suggestions').hidden) {
                event.preventDefault();
                suggestions()[0].focus();
            } else if (event.key === 'Escape') {
                hideSuggestions();
            }
        } else if (target.classList && target.classList.contains('suggestion')) {
            if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
                event.preventDefault();
                moveInSuggestions(target, event.key === 'ArrowDown' ? 1 : -1);
            } else if (event.key === 'Escape') {
                focusEntry();
            }
        } else if (target.classList && (target.classList.contains('line-quantity') || target.classList.contains('line-discount'))
                && (event.key === 'Enter' || event.key === 'Tab') && !event.shiftKey) {
            // A changed line quantity or discount is confirmed and the cursor is back in the entry field at once, before
            // the server answers: the next scan goes there, never to a button that Enter would press.
            event.preventDefault();
            focusEntry();
        } else if (event.key === 'Enter' && target.form && target.form.id === 'sale' && target.tagName === 'INPUT') {
            // Enter in the quantity never submits the form (that would complete the sale): it confirms the quantity.
            event.preventDefault();
            if (quantity() !== null) {
                focusEntry();
            }
        }
    }, true);

    document.addEventListener('input', function (event) {
        var target = event.target;
        if (target === entry()) {
            clearTimeout(suggestTimer);
            var text = target.value.trim();
            if (text.length < 2) {
                hideSuggestions();
                return;
            }
            suggestTimer = setTimeout(function () {
                window.chainSuggest([{name: 'text', value: text}]);
            }, SUGGEST_DELAY_MS);
        } else if (target.classList && target.classList.contains('payment-amount')) {
            showChange();
        } else if (target.classList && target.classList.contains('line-quantity')) {
            var valid = /^[0-9]{1,3}$/.test(target.value) && Number(target.value) >= 1;
            target.setAttribute('aria-invalid', valid ? 'false' : 'true');
        } else if (target.classList && target.classList.contains('line-discount')) {
            // A hint while typing only: the server checks the percent (and the limit) when the field is left.
            var percent = target.value.trim().replace(',', '.');
            var fine = percent === '' || (/^[0-9]{1,3}(\.[0-9]{1,2})?$/.test(percent) && Number(percent) > 0 && Number(percent) <= 100);
            target.setAttribute('aria-invalid', fine ? 'false' : 'true');
        }
    });

    document.addEventListener('click', function (event) {
        var suggestion = event.target.closest && event.target.closest('.suggestion');
        if (suggestion) {
            hideSuggestions();
            entry().value = '';
            add(suggestion.getAttribute('data-code'));
        } else if (event.target.closest && event.target.closest('#sale\\:add')) {
            takeEntry();
        } else if (event.target.closest && event.target.closest('.remove-line')) {
            // By SKU, not by row: two quick removals never take the wrong line. The next scan goes to the entry field.
            window.chainRemove([{name: 'sku', value: event.target.closest('.remove-line').getAttribute('data-sku')}]);
            focusEntry();
        } else if (event.target.closest && event.target.closest('#sale\\:complete')) {
            event.preventDefault();
            complete();
        } else if (event.target.closest && event.target.closest('#sale\\:exactCash')) {
            var basket = byId('sale:basket');
            var left = Math.max(0, Math.round(Number(basket.getAttribute('data-due') || '0') * 100) - amount('sale:card')
                - amount('sale:credit'));
            byId('sale:cash').value = (left / 100).toFixed(2);
            showChange();
        }
    });

    window.ChainSale = {
        /** After the basket changed on the server: keep it in this tab, and the cursor back in the entry field. */
        changed: function () {
            showChange();
            var list = byId('sale:suggestions');
            // Suggestions that answer an Enter (several names match) are shown until something new is typed.
            list.hidden = suggestions().length === 0 || entry().value.trim() !== '';
            var basket = byId('sale:basket');
            if (basket) {
                var state = basket.getAttribute('data-state') || '';
                if (state === '') {
                    sessionStorage.removeItem(STORE);
                } else {
                    sessionStorage.setItem(STORE, state);
                }
            }
            var problems = byId('sale:paymentMessages');
            if (problems && problems.children.length > 0) {
                byId('sale:cash').focus(); // a payment was refused: the cursor goes where it is fixed
            } else {
                focusEntry();
            }
        },

        /** A suggestion answer: shown only if it is still about what the field says. */
        suggested: function () {
            var list = byId('sale:suggestions');
            var current = entry().value.trim();
            list.hidden = current === '' || list.getAttribute('data-for') !== current || suggestions().length === 0;
        }
    };

    function start(attempt) {
        // PrimeFaces gives the form its CSP nonce once the page has loaded; a request without it is refused.
        if (!document.querySelector('#sale input[name="primefaces.nonce"]') && (attempt || 0) < 100) {
            setTimeout(function () {
                start((attempt || 0) + 1);
            }, 20);
            return;
        }
        var basket = byId('sale:basket');
        var kept = sessionStorage.getItem(STORE);
        if (basket && (basket.getAttribute('data-state') || '') === '' && kept) {
            window.chainRestore([{name: 'lines', value: kept}]);
        }
        hideSuggestions();
        focusEntry();
    }

    if (document.readyState === 'complete') {
        start(0);
    } else {
        window.addEventListener('load', function () {
            start(0);
        });
    }
}());
