// The branch pages' own scripts: a file, never inline (the Content-Security-Policy allows scripts from the site only).
// Handlers are attached to the document once, so they also work on parts an AJAX update renders again.
(function () {
    'use strict';

    document.addEventListener('click', function (event) {
        if (!event.target.closest) {
            return;
        }
        if (event.target.closest('#print')) {
            window.print();
        } else if (event.target.closest('#printA4')) {
            document.body.classList.add('print-a4');
            window.print();
            document.body.classList.remove('print-a4');
        }
    });

    /** Right after a sale its basket is done with, and Enter starts the next sale. */
    function receiptShown() {
        var receipt = document.getElementById('receipt');
        if (receipt && receipt.getAttribute('data-sold') === 'true') {
            sessionStorage.removeItem('chain.basket');
            var next = document.getElementById('newSale');
            if (next) {
                next.focus();
            }
        }
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', receiptShown);
    } else {
        receiptShown();
    }
}());
