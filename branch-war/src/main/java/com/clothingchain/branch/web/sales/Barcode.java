package com.clothingchain.branch.web.sales;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.oned.Code128Writer;

/**
 * A Code 128 barcode (ZXing) as inline SVG, one path of bars: sharp at any print resolution, no image request,
 * nothing a Content-Security-Policy would block. A receipt prints its number this way, and the return page's
 * scanner reads it back.
 */
final class Barcode {

    private Barcode() {
    }

    static String svg(String text, String label) {
        BitMatrix bars = new Code128Writer().encode(text, BarcodeFormat.CODE_128, 0, 1);
        StringBuilder path = new StringBuilder();
        int width = bars.getWidth();
        for (int x = 0; x < width; x++) {
            if (bars.get(x, 0)) {
                int start = x;
                while (x + 1 < width && bars.get(x + 1, 0)) {
                    x++;
                }
                path.append('M').append(start).append(" 0h").append(x - start + 1).append("v40h-").append(x - start + 1).append('z');
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"barcode\" role=\"img\" aria-label=\"" + escape(label)
                + "\" viewBox=\"0 0 " + width + " 40\" preserveAspectRatio=\"none\"><path d=\"" + path + "\"/></svg>";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
    }
}
