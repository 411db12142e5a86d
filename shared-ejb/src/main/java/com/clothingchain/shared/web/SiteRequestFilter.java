package com.clothingchain.shared.web;

import com.clothingchain.shared.problem.Problem;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Every request of a web module passes here first (each module's web.xml maps it to /*): it notes where the
 * request came from, sets the security headers of every response, and refuses a request body over
 * {@value #BODY_LIMIT} bytes with 413 before it is read.
 * <p>
 * Init parameter {@code api-paths}: the path prefix inside the module whose requests are API calls (answered
 * with problem details), e.g. {@code /api/} for the branch, {@code /} for HQ's API module; none for page modules.
 * {@code upload-paths}: paths inside the module (comma-separated; a {@code *} stands for one path segment) that take
 * files or a day's bulk figures, up to {@value #UPLOAD_LIMIT} bytes.
 */
public class SiteRequestFilter extends HttpFilter {

    public static final long BODY_LIMIT = 256 * 1024;
    public static final long UPLOAD_LIMIT = 8L * 1024 * 1024;
    private static final long DRAIN_LIMIT = 16L * 1024 * 1024;

    @Inject
    RequestOrigin origin;

    private String apiPaths;
    private List<Pattern> uploadPaths = List.of();

    @Override
    public void init(FilterConfig config) throws ServletException {
        super.init(config);
        apiPaths = config.getInitParameter("api-paths");
        String uploads = config.getInitParameter("upload-paths");
        if (uploads != null && !uploads.isBlank()) {
            uploadPaths = Arrays.stream(uploads.trim().split("\\s*,\\s*")).map(SiteRequestFilter::pathPattern).toList();
        }
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        origin.address(ClientAddress.of(request));
        HttpServletResponse secured = SecurityHeaders.apply(request, response);
        String path = request.getRequestURI().substring(request.getContextPath().length());
        long limit = uploadPaths.stream().anyMatch(upload -> upload.matcher(path).matches()) ? UPLOAD_LIMIT : BODY_LIMIT;
        if (request.getContentLengthLong() > limit) {
            refuseTooLarge(request, secured, isApi(request));
            return;
        }
        chain.doFilter(new BodyLimit(request, limit), secured);
    }

    /** An upload path as a pattern: each {@code *} one path segment, the rest as written. */
    static Pattern pathPattern(String path) {
        return Pattern.compile(Arrays.stream(path.split("\\*", -1)).map(Pattern::quote).collect(Collectors.joining("[^/]+")));
    }

    /**
     * A refused body is read and dropped (up to {@value #DRAIN_LIMIT} bytes) before the answer: a server that
     * answers early and closes makes the client's socket reset, and the client then never reads the 413; and
     * HTTP/2 has no "Connection: close" at all, so a client would wait to send the rest until it times out.
     * A larger body is not read: the connection is closed.
     */
    private static void discard(HttpServletRequest request) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        // Never past the declared length: the bytes after it belong to the next request on the connection.
        long left = Math.min(DRAIN_LIMIT, request.getContentLengthLong());
        var in = request.getInputStream();
        while (left > 0) {
            int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
            if (n <= 0) {
                break;
            }
            left -= n;
        }
    }

    /** Whether a request of this module is an API call; used by the error pages too. */
    public static boolean isApi(HttpServletRequest request, String apiPaths) {
        if (apiPaths == null || apiPaths.isBlank()) {
            return false;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith(apiPaths) || (path + "/").equals(apiPaths);
    }

    private boolean isApi(HttpServletRequest request) {
        return isApi(request, apiPaths);
    }

    private static void refuseTooLarge(HttpServletRequest request, HttpServletResponse response, boolean api) throws IOException {
        if (request.getContentLengthLong() <= DRAIN_LIMIT) {
            discard(request);
        } else if (request.getProtocol().startsWith("HTTP/1")) {
            response.setHeader("Connection", "close");
        }
        if (api) {
            Problem.tooLarge().write(response);
        } else {
            response.sendError(413);
        }
    }
}
