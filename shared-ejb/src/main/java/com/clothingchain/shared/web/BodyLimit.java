package com.clothingchain.shared.web;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

import java.io.IOException;

/**
 * A request whose body may not pass {@code limit} bytes: a declared length above it is refused before anything is
 * read (see {@link SiteRequestFilter}); a body without a declared length fails with
 * {@link PayloadTooLargeException} the moment it passes the limit, so it is never read whole.
 * <p>
 * A body also ends at its declared length: Grizzly stops counting it when the request asks to upgrade to h2c
 * (Java's HttpClient does by default) even though Payara refuses the upgrade, and a parser waiting for the end of a
 * bare JSON number would then wait for the client forever.
 */
final class BodyLimit extends HttpServletRequestWrapper {

    private final long limit;
    private ServletInputStream limited;

    BodyLimit(HttpServletRequest request, long limit) {
        super(request);
        this.limit = limit;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
        if (limited == null) {
            limited = new Limited(super.getInputStream(), limit, getContentLengthLong());
        }
        return limited;
    }

    private static final class Limited extends ServletInputStream {

        private final ServletInputStream in;
        private final long limit;
        private final long declared;
        private long read;

        Limited(ServletInputStream in, long limit, long declared) {
            this.in = in;
            this.limit = limit;
            this.declared = declared;
        }

        @Override
        public int read() throws IOException {
            if (declared >= 0 && read >= declared) {
                return -1;
            }
            int b = in.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (declared >= 0 && read >= declared) {
                return -1;
            }
            int n = in.read(buffer, offset, declared >= 0 ? (int) Math.min(length, declared - read) : length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws PayloadTooLargeException {
            read += n;
            if (read > limit) {
                throw new PayloadTooLargeException(limit);
            }
        }

        @Override
        public boolean isFinished() {
            return declared >= 0 && read >= declared || in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
