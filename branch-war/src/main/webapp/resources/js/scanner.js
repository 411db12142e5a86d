// Counting by scanner, shared by the receiving page (goods.js) and the stock count page (count.js). A scanner types a
// code and Enter, fast, again and again, into the scan field:
// - a code on a line of the table counts one more on that line here, at once, so no scan waits for the server;
// - what must go to the server (a code on no line; on the count page, every scan and every typed count) is sent in
//   the order it came, one request at a time; what comes meanwhile waits here in order, and the page's save button
//   waits too, so nothing scanned is lost or counted twice;
// - Enter in a line's count field goes back to the scan field instead of submitting the form.
// Lines are table rows with data-codes (SKU and barcode, space separated) and an input.counted.
(function () {
    'use strict';

    var WHOLE = /^\s*\d+\s*$/;

    function byId(id) {
        return document.getElementById(id);
    }

    function whole(value) {
        return WHOLE.test(value) ? Number(value) : 0;
    }

    /**
     * options: entry (id of the scan field), table (id of the lines' table), button (id of the button that waits),
     * send(items) (asks the server; the page calls done() when it answered), everyScan (each scan and typed count goes
     * to the server, not only unknown codes), counted(row) (after a line's count changed here).
     * An item is {code} for a scan, or {sku, value} for a count typed in a line (everyScan only).
     */
    function create(options) {
        var busy = false;
        var waiting = [];

        function entry() {
            return byId(options.entry);
        }

        function rows() {
            var table = byId(options.table);
            return table ? table.querySelectorAll('tbody tr[data-codes]') : [];
        }

        function rowOf(code) {
            var wanted = code.trim().toUpperCase();
            var all = rows();
            for (var i = 0; i < all.length; i++) {
                if ((all[i].getAttribute('data-codes') || '').toUpperCase().split(' ').indexOf(wanted) >= 0) {
                    return all[i];
                }
            }
            return null;
        }

        function field(row) {
            return row.querySelector('input.counted');
        }

        function changed(row) {
            if (options.counted) {
                options.counted(row);
            }
        }

        function showLocally(item) {
            var row = rowOf(item.code || item.sku);
            if (row && !field(row).disabled) {
                field(row).value = item.code ? String(whole(field(row).value) + 1) : item.value;
                changed(row);
            }
            return row;
        }

        function setBusy(value) {
            busy = value;
            var button = options.button && byId(options.button);
            if (button) {
                button.disabled = value;
            }
        }

        function flush() {
            if (busy || waiting.length === 0) {
                return;
            }
            var items = waiting;
            waiting = [];
            setBusy(true);
            options.send(items);
        }

        function scan(code) {
            if (code.trim() === '') {
                return;
            }
            var item = {code: code.trim()};
            if (options.everyScan) {
                showLocally(item);
                waiting.push(item);
                flush();
            } else if (busy) {
                waiting.push(item);
            } else if (!showLocally(item)) {
                setBusy(true);
                options.send([item]);
            }
        }

        function focusEntry() {
            if (entry()) {
                entry().focus();
            }
        }

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
                var row = event.target.closest('tr');
                changed(row);
                if (options.everyScan) {
                    waiting.push({sku: row.getAttribute('data-codes').split(' ')[0], value: event.target.value});
                    flush();
                }
                focusEntry();
            }
        });

        document.addEventListener('input', function (event) {
            if (event.target && event.target.classList && event.target.classList.contains('counted')) {
                changed(event.target.closest('tr'));
            }
        });

        function showAll() {
            Array.prototype.forEach.call(rows(), changed);
        }

        document.addEventListener('DOMContentLoaded', showAll);

        return {
            /** After the server answered (and redrew the lines): what waited is shown, then sent or counted in order. */
            done: function () {
                setBusy(false);
                var queued = waiting;
                showAll();
                if (options.everyScan) {
                    queued.forEach(showLocally);
                    flush();
                } else {
                    waiting = [];
                    queued.forEach(function (item) {
                        scan(item.code);
                    });
                }
                focusEntry();
            }
        };
    }

    window.ChainScanner = {create: create};
})();
