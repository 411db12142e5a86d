// The branch pages' own scripts: a file, never inline (the Content-Security-Policy allows scripts from the site only).
// Handlers are attached to the document once, so they also work on parts an AJAX update renders again.
(function () {
    'use strict';

    /** Puts the cursor back into the product field of the sale page. */
    window.focusProduct = function () {
        var input = document.getElementById('sale:product_input');
        if (input) {
            input.focus();
        }
    };

    document.addEventListener('click', function (event) {
        if (event.target.closest && event.target.closest('#print')) {
            window.print();
        }
    });
}());
