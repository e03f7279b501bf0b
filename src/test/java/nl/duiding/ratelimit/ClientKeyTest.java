package nl.duiding.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClientKeyTest {

    @Test
    void ipv4IsItself() {
        assertThat(ClientKey.of("192.0.2.7")).isEqualTo("192.0.2.7");
    }

    @Test
    void ipv6AddressesInOneSlash64ShareAKey() {
        assertThat(ClientKey.of("2001:db8:1:2:aaaa::1")).isEqualTo(ClientKey.of("2001:0db8:0001:0002:ffff:1:2:3"))
                .isEqualTo("v6:2001:db8:1:2::/64");
        assertThat(ClientKey.of("2001:db8:1:3::1")).isNotEqualTo(ClientKey.of("2001:db8:1:2::1"));
        assertThat(ClientKey.of("[::1]")).isEqualTo("v6:0:0:0:0::/64");
    }

    @Test
    void garbageStaysAsItIs() {
        assertThat(ClientKey.of("zz:zz")).isEqualTo("zz:zz");
        assertThat(ClientKey.of(null)).isEmpty();
    }
}
