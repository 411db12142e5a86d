// HQ pages' own scripts: a file, never inline (the Content-Security-Policy allows scripts from the site only).
// Handlers are attached to the document once, so they also work on parts an AJAX update renders again.
(function () {
    'use strict';
    document.addEventListener('click', function (event) {
        if (event.target.closest && event.target.closest('#copyKey')) {
            var key = document.getElementById('issuedKey');
            navigator.clipboard.writeText(key.value).then(function () {
                document.getElementById('copied').textContent = 'Copied.';
            });
        }
    });
    document.addEventListener('focusin', function (event) {
        if (event.target.id === 'issuedKey') {
            event.target.select();
        }
    });
}());
