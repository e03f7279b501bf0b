package nl.duiding.ratelimit;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;

import org.springframework.util.StringUtils;

/**
 * The key of a client in a per-address bucket. An IPv4 address is itself; an IPv6 address is its /64 network,
 * because a subscriber usually gets a whole /64 and could otherwise take a fresh address for every request.
 */
final class ClientKey {

    private ClientKey() {
    }

    static String of(String address) {
        if (!StringUtils.hasText(address) || address.indexOf(':') < 0) {
            return address == null ? "" : address;
        }
        try {
            // a literal only (it contains ':'), so this never asks DNS
            InetAddress parsed = InetAddress.getByName(address.startsWith("[") ? address.substring(1, address.length() - 1) : address);
            if (!(parsed instanceof Inet6Address)) {
                return parsed.getHostAddress();
            }
            byte[] bytes = parsed.getAddress();
            StringBuilder key = new StringBuilder("v6:");
            for (int i = 0; i < 8; i += 2) {
                key.append(Integer.toHexString(((bytes[i] & 0xff) << 8) | (bytes[i + 1] & 0xff))).append(':');
            }
            return key.append(":/64").toString();
        } catch (UnknownHostException e) {
            return address;
        }
    }
}
