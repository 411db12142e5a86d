package com.clothingchain.shared.web;

import com.clothingchain.shared.problem.Problem;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Set;

/**
 * The error page of a web module (web.xml maps every error status and exception to it): API calls get a problem
 * detail, pages the module's own page for the status ({@code /error/404.xhtml}, or {@code /error/error.xhtml}).
 * Never the server's own page, which names the server and its version.
 * <p>
 * Init parameters: {@code api-paths} as for {@link SiteRequestFilter}; {@code pages}, the statuses that have a
 * page of their own, e.g. {@code 403,404,500} (none: a module without pages); {@code root-page}, a file served at
 * the module's root when this servlet is its default ("/"). Mapped to the API's folder (or as the default servlet
 * of an API module) it answers 404 itself, in the request, for an address the API does not serve.
 */
public class ErrorPage extends HttpServlet {

    private String apiPaths;
    private String rootPage;
    private Set<String> pages = Set.of();

    @Override
    public void init() {
        apiPaths = getInitParameter("api-paths");
        rootPage = getInitParameter("root-page");
        String list = getInitParameter("pages");
        if (list != null && !list.isBlank()) {
            pages = Set.of(list.trim().split("\\s*,\\s*"));
        }
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        boolean direct = code == null && request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) == null;
        if (direct && rootPage != null && isRoot(request)) {
            if (Set.of("GET", "HEAD").contains(request.getMethod())) {
                serveRootPage(response);
            } else {
                response.setHeader("Allow", "GET, HEAD");
                problem(405).write(response);
            }
            return;
        }
        // Called directly (mapped to the API's folder, beside its application's path): an address nothing serves.
        int status = code instanceof Integer i ? i : direct ? 404 : 500;
        String uri = direct ? request.getRequestURI() : (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        boolean api = isApi(request, uri);
        if (response.isCommitted()) {
            return;
        }
        response.resetBuffer();
        if (api) {
            problem(status).write(response);
        } else if (Set.of("GET", "POST", "HEAD").contains(request.getMethod()) && !pages.isEmpty()) {
            String page = pages.contains(String.valueOf(status)) ? "/error/" + status + ".xhtml" : "/error/error.xhtml";
            request.getRequestDispatcher(page).forward(request, response);
        } else {
            response.setContentType("text/plain");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(problem(status).title());
        }
    }

    /**
     * The root itself, as the client wrote it: {@code /x/../..} normalises to "/" too, but is not the root. The
     * servlet path is no help: WildFly hands the root over as its welcome file, {@code /index.html}.
     */
    private static boolean isRoot(HttpServletRequest request) {
        String context = request.getContextPath();
        String uri = request.getRequestURI();
        return uri.equals(context) || uri.equals(context + "/");
    }

    /** The module's own page at its root, e.g. an API's description. */
    private void serveRootPage(HttpServletResponse response) throws IOException {
        try (var page = getServletContext().getResourceAsStream(rootPage)) {
            byte[] html = page == null ? new byte[0] : page.readAllBytes();
            response.setContentType("text/html;charset=UTF-8");
            response.setContentLength(html.length);
            response.getOutputStream().write(html);
        }
    }

    private boolean isApi(HttpServletRequest request, String uri) {
        if (apiPaths == null || apiPaths.isBlank() || uri == null) {
            return apiPaths != null && apiPaths.equals("/");
        }
        String path = uri.startsWith(request.getContextPath()) ? uri.substring(request.getContextPath().length()) : uri;
        return path.startsWith(apiPaths) || (path + "/").equals(apiPaths) || apiPaths.equals("/");
    }

    static Problem problem(int status) {
        return switch (status) {
            case 400 -> Problem.of(400, "Bad Request", "The request is not valid.");
            case 401 -> Problem.of(401, "Unauthorized", "The credentials are missing or not valid.");
            case 403 -> Problem.of(403, "Forbidden", "Your role may not do this.");
            case 404 -> Problem.of(404, "Not Found", "There is nothing at this address.");
            case 405 -> Problem.of(405, "Method Not Allowed", "This address does not take this method.");
            case 406 -> Problem.of(406, "Not Acceptable", "This address answers application/json.");
            case 413 -> Problem.tooLarge();
            case 503 -> Problem.of(503, "Service Unavailable", "The service can not answer right now; try again later.");
            case 415 -> Problem.of(415, "Unsupported Media Type", "Send the request body as application/json.");
            default -> status >= 400 && status < 500 ? Problem.of(status, "Client Error", "The request was refused.")
                    : Problem.of(status >= 500 ? status : 500, "Internal Server Error", "Something went wrong on our side; it has been logged.");
        };
    }
}
