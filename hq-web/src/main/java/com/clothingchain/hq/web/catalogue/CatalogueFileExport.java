package com.clothingchain.hq.web.catalogue;

import com.clothingchain.hq.business.catalogue.control.Catalogue;
import com.clothingchain.hq.business.catalogue.control.CatalogueExport;
import com.clothingchain.hq.business.catalogue.control.CatalogueExport.Format;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * The catalogue page's export links: the whole catalogue in the import layout, CSV or Excel, as the API's
 * {@code GET /catalogue/export} writes it. Open to everybody who may open the catalogue pages (web.xml).
 */
@WebServlet("/catalogue/export")
public class CatalogueFileExport extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CatalogueExport export;

    @Inject
    transient Catalogue catalogue;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String asked = request.getParameter("format");
        if (asked != null && !asked.equals("csv") && !asked.equals("xlsx")) {
            response.sendError(400, "format is csv or xlsx.");
            return;
        }
        Format format = "xlsx".equals(asked) ? Format.XLSX : Format.CSV;
        response.setContentType(format.mediaType() + (format == Format.CSV ? ";charset=UTF-8" : ""));
        response.setHeader("Content-Disposition", "attachment; filename=\"catalogue-v" + catalogue.version() + "."
                + format.extension() + "\"");
        export.write(format, response.getOutputStream());
    }
}
