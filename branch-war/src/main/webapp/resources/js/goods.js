// Receiving a delivery, scanner first. A scanner types a code and Enter, fast, again and again:
// - a code on a line counts one more on that line here, at once, with no request, so no scan waits for the server;
// - a code on no line asks the server to add its product as a line; scans that come meanwhile wait in order here,
//   and Receive waits too, so nothing scanned is lost or counted twice;
// - Enter in a Counted field goes back to the scan field instead of receiving the delivery.
(function () {
    'use strict';

    var busy = false;
    var waiting = [];

    function byId(id) {
        return document.getElementById(id);
    }

    function entry() {
        return byId('receive:code');
    }

    function rows() {
        var table = byId('receive:table');
        return table ? table.querySelectorAll('tbody tr') : [];
    }

    function rowOf(code) {
        var wanted = code.trim().toUpperCase();
        var all = rows();
        for (var i = 0; i < all.length; i++) {
            var codes = (all[i].getAttribute('data-codes') || '').toUpperCase().split(' ');
            if (codes.indexOf(wanted) >= 0) {
                return all[i];
            }
        }
        return null;
    }

    function showDifference(row) {
        var field = row.querySelector('input.counted');
        var cell = row.querySelector('.difference');
        if (!field || !cell || field.disabled) {
            return;
        }
        var counted = /^\s*\d+\s*$/.test(field.value) ? Number(field.value) : (field.value.trim() === '' ? 0 : NaN);
        var difference = counted - Number(row.getAttribute('data-expected'));
        cell.textContent = isNaN(difference) ? '' : (difference > 0 ? '+' + difference : String(difference));
    }

    function setBusy(value) {
        busy = value;
        var save = byId('receive:save');
        if (save) {
            save.disabled = value;
        }
    }

    function scan(code) {
        if (code.trim() === '') {
            return;
        }
        if (busy) {
            waiting.push(code);
            return;
        }
        var row = rowOf(code);
        if (row) {
            var field = row.querySelector('input.counted');
            var counted = /^\s*\d+\s*$/.test(field.value) ? Number(field.value) : 0;
            field.value = String(counted + 1);
            showDifference(row);
            return;
        }
        setBusy(true);
        window.chainReceiveExtra([{name: 'code', value: code.trim()}]);
    }

    function showAll() {
        var all = rows();
        for (var i = 0; i < all.length; i++) {
            showDifference(all[i]);
        }
    }

    window.ChainGoods = {
        /** After the server added a line: the scans that waited are counted now, in order. */
        done: function () {
            setBusy(false);
            var queued = waiting;
            waiting = [];
            showAll();
            queued.forEach(scan);
            if (entry()) {
                entry().focus();
            }
        }
    };

    document.addEventListener('keydown', function (event) {
        if (event.key !== 'Enter' || !event.target) {
            return;
        }
        if (event.target === entry()) {
            event.preventDefault();
            var code = entry().value;
            entry().value = '';
            scan(code);
        } else if (event.target.classList && event.target.classList.contains('counted')) {
            event.preventDefault();
            showDifference(event.target.closest('tr'));
            if (entry()) {
                entry().focus();
            }
        }
    });

    document.addEventListener('input', function (event) {
        if (event.target && event.target.classList && event.target.classList.contains('counted')) {
            showDifference(event.target.closest('tr'));
        }
    });

    document.addEventListener('DOMContentLoaded', showAll);
})();
