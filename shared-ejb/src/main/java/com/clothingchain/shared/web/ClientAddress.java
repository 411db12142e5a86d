package com.clothingchain.shared.web;

import com.clothingchain.shared.config.Setting;
import jakarta.servlet.http.HttpServletRequest;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The address a request came from, for throttling and the audit log. Behind a reverse proxy every request comes
 * from the proxy: list its addresses in {@code chain.security.trusted-proxies} (comma-separated) and the
 * right-most address of {@code X-Forwarded-For} that is not a trusted proxy counts instead. A header from any
 * other sender is ignored, so a client can not choose its own address.
 */
public final class ClientAddress {

    private static final Set<String> TRUSTED = Setting.lookup("chain.security.trusted-proxies")
            .map(list -> Arrays.stream(list.split(",")).map(String::trim).filter(s -> !s.isEmpty()).collect(Collectors.toSet()))
            .orElse(Set.of());

    private ClientAddress() {
    }

    public static String of(HttpServletRequest request) {
        return of(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"), TRUSTED);
    }

    static String of(String remote, String forwardedFor, Set<String> trusted) {
        if (forwardedFor == null || !trusted.contains(remote)) {
            return remote;
        }
        List<String> hops = Arrays.stream(forwardedFor.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        for (int i = hops.size() - 1; i >= 0; i--) {
            if (!trusted.contains(hops.get(i))) {
                return hops.get(i).length() > 64 ? hops.get(i).substring(0, 64) : hops.get(i);
            }
        }
        return remote;
    }
}
