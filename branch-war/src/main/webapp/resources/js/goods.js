// Receiving a delivery, scanner first (scanner.js): a scan counts one on its line here; a code on no line asks the server
// to add its product as a line, while later scans wait; the difference from what was sent is shown while counting.
(function () {
    'use strict';

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

    window.ChainGoods = window.ChainScanner.create({
        entry: 'receive:code',
        table: 'receive:table',
        button: 'receive:save',
        counted: showDifference,
        send: function (items) {
            window.chainReceiveExtra([{name: 'code', value: items[0].code}]);
        }
    });
})();
