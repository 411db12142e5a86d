// Counting stock, blind and scanner first (scanner.js): a scan shows one more on its line at once, and every scan and
// every count typed in a line (then Enter) is sent to the server in order, which keeps the count.
(function () {
    'use strict';

    window.ChainCount = window.ChainScanner.create({
        entry: 'count:code',
        table: 'count:table',
        button: 'manage:post',
        everyScan: true,
        send: function (items) {
            window.chainCountApply(items.map(function (item) {
                return {name: 'op', value: item.code !== undefined ? 'scan:' + item.code : 'set:' + item.sku + ':' + item.value};
            }));
        }
    });
})();
